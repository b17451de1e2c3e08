import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every link, image, script and stylesheet address in the built site leads to a file that exists,
// and every #fragment to an id on the target page (glossary terms, headings). No browser needed.
const DIR = 'dist';
const html = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const cache = new Map<string, string>();
const read = (file: string) => cache.get(file) ?? (cache.set(file, readFileSync(file, 'utf8')), cache.get(file)!);

function fileFor(pathname: string): string | undefined {
	const file = `${DIR}${decodeURIComponent(pathname)}`;
	if (pathname.endsWith('/')) return existsSync(`${file}index.html`) ? `${file}index.html` : undefined;
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

describe('links in the built site', () => {
	it.each(html)('%s has no broken link', (page) => {
		const base = new URL(`http://site/${page.replace(/index\.html$/, '')}`);
		const source = read(`${DIR}/${page}`);
		const broken: string[] = [];
		for (const [, , target] of source.matchAll(/\s(href|src)="([^"]+)"/g)) {
			if (/^(mailto:|data:|https?:\/\/(?!site\/))/.test(target!)) continue;
			const url = new URL(target!.replace(/&amp;/g, '&'), base);
			if (url.host !== 'site') continue;
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
