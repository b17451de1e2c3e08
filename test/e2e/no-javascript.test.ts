import { describe, expect, it } from 'vitest';
import { open, useSite } from './harness';

const state = useSite();

describe('with JavaScript off', () => {
	it('a learner goes from the language list to a lesson and on to another language, by plain links', async () => {
		const { page, context } = await open(state, '', { javaScriptEnabled: false, locale: 'fr-FR' });
		// No suggestion without script: just the list.
		expect(await page.locator('#suggested').isVisible()).toBe(false);
		await page.getByRole('link', { name: 'Français' }).click();
		await page.waitForURL(/\/fr\/$/);
		expect(await page.locator('h1').first().innerText()).not.toBe('');

		await page.goto(state.site.url + 'fr/courses/foundations/what-is-ai/');
		expect(await page.locator('.sl-markdown-content h2').count()).toBeGreaterThanOrEqual(3);
		expect(await page.getByRole('heading', { name: 'Sources' }).count()).toBe(1);

		await page
			.getByRole('navigation', { name: "Cette page dans d'autres langues" })
			.getByRole('link', { name: 'العربية' })
			.click();
		await page.waitForURL(/\/ar\/courses\/foundations\/what-is-ai\/$/);
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		await context.close();
	});

	it('My learning says what needs JavaScript, never "Loading…", and links to what works without it', async () => {
		for (const [locale, needs, courses] of [
			['en', 'This page needs JavaScript', 'Courses'],
			['ar', 'تحتاج هذه الصفحة إلى JavaScript', 'الدورات'],
		] as const) {
			const { page, context } = await open(state, `${locale}/my/`, { javaScriptEnabled: false });
			// Playwright's text matching skips <noscript>, so CSS finds what the browser shows.
			const said = page.locator('main noscript > p').first();
			expect(await said.isVisible()).toBe(true);
			expect(await said.innerText()).toContain(needs);
			expect(await page.locator('.my-learning').isVisible()).toBe(false);
			const links = page.locator('main noscript a');
			expect(await links.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
				[courses, `/${locale}/courses/`],
				[await page.locator('.site-footer a').nth(1).innerText(), `/${locale}/privacy/`],
			]);
			expect(await links.first().isVisible()).toBe(true);
			await context.close();
		}
	});

	it('the not-found page shows every language briefly, each marked with its language', async () => {
		const { page, context } = await open(state, 'fr/nowhere/', { javaScriptEnabled: false });
		const sections = page.locator('section[data-locale]');
		expect(await sections.count()).toBe(8);
		expect(await sections.filter({ visible: true }).count()).toBe(8);
		expect(await page.locator('section[lang="ar"]').getAttribute('dir')).toBe('rtl');
		await context.close();
	});
});
