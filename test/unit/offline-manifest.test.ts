import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { courseManifest, searchTitles } from '../../src/lib/offline/manifest';

/** A tiny build: two courses of one language, its hub pages, one shared stylesheet, search fragments. */
const page = (links: string, title = 'Page') =>
	`<link rel="stylesheet" href="/_astro/main.A1.css"><script type="module" src="/_astro/x7.js"></script><h1 id="_top">${title}</h1><div class="sl-markdown-content">${links}</div><footer></footer>`;
const fragment = (url: string, title: string) =>
	gzipSync(`pagefind_dcd${JSON.stringify({ url, meta: { title }, content: '', anchors: [] })}`);
const build: Record<string, string | Buffer> = {
	'en/index.html': page('<a href="courses/">Courses</a>'),
	'en/courses/index.html': page(''),
	'en/my/index.html': `${page('')}<script type="module" src="/_astro/my.B2.js"></script>`,
	'_astro/my.B2.js': 'import"./preact.C3.js";',
	'_astro/preact.C3.js': '',
	'_astro/main.A1.css': 'body{}',
	'en/glossary/index.html': page(''),
	'en/offline/index.html': page(''),
	'en/courses/foundations/index.html': page('<a href="../../glossary/">glossary</a>', 'Foundations'),
	'en/courses/foundations/what-is-ai/index.html': page(''),
	'en/courses/data/index.html': page('', 'Data <em>governance</em> &amp; you'),
	'pagefind/fragment/en_1.pf_fragment': fragment('/en/courses/data/', 'Data governance'),
	'pagefind/fragment/en_2.pf_fragment': fragment('/en/courses/foundations/', 'Foundations'),
	// Every page's script; the search window's code, which it imports when opened, has a name that
	// says nothing about search: only the build's record (searchUi) tells what it is.
	'_astro/x7.js': 'import"./shared.S1.js";const o=()=>import("./q9.js");const c="/_astro/k4.css";',
	'_astro/shared.S1.js': '',
	'_astro/q9.js': 'import"./shared.S1.js";import"./q9-part.js";',
	'_astro/q9-part.js': '',
	'_astro/k4.css': '.pagefind-ui{}',
};
const files = Object.keys(build);
const read = (p: string) => (p in build ? Buffer.from(build[p]!) : undefined);
const manifest = (course: string) =>
	courseManifest({
		course,
		locale: 'en',
		pages: files.filter((f) => f.startsWith(`en/courses/${course}/`)),
		base: '/',
		files,
		searchUi: ['_astro/q9.js', '_astro/k4.css'],
		read,
	});

describe('offline manifests', () => {
	it("list the language's hub pages and what they need once, apart from every course", () => {
		const foundations = manifest('foundations');
		const hub = foundations.shared.hub.entries.map((e) => e.url);
		expect(hub).toEqual(
			expect.arrayContaining(['/en/', '/en/courses/', '/en/my/', '/en/glossary/', '/en/offline/', '/_astro/my.B2.js']),
		);
		expect(hub).toContain('/_astro/preact.C3.js');
		expect(hub).toContain('/_astro/main.A1.css');
		const own = foundations.entries.map((e) => e.url);
		expect(own).toEqual([
			'/en/courses/foundations/',
			'/en/courses/foundations/what-is-ai/',
			'/pagefind/fragment/en_2.pf_fragment',
		]);
		expect(own.filter((u) => hub.includes(u))).toEqual([]);
		// The same hub for every course of the language, so it is stored once.
		expect(manifest('data').shared.hub).toEqual(foundations.shared.hub);
		expect(foundations.shared.hub.bytes).toBe(foundations.shared.hub.entries.reduce((n, e) => n + e.bytes, 0));
	});

	it('keep the title and address of every search result, for results not on the device', () => {
		// The titles are the pages' own first headings, as Pagefind shows them.
		expect(searchTitles(files, 'en', '/', read)).toEqual({
			'en_1.pf_fragment': ['/en/courses/data/', 'Data governance & you'],
			'en_2.pf_fragment': ['/en/courses/foundations/', 'Foundations'],
		});
	});

	it('put the search window’s code in the shared search part, whatever the bundler named it', () => {
		const { entries, shared } = manifest('foundations');
		const urls = (list: { url: string }[]) => list.map((e) => e.url);
		expect(urls(shared.search.entries)).toEqual(['/_astro/k4.css', '/_astro/q9-part.js', '/_astro/q9.js']);
		// What every page loads anyway stays with the hub, once.
		expect(urls(shared.hub.entries)).toEqual(expect.arrayContaining(['/_astro/x7.js', '/_astro/shared.S1.js']));
		for (const url of urls(shared.search.entries)) {
			expect(urls(shared.hub.entries)).not.toContain(url);
			expect(urls(entries)).not.toContain(url);
		}
	});
});
