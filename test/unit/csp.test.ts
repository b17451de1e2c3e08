import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp/content-security-policy';
import { cspHash } from '../../src/lib/csp/csp-hash';
import { apacheSnippet, headersFile, nginxSnippet } from '../../src/lib/csp/host-headers';
import { decodeEntities, inlineContent } from '../../src/lib/csp/inline-content';
import { withCspMeta } from '../../src/lib/csp/with-csp-meta';

const PAGE =
	'<!DOCTYPE html><html><head><meta charset="utf-8"/><title>a &lt; b</title>' +
	'<script>var s = "<div>x</div><style>"; if (a < b) {}</script>' +
	'<script type="module">import "./x.js"</script><script src="/_astro/a.js"></script>' +
	'<script type="application/json">{"a":"<b>"}</script><style>a>b{color:red}</style></head>' +
	'<body><p style="--depth: 0;">x</p><i style="--depth: 0;"></i><b style="a:&quot;b&amp;c&quot;">y</b>' +
	'<!-- <script>not run</script> --><svg><style>.x{}</style></svg></body></html>';

describe('what a page carries inline', () => {
	it('finds executable scripts and styles as raw text, whatever markup they contain', () => {
		const found = inlineContent(PAGE);
		expect(found.scripts).toEqual(['var s = "<div>x</div><style>"; if (a < b) {}', 'import "./x.js"']);
		expect(found.styles).toEqual(['a>b{color:red}', '.x{}']);
	});

	it('lists each style attribute once, decoded as the browser hashes it', () => {
		expect(inlineContent(PAGE).styleAttributes).toEqual(['--depth: 0;', 'a:"b&c"']);
		expect(decodeEntities('&#x41;&#66;&lt;&unknown;&amp;amp;')).toBe('AB<&unknown;&amp;');
	});

	it('reports inline event handlers, which a strict policy would block', () => {
		expect(
			inlineContent('<html><head></head><body><a onclick="x()" href="#">a</a></body></html>').eventHandlers,
		).toEqual(['a@onclick']);
		expect(inlineContent(PAGE).eventHandlers).toEqual([]);
	});
});

describe('the policy', () => {
	it('hashes text as browsers do (SHA-256 of the UTF-8 bytes, base64)', () => {
		const expected = createHash('sha256').update(Buffer.from('é', 'utf8')).digest('base64');
		expect(cspHash('é')).toBe(`'sha256-${expected}'`);
	});

	it('allows scripts only from the site or by hash, never unsafe-inline or unsafe-eval', () => {
		const policy = contentSecurityPolicy(inlineContent(PAGE));
		const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
		expect(directives.get('default-src')).toEqual(["'self'"]);
		expect(directives.get('script-src')).toEqual([
			"'self'",
			"'wasm-unsafe-eval'",
			...[cspHash('var s = "<div>x</div><style>"; if (a < b) {}'), cspHash('import "./x.js"')].sort(),
		]);
		expect(directives.get('style-src')?.slice(0, 2)).toEqual(["'self'", "'unsafe-hashes'"]);
		expect(directives.get('style-src')).toContain(cspHash('--depth: 0;'));
		expect(directives.get('style-src')).toContain(cspHash('a>b{color:red}'));
		expect(directives.get('object-src')).toEqual(["'none'"]);
		expect(directives.get('base-uri')).toEqual(["'self'"]);
		expect(directives.get('form-action')).toEqual(["'self'"]);
		expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
		// Only a header can forbid framing; a meta tag with it makes browsers log an error.
		expect(directives.has('frame-ancestors')).toBe(false);
		expect(contentSecurityPolicy(inlineContent(PAGE), { header: true })).toMatch(/; frame-ancestors 'self'$/);
	});

	it("needs no 'unsafe-hashes' on a page without style attributes", () => {
		expect(contentSecurityPolicy({ scripts: [], styles: ['a{}'], styleAttributes: [] })).toContain(
			`style-src 'self' ${cspHash('a{}')};`,
		);
	});
});

describe('the meta tag', () => {
	it('goes first in the head after the charset, and replaces an earlier one', () => {
		const once = withCspMeta(PAGE, "default-src 'self'");
		expect(once).toContain(
			'<head><meta charset="utf-8"/><meta http-equiv="content-security-policy" content="default-src \'self\'"><title>',
		);
		const twice = withCspMeta(once, "default-src 'none'");
		expect(twice.match(/content-security-policy/g)).toHaveLength(1);
		expect(twice).toBe(withCspMeta(PAGE, "default-src 'none'"));
	});

	it('goes right after <head> on a page without a charset', () => {
		expect(withCspMeta('<html><head><title>x</title></head></html>', 'p')).toBe(
			'<html><head><meta http-equiv="content-security-policy" content="p"><title>x</title></head></html>',
		);
	});
});

describe('the header versions', () => {
	const policy = "default-src 'self'; frame-ancestors 'self'";
	it('carry the same policy for static hosts, nginx and Apache, under the base path', () => {
		expect(headersFile('/academy/', policy)).toBe(`/academy/*\n  Content-Security-Policy: ${policy}\n`);
		expect(nginxSnippet(policy)).toContain(`add_header Content-Security-Policy "${policy}" always;`);
		expect(apacheSnippet(policy)).toContain(`Header always set Content-Security-Policy "${policy}"`);
	});
});
