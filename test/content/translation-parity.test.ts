import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { DOCS, pageFiles } from './helpers';

/**
 * A translated page is the whole English page in another language, not a summary: the same headings,
 * list items, table rows, links, lesson checks and sources, and a length in the range that language's
 * full translations take (a dropped section or a page left in English falls outside it).
 */
const LENGTH_RATIO: Record<string, [number, number]> = {
	fr: [1.1, 1.55],
	es: [1.05, 1.55],
	pt: [1.0, 1.45],
	ar: [0.8, 1.35],
	ru: [1.0, 1.5],
	sw: [1.0, 1.5],
	'zh-cn': [0.3, 0.75],
};

function shape(text: string) {
	const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
	const sources = body.slice(body.lastIndexOf('\n## '));
	const count = (re: RegExp, t = body) => (t.match(re) ?? []).length;
	return {
		counts: {
			headings: count(/^#{2,6} /gm),
			checks: count(/^::check/gm),
			links: count(/\]\([^)\s]+/g),
			listItems: count(/^\s*(?:[-*]|\d+\.) /gm),
			tableRows: count(/^\|/gm),
			sources: count(/^\s*[-*] /gm, sources),
		},
		length: body.length,
	};
}

describe.each(locales.filter((l) => l.code !== 'en'))('pages translated into $label', ({ code }) => {
	const pages = existsSync(`${DOCS}/${code}`) ? pageFiles(`${DOCS}/${code}`) : [];

	it.each(pages)('%s has the English page’s structure and a full length', (page) => {
		const en = shape(readFileSync(`${DOCS}/en/${page}`, 'utf8'));
		const tr = shape(readFileSync(`${DOCS}/${code}/${page}`, 'utf8'));
		expect(tr.counts).toEqual(en.counts);
		const [min, max] = LENGTH_RATIO[code]!;
		const ratio = tr.length / en.length;
		expect(ratio, `length ${ratio.toFixed(2)} of the English`).toBeGreaterThanOrEqual(min);
		expect(ratio, `length ${ratio.toFixed(2)} of the English`).toBeLessThanOrEqual(max);
	});
});
