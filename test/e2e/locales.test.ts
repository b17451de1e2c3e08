import { describe, expect, it } from 'vitest';
import { DESKTOP, locales, open, useSite } from './harness';

const state = useSite();

describe('every language', () => {
	it.each(locales)('$label home page has lang="$lang" and dir="$dir"', async ({ code, lang, dir }) => {
		const { page, context } = await open(state, `${code}/`);
		expect(await page.locator('html').getAttribute('lang')).toBe(lang);
		expect(await page.locator('html').getAttribute('dir')).toBe(dir);
		// A real translated page, not the English fallback with its notice.
		expect(await page.locator('.sl-markdown-content').innerText()).not.toBe('');
		expect(await page.getByText('This content is not available in your language yet').count()).toBe(0);
		await context.close();
	});
});

describe("Starlight's own labels", () => {
	// Each language's search button and skip link, as Starlight's (or our Swahili) UI strings say.
	const expected: Record<string, { search: string; skip: string }> = {
		fr: { search: 'Rechercher', skip: 'Aller au contenu' },
		'zh-cn': { search: '搜索', skip: '跳转到内容' },
		ar: { search: 'ابحث', skip: 'تخطَّ إلى المحتوى' },
		sw: { search: 'Tafuta', skip: 'Ruka hadi kwenye maudhui' },
	};
	it.each(Object.entries(expected))('are in the page language on /%s/about/', async (code, labels) => {
		const { page, context } = await open(state, `${code}/about/`);
		expect(await page.getByRole('button', { name: labels.search, exact: true }).count()).toBe(1);
		// Compared in NFC: the build may reorder Arabic combining marks (shadda, fatha).
		expect((await page.locator('.sl-skip-link').textContent())?.trim().normalize('NFC')).toBe(
			labels.skip.normalize('NFC'),
		);
		await context.close();
	});

	it('put a course title with an apostrophe in the quiz page title as it is written', async () => {
		const { page, context } = await open(state, 'fr/courses/foundations/quiz/');
		const heading = await page.locator('h1').first().innerText();
		expect(heading).toContain("gouvernance de l'IA");
		expect(await page.title()).toContain("gouvernance de l'IA");
		await context.close();
	});

	it('show the fallback notice in the page language on an untranslated page', async () => {
		const { page, context } = await open(state, 'sw/courses/risk/');
		expect(await page.locator('html').getAttribute('lang')).toBe('sw');
		await expect(page.getByText('Maudhui haya bado hayapatikani kwa lugha yako.').count()).resolves.toBe(1);
		await context.close();
	});
});

describe('Arabic', () => {
	it('lays out My learning right to left', async () => {
		const { page, context } = await open(state, 'ar/my/', { viewport: DESKTOP });
		const button = page.locator('.my-learning section button').first();
		await button.waitFor();
		const content = await page.locator('.sl-markdown-content').boundingBox();
		const box = await button.boundingBox();
		// Buttons start at the right edge of the text column.
		expect(Math.abs(content!.x + content!.width - (box!.x + box!.width))).toBeLessThan(4);
		expect(
			await page
				.locator('.my-learning h2')
				.first()
				.evaluate((h) => getComputedStyle(h).direction),
		).toBe('rtl');
		await context.close();
	});

	it('lays out right to left: sidebar on the right, text starting at the right', async () => {
		const { page, context } = await open(state, 'ar/about/', { viewport: DESKTOP });
		const sidebar = await page.locator('#starlight__sidebar').boundingBox();
		const content = await page.locator('.sl-markdown-content').boundingBox();
		expect(sidebar!.x).toBeGreaterThan(content!.x);
		const firstParagraph = page.locator('.sl-markdown-content p').first();
		expect(await firstParagraph.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl');
		await context.close();
	});
});
