import { describe, expect, it } from 'vitest';
import { fitsRequest } from '../../src/lib/offline/fits-request';

describe('what the worker keeps', () => {
	it('keeps a script, style, font or image only under its own type', () => {
		expect(fitsRequest('/_astro/MyLearning.B1.js', 'text/javascript; charset=utf-8')).toBe(true);
		expect(fitsRequest('/_astro/MyLearning.B1.js', 'application/javascript')).toBe(true);
		expect(fitsRequest('/_astro/main.C2.css', 'text/css')).toBe(true);
		expect(fitsRequest('/_astro/font.woff2', 'font/woff2')).toBe(true);
		expect(fitsRequest('/favicon.svg', 'image/svg+xml')).toBe(true);
		expect(fitsRequest('/en/offline/index.html', 'text/html; charset=utf-8')).toBe(true);
		expect(fitsRequest('/en/offline/', 'text/html')).toBe(true);
		expect(fitsRequest('/en/offline/', 'application/json')).toBe(false);
	});

	it("refuses a proxy's HTML page, or no type at all, under a script's or a style's address", () => {
		expect(fitsRequest('/_astro/MyLearning.B1.js', 'text/html; charset=utf-8')).toBe(false);
		expect(fitsRequest('/_astro/MyLearning.B1.js', null)).toBe(false);
		expect(fitsRequest('/_astro/main.C2.css', 'text/plain')).toBe(false);
		expect(fitsRequest('/icon-192.png', 'text/html')).toBe(false);
	});

	it('takes search files under any type a host gives them, except an HTML page', () => {
		expect(fitsRequest('/pagefind/fragment/en_1a2b.pf_fragment', 'application/octet-stream')).toBe(true);
		expect(fitsRequest('/pagefind/wasm.en.pagefind', null)).toBe(true);
		expect(fitsRequest('/pagefind/pagefind-entry.json', 'application/json')).toBe(true);
		expect(fitsRequest('/pagefind/pagefind-entry.json', 'text/html')).toBe(false);
	});
});
