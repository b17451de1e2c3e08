import {
	AlignmentType,
	Document,
	HeadingLevel,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	Footer,
} from 'docx';
import type { TemplateFile } from '../../schemas/template';
import { cellText, rowsOf, valueText, type Values } from './values';
import type { ExportOptions } from './markdown';
import { isolate } from '../text/isolate';

/**
 * A draft as a Word document (.docx) that opens in Word and LibreOffice: title, the draft's name,
 * sections as headings, each field as a label and its answer (tables as tables), guidance optional,
 * the institution in the footer. Right-to-left languages get right-to-left paragraphs and tables.
 * The `docx` library is large: pages load this module only when the learner exports.
 */
export function toDocxDocument(
	t: TemplateFile,
	values: Values,
	o: ExportOptions & { rtl: boolean; lang: string },
): Document {
	const bidi = o.rtl;
	const para = (
		text: string,
		extra: {
			heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel];
			italics?: boolean;
			bold?: boolean;
			/** Text from outside (the draft's name, an answer): each line isolated, as in the Markdown export. */
			outside?: boolean;
		} = {},
	) =>
		new Paragraph({
			heading: extra.heading,
			bidirectional: bidi,
			alignment: bidi ? AlignmentType.RIGHT : AlignmentType.LEFT,
			children: text.split('\n').map(
				(line, i) =>
					new TextRun({
						text: extra.outside ? isolate(line) : line,
						break: i > 0 ? 1 : 0,
						italics: extra.italics,
						bold: extra.bold,
						rightToLeft: bidi,
						language: { value: o.lang },
					}),
			),
		});
	const children: (Paragraph | Table)[] = [
		para(t.title, { heading: HeadingLevel.TITLE }),
		para(o.name, { italics: true, outside: true }),
	];
	for (const section of t.sections) {
		children.push(para(section.title, { heading: HeadingLevel.HEADING_1 }));
		for (const f of section.fields) {
			children.push(para(f.label, { heading: HeadingLevel.HEADING_2 }));
			if (o.guidance) children.push(para(f.guidance, { italics: true }));
			if (f.type === 'table') {
				const rows = rowsOf(values[f.id]);
				const cell = (text: string, bold = false, italics = false, outside = false) =>
					new TableCell({ children: [para(text, { bold, italics, outside })] });
				children.push(
					new Table({
						width: { size: 100, type: WidthType.PERCENTAGE },
						visuallyRightToLeft: bidi,
						rows: [
							new TableRow({ tableHeader: true, children: f.columns.map((c) => cell(c.label, true)) }),
							...rows.map(
								(row) =>
									new TableRow({
										children: f.columns.map((c) => cell(cellText(f, c.id, row[c.id]), false, false, true)),
									}),
							),
							// An empty table still prints with a row that says it is to be completed.
							...(rows.length
								? []
								: [new TableRow({ children: f.columns.map((_, i) => cell(i === 0 ? o.empty : '', false, true)) })]),
						],
					}),
				);
			} else {
				const text = valueText(f, values[f.id]);
				children.push(text ? para(text, { outside: true }) : para(o.empty, { italics: true }));
			}
		}
	}
	return new Document({
		creator: o.institution,
		title: t.title,
		description: o.name,
		sections: [
			{
				properties: {},
				footers: { default: new Footer({ children: [para(`${t.title} · ${o.institution}`, { italics: true })] }) },
				children,
			},
		],
	});
}

export async function toDocxBlob(
	t: TemplateFile,
	values: Values,
	o: ExportOptions & { rtl: boolean; lang: string },
): Promise<Blob> {
	return Packer.toBlob(toDocxDocument(t, values, o));
}
