import { describe, expect, it } from 'vitest';
import { pageAssets, scriptImports, withImports } from '../../src/lib/offline/assets';

describe('what a page needs offline', () => {
	it('finds the /_astro/ files a page links, under its base path', () => {
		const html = `<link rel="stylesheet" href="/academy/_astro/main.A1.css"><script type="module" src="/academy/_astro/page.B2.js"></script>
			<img src="/academy/logo.svg"><a href="/academy/en/">home</a><link href="https://example.org/_astro/x.css">
			<astro-island component-url="/academy/_astro/Quiz.C3.js" renderer-url="/academy/_astro/client.D4.js"></astro-island>`;
		expect(pageAssets(html, '/academy/')).toEqual([
			'_astro/Quiz.C3.js',
			'_astro/client.D4.js',
			'_astro/main.A1.css',
			'_astro/page.B2.js',
		]);
	});

	it('reads static and dynamic imports from minified chunks', () => {
		const js =
			'import{a as b}from"./preact.C3.js";import"./side.D4.js";const q=()=>import(`./hydrate.E5.js`);' +
			'const m=["_astro/ui-core.G7.js"];const c=`/academy/_astro/search-ui.F6.css`;';
		expect(scriptImports(js)).toEqual([
			'_astro/hydrate.E5.js',
			'_astro/preact.C3.js',
			'_astro/search-ui.F6.css',
			'_astro/side.D4.js',
			'_astro/ui-core.G7.js',
		]);
		expect(scriptImports(js, { dynamic: false })).toEqual(['_astro/preact.C3.js', '_astro/side.D4.js']);
	});

	it('follows imports transitively and stops at cycles', () => {
		const files: Record<string, string> = {
			'_astro/a.js': 'import"./b.js";import("./c.js")',
			'_astro/b.js': 'import{x}from"./a.js"',
			'_astro/c.js': 'import"./d.css"',
		};
		expect(withImports(['_astro/a.js'], (f) => files[f])).toEqual([
			'_astro/a.js',
			'_astro/b.js',
			'_astro/c.js',
			'_astro/d.css',
		]);
	});
});
