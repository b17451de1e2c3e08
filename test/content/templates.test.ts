import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { templateFile, type TemplateFile } from '../../src/schemas/template';
import { locales } from '../../src/i18n/locales';

const DIR = 'content/templates';
const read = (locale: string, file: string): TemplateFile => templateFile.parse(parse(readFileSync(`${DIR}/${locale}/${file}`, 'utf8')));
const english = existsSync(`${DIR}/en`) ? readdirSync(`${DIR}/en`).filter((f) => f.endsWith('.yaml')) : [];

/** What a translation must keep: ids, types, limits, options and columns. */
function shape(t: TemplateFile) {
	return t.sections.map((s) => ({
		id: s.id,
		fields: s.fields.map((f) => ({
			id: f.id,
			type: f.type,
			required: f.required,
			...('maxLength' in f ? { maxLength: f.maxLength } : {}),
			...('options' in f ? { options: f.options.map((o) => o.id) } : {}),
			...('columns' in f ? { columns: f.columns.map((c) => [c.id, c.type]) } : {}),
		})),
	}));
}

describe.each(english)('template %s', (file) => {
	it('is valid and named after its id', () => {
		expect(`${read('en', file).id}.yaml`).toBe(file);
	});
	describe.each(locales.filter((l) => l.code !== 'en' && existsSync(`${DIR}/${l.code}/${file}`)))('in $label', ({ code }) => {
		it('keeps the ids, types and limits of English', () => {
			expect(shape(read(code, file))).toEqual(shape(read('en', file)));
		});
	});
});
