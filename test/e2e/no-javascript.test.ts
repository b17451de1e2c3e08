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

	it('the not-found page shows every language briefly, each marked with its language', async () => {
		const { page, context } = await open(state, 'fr/nowhere/', { javaScriptEnabled: false });
		const sections = page.locator('section[data-locale]');
		expect(await sections.count()).toBe(8);
		expect(await sections.filter({ visible: true }).count()).toBe(8);
		expect(await page.locator('section[lang="ar"]').getAttribute('dir')).toBe('rtl');
		await context.close();
	});
});
