import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fragmentPages, pageTitle, searchFiles } from '../../src/lib/offline/manifest';

/**
 * What the offline manifests read of Pagefind's output, checked against the installed Pagefind (the
 * one Starlight runs), through Pagefind's own indexing API: an upgrade that changes its files fails
 * here, not in a learner's offline search.
 */
const html = (lang: string, title: string, text: string) =>
	`<!doctype html><html lang="${lang}"><head><title>${title} | Site</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;
const pages = [
	{
		url: '/en/a/',
		content: html('en', 'Algorithmic <em>impact</em> &amp; risk', 'Impact assessments for public agencies.'),
	},
	{ url: '/en/b/', content: html('en', 'Data protection', 'Personal data and consent.') },
	{
		url: '/fr/a/',
		content: html('fr', 'Quiz du cours&nbsp;: évaluation\n  d’impact', 'Les évaluations d’impact algorithmique.'),
	},
	// A language Pagefind has no stemmer for (its entry gives no wasm of its own).
	{ url: '/sw/a/', content: html('sw', 'Tathmini ya athari', 'Tathmini za athari kwa taasisi za umma.') },
];
const built = new Map<string, Buffer>();
const titles = new Map<string, string | undefined>();

beforeAll(async () => {
	const { index, errors } = await pagefind.createIndex();
	if (!index) throw new Error(errors.join('\n'));
	for (const page of pages) {
		const added = await index.addHTMLFile(page);
		titles.set(page.url, added.file.meta.title);
	}
	const { files } = await index.getFiles();
	for (const file of files) built.set(`pagefind/${file.path}`, Buffer.from(file.content));
}, 60_000);
afterAll(() => pagefind.close());

const read = (path: string) => built.get(path);

describe('Pagefind’s output, as the offline manifests read it', () => {
	it('gives each page’s fragment its address', () => {
		const files = [...built.keys()];
		expect([...fragmentPages(files, 'en', read).values()].sort()).toEqual(['/en/a/', '/en/b/']);
		expect([...fragmentPages(files, 'fr', read).values()]).toEqual(['/fr/a/']);
		expect([...fragmentPages(files, 'sw', read).values()]).toEqual(['/sw/a/']);
	});

	it('titles a result as Pagefind does, from the page’s first heading', () => {
		for (const page of pages) expect(pageTitle(page.content)).toBe(titles.get(page.url));
	});

	it('lists every file a language’s search needs', () => {
		const files = [...built.keys()];
		const [en, fr, sw] = ['en', 'fr', 'sw'].map((l) => searchFiles(files, l, read)) as [string[], string[], string[]];
		// Everything Pagefind wrote, except page fragments (downloaded with their pages) and the UI
		// bundles it ships for sites that use them (ours is @pagefind/default-ui, built by Vite).
		const needed = files.filter(
			(f) =>
				!f.startsWith('pagefind/fragment/') && !/^pagefind\/pagefind-[\w-]*(ui|highlight)[\w-]*\.(js|css)$/.test(f),
		);
		expect(needed.filter((f) => ![...en, ...fr, ...sw].includes(f))).toEqual([]);
		expect(en).toEqual(expect.arrayContaining(['pagefind/pagefind-entry.json', 'pagefind/pagefind.js']));
		expect(en.some((f) => f.endsWith('.pf_meta'))).toBe(true);
		expect(en.some((f) => f.endsWith('.pf_index'))).toBe(true);
		// Neither language brings the other's index.
		expect(en.filter((f) => fr.includes(f) && f.includes('fr'))).toEqual([]);
	});
});
