import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { LIGHTHOUSE_SETTINGS } from '../../src/scripts/lighthouse-settings.mjs';
import { FLOOR_CSS, floorPage } from '../../src/scripts/floor-page.mjs';
import { BYTE_BUDGETS, beyondOwnText, everything, ownTextBytes, weigh } from '../../src/scripts/page-weight.mjs';
import { summarize } from '../../src/scripts/summarize.mjs';

// The bench's figures are only comparable with the if it measures the way the issue fixed.
describe('the performance bench', () => {
	it('runs Lighthouse as a mobile phone on 250 kb/s, 300 ms round trips and a 4x slower CPU, simulated', () => {
		expect(LIGHTHOUSE_SETTINGS.formFactor).toBe('mobile');
		expect(LIGHTHOUSE_SETTINGS.screenEmulation.mobile).toBe(true);
		expect(LIGHTHOUSE_SETTINGS.throttlingMethod).toBe('simulate');
		expect(LIGHTHOUSE_SETTINGS.throttling).toEqual({
			rttMs: 300,
			throughputKbps: 250,
			requestLatencyMs: 1125,
			downloadThroughputKbps: 225,
			uploadThroughputKbps: 225,
			cpuSlowdownMultiplier: 4,
		});
		expect(LIGHTHOUSE_SETTINGS.onlyCategories).toEqual(['performance']);
		expect(LIGHTHOUSE_SETTINGS.disableStorageReset).toBe(false);
	});

	it('builds the floor as one bare page: the lesson HTML in <main>, one line of CSS, no script', () => {
		const en = floorPage({
			lang: 'en',
			dir: 'ltr',
			title: 'What is AI? & more',
			content: '<h2 id="x">Hi</h2><p>Text</p>',
		});
		expect(en).toContain('<meta charset="utf-8">');
		expect(en).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
		expect(en).toContain('<title>What is AI? &amp; more</title>');
		expect(en).toContain(`<style>${FLOOR_CSS}</style>`);
		expect(FLOOR_CSS).toBe('body{font:1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:auto;padding:1rem}');
		expect(en).toContain('<main>\n<h2 id="x">Hi</h2><p>Text</p>\n</main>');
		expect(en).toContain('<html>');
		expect(en).not.toMatch(/<script|<link/);
		const ar = floorPage({ lang: 'ar', dir: 'rtl', title: 'ما هو الذكاء الاصطناعي؟', content: '<p>نص</p>' });
		expect(ar).toContain('<html lang="ar" dir="rtl">');
	});

	it('counts every response, and what the next lesson costs beyond its own text', () => {
		const log = [
			{ path: '/a/', status: 200, type: 'text/html; charset=utf-8', bytes: 9000, gzipBytes: 3000 },
			{ path: '/s.css', status: 200, type: 'text/css; charset=utf-8', bytes: 4000, gzipBytes: 1000 },
			{ path: '/s.js', status: 304, type: 'text/javascript; charset=utf-8', bytes: 0, gzipBytes: 0 },
			{ path: '/i.svg', status: 200, type: 'image/svg+xml', bytes: 500, gzipBytes: 200 },
		];
		const w = weigh(log);
		expect(w).toEqual({ html: 3000, css: 1000, js: 0, other: 200, requests: 4 });
		expect(everything(w)).toBe(4200);
		const text = 'Artificial intelligence is a family of techniques. '.repeat(20);
		expect(ownTextBytes(text)).toBe(gzipSync(Buffer.from(text), { level: 9 }).length);
		expect(beyondOwnText(4200, text)).toBe(4200 - ownTextBytes(text));
		expect(BYTE_BUDGETS).toEqual({ lessonCold: 25_000, nextLessonBeyondText: 4_000, assignmentCold: 46_080 });
	});

	it('reports the median and the spread of the runs', () => {
		expect(summarize([5, 1, 3, 4, 2])).toEqual({ median: 3, min: 1, max: 5 });
		expect(summarize([4, 2])).toEqual({ median: 3, min: 2, max: 4 });
		expect(() => summarize([])).toThrow();
	});
});
