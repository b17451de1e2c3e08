import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { open, useSite } from './harness';

// Built by global-setup.ts from test/fixtures/site.academy.yaml: base /academy/, English and Swahili,
// the foundations course only.
const DIR = 'dist-academy';
const state = useSite(DIR, '/academy/');
const disabled = ['fr', 'es', 'ar', 'zh-cn', 'ru', 'pt'];

describe('an institution build under /academy/ with two languages', () => {
	it('contains pages of the enabled languages only', () => {
		const folders = readdirSync(DIR, { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name);
		expect(folders.sort()).toEqual(['_astro', 'en', 'offline', 'pagefind', 'sw']);
		const offline = readdirSync(`${DIR}/offline`, { withFileTypes: true }).filter((d) => d.isDirectory());
		expect(offline.map((d) => d.name).sort()).toEqual(['en', 'sw']);
		const pages = readdirSync(DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(4);
		for (const page of pages) expect(page, page).toMatch(/^(en|sw)\/|^(index|404)\.html$/);
	});

	it('lists only those languages in the sitemap, under the base path', () => {
		const sitemaps = readdirSync(DIR).filter((f) => /^sitemap-\d+\.xml$/.test(f));
		const urls = sitemaps.flatMap((f) =>
			[...readFileSync(`${DIR}/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
		);
		expect(urls.length).toBeGreaterThan(4);
		// The chooser at the root, and pages of the two languages.
		for (const url of urls) expect(url).toMatch(/^https:\/\/training\.example\.gov\/academy\/((en|sw)\/.*)?$/);
		const xml = sitemaps.map((f) => readFileSync(`${DIR}/${f}`, 'utf8')).join('');
		for (const code of disabled) expect(xml).not.toContain(`/academy/${code}/`);
	});

	it('indexes only those languages for search', () => {
		const entry = JSON.parse(readFileSync(`${DIR}/pagefind/pagefind-entry.json`, 'utf8'));
		expect(Object.keys(entry.languages).sort()).toEqual(['en', 'sw']);
	});

	it('serves styled, branded pages whose links and assets all resolve under the base path', async () => {
		const { page, context } = await open(state, 'sw/');
		const failures: string[] = [];
		page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
		await page.reload({ waitUntil: 'networkidle' });
		// A phone shows the config's short name in the header; the full name stays the page's name.
		expect(await page.locator('.site-title').innerText()).toContain('ICT Academy');
		expect(await page.title()).toContain('Ministry of ICT Training Centre');
		// The accent from the fixture config, not the shipped one.
		expect(
			await page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--sl-color-accent').trim(),
			),
		).toBe('#1a7f37');
		const languages = page.getByRole('navigation', { name: 'Ukurasa huu katika lugha nyingine' }).getByRole('link');
		expect(await languages.allInnerTexts()).toEqual(['English']);

		await page.locator('.hero a').first().click();
		await page.waitForURL(/\/academy\/sw\/courses\/foundations\/$/);
		await page.goto(state.site.url + 'en/courses/foundations/what-is-ai/', { waitUntil: 'networkidle' });
		expect(failures).toEqual([]);
		await context.close();
	});

	it('offers only the enabled languages on the chooser and the not-found page', async () => {
		const chooser = await open(state, '?choose');
		expect(
			await chooser.page.locator('ul.languages a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
		).toEqual(['/academy/en/', '/academy/sw/']);
		await chooser.context.close();
		const missing = await open(state, 'sw/hakuna/');
		expect(await missing.page.locator('section[data-locale]').count()).toBe(2);
		expect(await missing.page.locator('html').getAttribute('lang')).toBe('sw');
		await missing.context.close();
	});
});
