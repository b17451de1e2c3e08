import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { locales } from '../../src/i18n/locales';

// Each language's term base (content/i18n/terms/<lang>.yaml): the word chosen for each English term,
// and where it comes from, so every page, quiz and template of the language says it the same way.
const DIR = 'content/i18n/terms';
const term = z.strictObject({
	en: z.string().min(1),
	term: z.string().min(1),
	source: z.string().min(1),
	note: z.string().optional(),
});

describe.each(readdirSync(DIR))('term base %s', (file) => {
	const entries = z.array(term).parse(parse(readFileSync(`${DIR}/${file}`, 'utf8')));

	it('is named after a translated language and lists each English term once', () => {
		const codes = locales.filter((l) => l.code !== 'en').map((l) => `${l.code}.yaml`);
		expect(codes).toContain(file);
		const seen = new Set<string>();
		const twice = entries.map((e) => e.en.toLowerCase()).filter((en) => seen.has(en) || !seen.add(en));
		expect(twice).toEqual([]);
	});
});
