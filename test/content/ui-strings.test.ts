import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { i18nSchema } from '@astrojs/starlight/schema';
import { locales } from '../../src/i18n/locales';
import { uiStrings } from '../../src/schemas/ui-strings';

const dir = 'content/i18n';
const starlightTranslations = 'node_modules/@astrojs/starlight/dist/translations';
const ours = Object.keys(uiStrings.shape);
/** Keys with plural forms, `<base>_one` etc.: each language gives the forms its grammar has. */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];
const pluralBases = [...new Set(ours.filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -'_other'.length)))];
const isPlural = (key: string) => pluralBases.some((b) => CATEGORIES.some((c) => key === `${b}_${c}`));
const singular = ours.filter((k) => !isPlural(k));
const starlightKeys = Object.keys(i18nSchema().shape).filter((k) => !ours.includes(k));
const read = (lang: string): Record<string, string> => JSON.parse(readFileSync(`${dir}/${lang}.json`, 'utf8'));
const english = read('en');
/** `{{count}}`, `[SEARCH_TERM]`: the parts of a string a translation must keep. */
const placeholders = (s: string) => [...s.matchAll(/\{\{\w+\}\}|\[[A-Z_]+\]/g)].map((m) => m[0]).sort();

describe('UI string files', () => {
	it('are named by BCP-47 tag, as Starlight looks them up (zh-CN.json, not zh-cn.json)', () => {
		const tags = locales.map((l) => `${l.lang}.json`);
		// Files only: content/i18n/terms/ holds the translators' term bases, not interface strings.
		const files = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile());
		for (const { name } of files) expect(tags, `${dir}/${name}`).toContain(name);
	});

	it('define exactly the documented keys in English', () => {
		expect(Object.keys(english).sort()).toEqual([...ours].sort());
		expect(pluralBases.length).toBeGreaterThan(0);
	});

	describe.each(locales)('$label ($lang)', ({ lang }) => {
		it('exists and defines every one of our keys with text', () => {
			expect(existsSync(`${dir}/${lang}.json`)).toBe(true);
			const strings = read(lang);
			for (const key of singular) expect(strings[key]?.trim(), `${lang}: ${key}`).toBeTruthy();
		});

		it('gives every plural form its language has (Intl.PluralRules), and only those', () => {
			const strings = read(lang);
			const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
			for (const base of pluralBases) {
				for (const c of needed) expect(strings[`${base}_${c}`]?.trim(), `${lang}: ${base}_${c}`).toBeTruthy();
				const given = CATEGORIES.filter((c) => strings[`${base}_${c}`] !== undefined);
				for (const c of given) expect(needed, `${lang}: ${base}_${c}`).toContain(c);
			}
		});

		it('has no key that neither we nor Starlight define (a typo would be ignored silently)', () => {
			for (const key of Object.keys(read(lang))) {
				if (!isPlural(key)) expect([...ours, ...starlightKeys], `${lang}: ${key}`).toContain(key);
			}
		});

		it('keeps every placeholder of the English strings', () => {
			const strings = read(lang);
			for (const key of singular) expect(placeholders(strings[key] ?? ''), `${lang}: ${key}`).toEqual(placeholders(english[key]!));
			for (const key of Object.keys(strings).filter(isPlural)) {
				const base = key.slice(0, key.lastIndexOf('_'));
				expect(placeholders(strings[key]!), `${lang}: ${key}`).toEqual(placeholders(english[`${base}_other`]!));
			}
		});

		it("translates all of Starlight's own labels where Starlight ships no translation", async () => {
			const builtIn = existsSync(`${starlightTranslations}/${lang}.js`);
			if (builtIn) return; // Starlight's own file covers this language.
			// Not in Starlight's package exports, so imported by path.
			const { default: starlightEnglish } = await import(pathToFileURL(`${starlightTranslations}/en.js`).href);
			const strings = read(lang);
			for (const key of Object.keys(starlightEnglish)) {
				expect(strings[key]?.trim(), `${lang}: ${key}`).toBeTruthy();
				expect(placeholders(strings[key]!), `${lang}: ${key}`).toEqual(placeholders(starlightEnglish[key]));
			}
		});
	});
});
