import { describe, expect, it } from 'vitest';
import { open, useSite } from './harness';

const state = useSite();
const LESSON = 'en/courses/foundations/what-is-ai/';

describe('search', () => {
	it('downloads nothing of search until the learner opens it, then finds lessons', async () => {
		const { page, context } = await open(state, LESSON, { viewport: { width: 1280, height: 900 } });
		const requested: string[] = [];
		page.on('request', (r) => requested.push(new URL(r.url()).pathname));
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(500); // the browser is idle: stock Starlight would fetch search now
		expect(requested.filter((p) => p.includes('pagefind'))).toEqual([]);
		const jsBefore = state.site.log.filter((e) => e.type.includes('javascript')).length;

		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const input = page.locator('.pagefind-ui__search-input');
		await input.waitFor();
		expect(state.site.log.filter((e) => e.type.includes('javascript')).length).toBeGreaterThan(jsBefore);
		await input.fill('governance');
		await page.locator('.pagefind-ui__result').first().waitFor();
		expect(await page.locator('.pagefind-ui__result-link').first().getAttribute('href')).toMatch(/^\/en\//);
		await context.close();
	});

	it('says what happened when the search code cannot be downloaded, and tries again later', async () => {
		const { page, context } = await open(state, LESSON, { viewport: { width: 1280, height: 900 } });
		await page.waitForLoadState('networkidle');
		const failedScripts: string[] = [];
		page.on('requestfailed', (r) => r.resourceType() === 'script' && failedScripts.push(r.url()));
		await context.setOffline(true);
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		const status = page.locator('site-search [role="status"]');
		await expect.poll(() => status.innerText()).toMatch(/could not be loaded/);
		// No import of the search code was tried offline: many browsers remember a failed import for
		// the page's life, and search would then stay broken once the connection is back.
		expect(failedScripts).toEqual([]);
		await page.keyboard.press('Escape');
		await context.setOffline(false);
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await page.locator('.pagefind-ui__search-input').waitFor();
		await expect.poll(() => status.innerText()).toBe('');
		await context.close();
	});
});

describe('privacy', () => {
	it('sends no request to any other host and sets no cookie, across pages and a search', async () => {
		const context = await state.browser.newContext({ locale: 'fr-FR' });
		const hosts = new Set<string>();
		context.on('request', (r) => hosts.add(new URL(r.url()).host));
		const page = await context.newPage();
		for (const path of ['', 'fr/', 'fr/about/', 'ar/courses/foundations/what-is-ai/', 'zh-cn/glossary/', 'sw/404/']) {
			await page.goto(state.site.url + path, { waitUntil: 'networkidle' });
		}
		await page.goto(state.site.url + LESSON);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await page.locator('.pagefind-ui__search-input').fill('data');
		await page.locator('.pagefind-ui__result').first().waitFor();

		expect([...hosts]).toEqual([new URL(state.site.url).host]);
		expect(await context.cookies()).toEqual([]);
		expect(await page.evaluate(() => document.cookie)).toBe('');
		await context.close();
	});

	it('keeps nothing in local storage until the learner picks a language', async () => {
		const { page, context } = await open(state, 'en/about/');
		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
		await context.close();
	});
});
