import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { open, useSite } from './harness';

const state = useSite();
const LESSON = 'en/courses/foundations/what-is-ai/';

/** Removes the Popover API, as in Chrome < 114 and Safari < 17. */
const withoutPopover = () => {
	for (const name of ['popover', 'showPopover', 'hidePopover', 'togglePopover'])
		delete (HTMLElement.prototype as any)[name];
};

/** True when the element at the centre of the page title is the title: nothing covers it. */
const titleIsUncovered = (page: Page) =>
	page.locator('h1#_top').evaluate((h1) => {
		const r = h1.getBoundingClientRect();
		const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return !!hit && h1.contains(hit);
	});

describe('mobile menu', () => {
	it('opens over the page with the Popover API and leads to another page', async () => {
		const { page, context } = await open(state, LESSON);
		const nav = page.locator('#starlight__sidebar');
		expect(await nav.isVisible()).toBe(false);
		expect(await titleIsUncovered(page)).toBe(true);
		await page.locator('button.sl-menu-button').click();
		expect(await nav.isVisible()).toBe(true);
		await nav.getByRole('link', { name: 'Glossary' }).click();
		await page.waitForURL(/\/en\/glossary\/$/);
		await context.close();
	});

	it('opens with JavaScript off too (the popover is declarative)', async () => {
		const { page, context } = await open(state, LESSON, { javaScriptEnabled: false });
		await page.locator('button.sl-menu-button').click();
		expect(await page.locator('#starlight__sidebar').isVisible()).toBe(true);
		await context.close();
	});

	it('without the Popover API, never covers the page and links to the navigation after the content', async () => {
		const context = await state.browser.newContext({ viewport: { width: 390, height: 800 } });
		await context.addInitScript(withoutPopover);
		const page = await context.newPage();
		await page.goto(state.site.url + LESSON);
		expect(await page.evaluate(() => 'popover' in HTMLElement.prototype)).toBe(false);
		expect(await page.locator('html').getAttribute('data-no-popover')).toBe('');

		expect(await titleIsUncovered(page)).toBe(true);
		expect(await page.locator('button.sl-menu-button').isVisible()).toBe(false);
		const menuLink = page.getByRole('link', { name: 'Go to the site menu' });
		expect(await menuLink.isVisible()).toBe(true);

		// The navigation sits below the lesson, and the menu link takes the learner there.
		const nav = page.locator('#starlight__sidebar');
		const [navBox, contentBox] = [await nav.boundingBox(), await page.locator('.sl-markdown-content').boundingBox()];
		expect(navBox!.y).toBeGreaterThan(contentBox!.y + contentBox!.height);
		await menuLink.click();
		await page.waitForFunction(() => {
			const r = document.getElementById('starlight__sidebar')!.getBoundingClientRect();
			return r.top < innerHeight && r.bottom > 0;
		});
		await nav.getByRole('link', { name: 'Glossary' }).click();
		await page.waitForURL(/\/en\/glossary\/$/);
		await context.close();
	});

	it('without the Popover API, leaves the desktop sidebar where it is', async () => {
		const context = await state.browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.addInitScript(withoutPopover);
		const page = await context.newPage();
		await page.goto(state.site.url + LESSON);
		const nav = await page.locator('#starlight__sidebar').boundingBox();
		expect(nav!.y).toBeLessThan(100);
		expect(await page.getByRole('link', { name: 'Go to the site menu' }).isVisible()).toBe(false);
		expect(await titleIsUncovered(page)).toBe(true);
		await context.close();
	});
});
