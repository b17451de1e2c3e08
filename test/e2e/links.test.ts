import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every link, image, script and stylesheet address in the built sites leads to a file that exists,
// and every #fragment to an id on the target page (glossary terms, headings). No browser needed.
const builds = [
	{ dir: 'dist', base: '/' },
	{ dir: 'dist-academy', base: '/academy/' }, // made by global-setup.ts
];

const cache = new Map<string, string>();
const read = (file: string) => cache.get(file) ?? (cache.set(file, readFileSync(file, 'utf8')), cache.get(file)!);

describe.each(builds)('links in $dir (base $base)', ({ dir, base }) => {
	const html = existsSync(dir)
		? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
		: [];

	function fileFor(pathname: string): string | undefined {
		if (!pathname.startsWith(base)) return undefined;
		const file = `${dir}/${decodeURIComponent(pathname.slice(base.length))}`;
		if (file.endsWith('/')) return existsSync(`${file}index.html`) ? `${file}index.html` : undefined;
		return existsSync(file) && statSync(file).isFile() ? file : undefined;
	}

	it('has pages to check', () => expect(html.length).toBeGreaterThan(4));

	it.each(html)('%s has no broken link', (page) => {
		const pageUrl = new URL(`http://site${base}${page.replace(/index\.html$/, '')}`);
		const broken: string[] = [];
		for (const [, , target] of read(`${dir}/${page}`).matchAll(/\s(href|src)="([^"]+)"/g)) {
			if (/^(mailto:|data:|https?:\/\/)/.test(target!)) continue;
			const url = new URL(target!.replace(/&amp;/g, '&'), pageUrl);
			const file = fileFor(url.pathname);
			if (!file) {
				broken.push(target!);
				continue;
			}
			const id = decodeURIComponent(url.hash.slice(1));
			if (id && file.endsWith('.html') && !read(file).includes(`id="${id}"`)) broken.push(`${target} (no id "${id}")`);
		}
		expect(broken).toEqual([]);
	});
});
