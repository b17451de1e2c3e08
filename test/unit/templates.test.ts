import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { unzipSync, strFromU8 } from 'fflate';
import { templateFile } from '../../src/schemas/template';
import { toMarkdown } from '../../src/lib/templates/markdown';
import { parseTemplateJson, toJson } from '../../src/lib/templates/json';
import { validate, type Values } from '../../src/lib/templates/values';
import { toDocxDocument } from '../../src/lib/templates/docx';
import { Packer } from 'docx';

const t = templateFile.parse(parse(readFileSync('test/fixtures/template.yaml', 'utf8')));
const values = {
	name: 'Benefit *checker*',
	purpose: 'Checks claims.\nFlags odd ones.',
	level: 'high',
	'review-date': '2026-12-01',
	people: '12000',
	register: [
		{ risk: 'Bias | against women', impact: 'high' },
		{ risk: 'Outage', impact: 'low' },
	],
};
/** An answer or name as exported: isolated from the text around it. */
const i = (text: string) => `\u2068${text}\u2069`;
const options = {
	name: 'Draft for the ministry',
	institution: 'Ministry of ICT',
	guidance: false,
	empty: 'To be completed',
};

describe('Markdown export', () => {
	it('writes the document exactly, with typed text kept as text', () => {
		expect(toMarkdown(t, values, options)).toBe(
			[
				'# Mini impact assessment',
				'',
				`*${i('Draft for the ministry')}*`,
				'',
				'## The system',
				'',
				'### System name',
				'',
				i('Benefit \\*checker\\*'),
				'',
				'### Purpose',
				'',
				`${i('Checks claims.')}\n${i('Flags odd ones.')}`,
				'',
				'### Risk level',
				'',
				i('High'),
				'',
				'## Risks',
				'',
				'### Review date',
				'',
				i('2026-12-01'),
				'',
				'### People affected',
				'',
				i('12000'),
				'',
				'### Risk register',
				'',
				'| Risk | Impact |',
				'| --- | --- |',
				`| ${i('Bias \\| against women')} | ${i('High')} |`,
				`| ${i('Outage')} | ${i('Low')} |`,
				'',
				'---',
				'',
				'Mini impact assessment · Ministry of ICT',
				'',
			].join('\n'),
		);
	});

	it('escapes a pipe in a table cell once, so the row stays a row of the table', () => {
		const md = toMarkdown(t, { register: [{ risk: 'a|b', impact: 'low' }] }, options);
		const row = md.split('\n').find((line) => line.includes('a\\|b'));
		expect(row).toBe(`| ${i('a\\|b')} | ${i('Low')} |`);
		expect(md).not.toContain('\\\\|');
	});

	it('isolates the name and every answer, so a right-to-left override cannot turn the rest of a line around', () => {
		const md = toMarkdown(
			t,
			{ name: 'Plan \u202eevil', register: [{ risk: '\u202eA', impact: 'low' }] },
			{
				...options,
				name: 'Mine \u202e',
			},
		);
		expect(md).toContain(`*${i('Mine \u202e')}*`);
		expect(md).toContain(`### System name\n\n${i('Plan \u202eevil')}\n`);
		expect(md).toContain(`| ${i('\u202eA')} | ${i('Low')} |`);
	});

	it('adds the guidance when asked, and says what is to be completed', () => {
		const md = toMarkdown(t, {}, { ...options, guidance: true });
		expect(md).toContain('### System name\n\n> Its usual name.\n\n_To be completed_\n');
	});

	it('writes an empty draft as a blank form: every answer and the table to be completed', () => {
		const md = toMarkdown(t, {}, options);
		expect(md.match(/^_To be completed_$/gm)).toHaveLength(5);
		expect(md).toContain('| Risk | Impact |\n| --- | --- |\n| _To be completed_ |  |\n');
	});

	it('writes a half-filled draft with its answers and the rest to be completed', () => {
		const half = { name: 'Benefit checker', people: '12 000', register: [{ risk: 'Outage' }] };
		const md = toMarkdown(t, half, options);
		expect(md).toContain(`### System name\n\n${i('Benefit checker')}\n\n### Purpose\n\n_To be completed_\n`);
		expect(md).toContain(`### People affected\n\n${i('12 000')}\n`);
		expect(md).toContain(`| ${i('Outage')} |  |\n`);
		expect(md.match(/_To be completed_/g)).toHaveLength(3);
	});
});

describe('JSON export and import', () => {
	it('round-trips a draft', () => {
		const file = toJson(t, 'Draft', values, new Date('2026-05-01T10:00:00Z'));
		const back = parseTemplateJson(JSON.stringify(file), t);
		expect(back).toEqual({ ok: true, file });
	});

	const good = JSON.stringify(toJson(t, 'Draft', values));
	const cases: [string, string, object][] = [
		['broken JSON', good.slice(0, 30), { problem: 'not-json' }],
		[
			'another kind of file',
			JSON.stringify({ format: 'ai-governance-academy-backup', version: 1 }),
			{ problem: 'not-a-template' },
		],
		['a newer format', good.replace('"version":1', '"version":3'), { problem: 'newer-version', version: 3 }],
		[
			'another template',
			good.replace('"template":"mini-assessment"', '"template":"dpia"'),
			{ problem: 'other-template', template: 'dpia' },
		],
		['an unknown field', good.replace('"name":"Benefit', '"nom":"Benefit'), { problem: 'bad-values', field: 'nom' }],
		[
			'a text over its limit',
			good.replace('Benefit *checker*', 'x'.repeat(41)),
			{ problem: 'bad-values', field: 'name' },
		],
		[
			'an unknown option',
			good.replace('"level":"high"', '"level":"extreme"'),
			{ problem: 'bad-values', field: 'level' },
		],
		[
			'an unknown table column',
			good.replace('"impact":"low"', '"owner":"low"'),
			{ problem: 'bad-values', field: 'register' },
		],
	];
	it.each(cases)('refuses %s', (_, text, expected) => {
		expect(parseTemplateJson(text, t)).toMatchObject({ ok: false, ...expected });
	});

	it('round-trips an empty and a half-filled draft', () => {
		for (const v of [{}, { name: 'Benefit checker', register: [{ risk: 'Outage' }] }]) {
			const file = toJson(t, 'Half done', v, new Date('2026-05-01T10:00:00Z'));
			expect(file.values).toEqual(v);
			expect(parseTemplateJson(JSON.stringify(file), t)).toEqual({ ok: true, file });
		}
	});

	it('refuses a file over 2 MB before reading it', () => {
		expect(parseTemplateJson(good, t, 3 * 1024 * 1024)).toMatchObject({ ok: false, problem: 'too-large' });
	});
});

describe('checks before export', () => {
	it('lists missing required answers and values out of bounds, in form order', () => {
		expect(validate(t, { purpose: 'x'.repeat(201), people: '-3', 'review-date': '31/12/2026' })).toEqual([
			{ field: 'name', problem: 'required' },
			{ field: 'purpose', problem: 'too-long' },
			{ field: 'review-date', problem: 'not-a-date' },
			{ field: 'people', problem: 'too-small' },
		]);
		expect(validate(t, values)).toEqual([]);
	});

	it('reads numbers as typed in the language of the page', () => {
		expect(validate(t, { ...values, people: '12,000' }, 'en')).toEqual([]);
		expect(validate(t, { ...values, people: '12 000' }, 'fr')).toEqual([]);
		expect(validate(t, { ...values, people: '١٢٬٠٠٠' }, 'ar')).toEqual([]);
		expect(validate(t, { ...values, people: '12,0' }, 'en')).toEqual([{ field: 'people', problem: 'not-a-number' }]);
	});
});

describe('Word export', () => {
	async function documentXml(rtl: boolean, v: Values = values) {
		const buffer = await Packer.toBuffer(
			toDocxDocument(t, v, { ...options, guidance: true, rtl, lang: rtl ? 'ar' : 'en' }),
		);
		const files = unzipSync(new Uint8Array(buffer));
		expect(Object.keys(files)).toContain('[Content_Types].xml');
		return strFromU8(files['word/document.xml']!);
	}

	it('is a valid package whose document holds the headings and answers in order, tables as tables', async () => {
		const xml = await documentXml(false);
		const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|');
		const order = [
			'Mini impact assessment',
			'Draft for the ministry',
			'The system',
			'System name',
			'Its usual name.',
			'Benefit *checker*',
			'Risk level',
			'High',
			'Risk register',
			'Risk',
			'Impact',
			'Bias | against women',
		];
		let at = -1;
		for (const piece of order) {
			const next = text.indexOf(piece, at + 1);
			expect(next, piece).toBeGreaterThan(at);
			at = next;
		}
		expect(xml).toContain('<w:tbl>');
		expect(xml).not.toContain('<w:bidi/>');
	});

	it('writes an empty draft with every answer to be completed, in italics', async () => {
		const xml = await documentXml(false, {});
		expect(xml).toContain('System name');
		const placeholders = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:t(?: [^>]*)?>To be completed<\/w:t>/g)];
		expect(placeholders).toHaveLength(6);
		for (const p of placeholders) expect(p[0]).toContain('<w:i/>');
	});

	it('writes a half-filled draft with its answers and the rest to be completed', async () => {
		const xml = await documentXml(false, { name: 'Benefit checker', level: 'high' });
		expect(xml).toContain('Benefit checker');
		expect(xml).toContain(`>${i('High')}<`);
		expect(xml.match(/>To be completed</g)).toHaveLength(4);
	});

	it('writes an Arabic draft right to left', async () => {
		const xml = await documentXml(true, { ...values, name: 'نظام التحقق من الاستحقاقات' });
		expect(xml).toContain('نظام التحقق من الاستحقاقات');
		expect(xml).toMatch(/<w:bidi\/>|<w:bidi w:val="(true|1)"\/>/);
		expect(xml).toContain('<w:rtl');
	});
});
