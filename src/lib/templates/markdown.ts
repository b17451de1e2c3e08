import type { TemplateFile } from '../../schemas/template';
import { cellText, rowsOf, valueText, type Values } from './values';
import { isolate, isolateLines } from '../text/isolate';

export interface ExportOptions {
	/** The draft's name, shown under the title. */
	name: string;
	/** The institution that hosts the academy (content/site.yaml), in the document's footer line. */
	institution: string;
	/** Include each field's guidance, as in the form. */
	guidance: boolean;
	/** Shown, in italics, for an unanswered field: a half-done draft or a blank form circulates as it is. */
	empty: string;
}

/** Text the learner typed stays text: no Markdown of theirs is interpreted as structure. */
const escapeText = (s: string) => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
/** A line break inside a table cell would end the row. Pipes are already escaped by escapeText. */
const cellLines = (s: string) => s.replace(/\r?\n/g, '<br>');
/** A template's own column label: not learner text, but a pipe in it would still split the cell. */
const labelCell = (s: string) => cellLines(s.replace(/\|/g, '\\|'));

/**
 * A draft as a Markdown document: title, sections as headings, each field's label and answer. The
 * draft's name and every answer are isolated (isolate.ts), line by line: a right-to-left mark typed or
 * imported into one cannot turn the rest of its line around in the reader's viewer.
 */
export function toMarkdown(t: TemplateFile, values: Values, o: ExportOptions): string {
	const out: string[] = [`# ${t.title}`, '', `*${isolate(escapeText(o.name))}*`, ''];
	const emptyText = `_${escapeText(o.empty)}_`;
	for (const section of t.sections) {
		out.push(`## ${section.title}`, '');
		for (const f of section.fields) {
			out.push(`### ${f.label}`, '');
			if (o.guidance) out.push(`> ${f.guidance}`, '');
			if (f.type === 'table') {
				const rows = rowsOf(values[f.id]);
				out.push(
					`| ${f.columns.map((c) => labelCell(c.label)).join(' | ')} |`,
					`|${f.columns.map(() => ' --- |').join('')}`,
				);
				for (const row of rows)
					out.push(
						`| ${f.columns.map((c) => cellLines(isolateLines(escapeText(cellText(f, c.id, row[c.id]))))).join(' | ')} |`,
					);
				if (rows.length === 0) out.push(`| ${f.columns.map((_, i) => (i === 0 ? emptyText : '')).join(' | ')} |`);
				out.push('');
			} else {
				const text = valueText(f, values[f.id]);
				out.push(text ? isolateLines(escapeText(text)) : emptyText, '');
			}
		}
	}
	out.push('---', '', `${t.title} · ${o.institution}`, '');
	return out.join('\n');
}
