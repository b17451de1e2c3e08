import { describe, expect, it } from 'vitest';
import { open, useSite } from './harness';

const state = useSite();

describe('language chooser at /', () => {
	it("puts the browser's language first", async () => {
		const { page, context } = await open(state, '', { locale: 'fr-SN' });
		const suggested = page.locator('#suggested a');
		expect(await suggested.innerText()).toBe('Continuer en français');
		expect(await suggested.getAttribute('href')).toBe('/fr/');
		await context.close();
	});

	it('suggests Chinese (Simplified) for any Chinese browser, and nothing for a language it lacks', async () => {
		const zh = await open(state, '', { locale: 'zh-TW' });
		expect(await zh.page.locator('#suggested a').getAttribute('href')).toBe('/zh-cn/');
		await zh.context.close();
		const de = await open(state, '', { locale: 'de-DE' });
		expect(await de.page.locator('#suggested').isVisible()).toBe(false);
		expect(await de.page.locator('ul.languages a').count()).toBe(8);
		await de.context.close();
	});

	it('names and describes each language in that language (Chinese included: zh-CN.json)', async () => {
		const { page, context } = await open(state, '?choose');
		const chinese = page.locator('li[lang="zh-CN"]');
		expect(await chinese.locator('a').innerText()).toBe('简体中文');
		expect(await chinese.locator('.muted').innerText()).toMatch(/[\u4e00-\u9fff]/);
		expect(await page.locator('h1 span[lang="zh-CN"]').innerText()).toMatch(/[\u4e00-\u9fff]/);
		await context.close();
	});

	it('remembers the choice and goes straight there next time; ?choose shows the list again', async () => {
		const { page, context } = await open(state, '', { locale: 'en-GB' });
		await page.getByRole('link', { name: 'Kiswahili' }).click();
		await page.waitForURL(/\/sw\/$/);
		expect(await page.evaluate(() => localStorage.getItem('academy:locale'))).toBe('sw');

		await page.goto(state.site.url);
		await page.waitForURL(/\/sw\/$/);
		expect(await page.locator('html').getAttribute('lang')).toBe('sw');

		await page.goto(state.site.url + '?choose');
		expect(page.url()).toMatch(/\?choose$/);
		expect(await page.locator('ul.languages a').count()).toBe(8);
		await context.close();
	});
});

describe('page not found', () => {
	it('answers 404 in the language of the address, with a link home in that language', async () => {
		const { page, context } = await open(state, 'fr/cours-inconnu/');
		const response = await page.request.get(state.site.url + 'fr/cours-inconnu/');
		expect(response.status()).toBe(404);
		expect(await page.locator('html').getAttribute('lang')).toBe('fr');
		expect(await page.title()).toBe('Page introuvable');
		const visible = page.locator('section[data-locale]').filter({ visible: true });
		expect(await visible.count()).toBe(1);
		await visible.getByRole('link', { name: "Aller à la page d'accueil" }).click();
		await page.waitForURL(/\/fr\/$/);
		await context.close();
	});

	it('is right to left for an Arabic address, Chinese for a Chinese one, English for one with no language', async () => {
		const ar = await open(state, 'ar/missing/');
		expect(await ar.page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(await ar.page.locator('section[data-locale="ar"]').isVisible()).toBe(true);
		await ar.context.close();
		const zh = await open(state, 'zh-cn/missing/');
		expect(await zh.page.locator('html').getAttribute('lang')).toBe('zh-CN');
		expect(await zh.page.title()).toMatch(/[\u4e00-\u9fff]/);
		await zh.context.close();
		const none = await open(state, 'missing.html');
		expect(await none.page.locator('html').getAttribute('lang')).toBe('en');
		expect(await none.page.getByRole('heading', { name: 'Page not found' }).isVisible()).toBe(true);
		await none.context.close();
	});
});
