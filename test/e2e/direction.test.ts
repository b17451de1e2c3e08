import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, useSite } from './harness';
import { loadSiteConfig } from '../../src/lib/site-config';

/** The header on a phone and on a desktop, and English text shown inside a right-to-left page. */
const state = useSite();
const site = loadSiteConfig();
const PHONE_360 = { width: 360, height: 740 };

async function visit(path: string, viewport = PHONE_360): Promise<Page> {
	const page = await state.browser.newPage({ serviceWorkers: 'block', viewport });
	await page.goto(state.site.url + path);
	return page;
}

/** The header title as shown: its visible text, and whether any visible part of it is cut off. */
function shownTitle(page: Page) {
	return page.locator('.site-title').evaluate((link) => ({
		text: (link as HTMLElement).innerText.trim(),
		clipped: [...link.querySelectorAll('span')].some((s) => s.offsetWidth > 0 && s.scrollWidth > s.clientWidth),
	}));
}

/** Language, direction and computed direction of the element a locator finds. */
function languageOf(page: Page, selector: string) {
	return page
		.locator(selector)
		.first()
		.evaluate((el) => ({
			lang: el.closest('[lang]')?.getAttribute('lang'),
			dir: el.closest('[dir]')?.getAttribute('dir'),
			direction: getComputedStyle(el).direction,
		}));
}

describe('the header', () => {
	it.each(['en', 'ar'])('shows the short name, whole, on a phone and the full name on a desktop (%s)', async (code) => {
		const phone = await visit(`${code}/`);
		expect(await shownTitle(phone)).toEqual({ text: site.shortName, clipped: false });
		await phone.close();
		const desktop = await visit(`${code}/`, DESKTOP);
		expect(await shownTitle(desktop)).toEqual({ text: site.name, clipped: false });
		await desktop.close();
	});

	it('shows the search shortcut as "Ctrl K" in Arabic', async () => {
		const page = await visit('ar/', DESKTOP);
		const keys = page.locator('button[data-open-modal] > kbd > kbd');
		await page.locator('button[data-open-modal] > kbd').waitFor();
		const shown = await keys.evaluateAll((els) =>
			els
				.map((el) => ({ text: el.textContent, x: el.getBoundingClientRect().left }))
				.sort((a, b) => a.x - b.x)
				.map((k) => k.text)
				.join(' '),
		);
		expect(shown).toBe('Ctrl K');
		await page.close();
	});
});

describe('English text in an Arabic page', () => {
	it('is marked English, left to right, while the notice and controls stay Arabic', async () => {
		const lesson = await visit('ar/courses/risk/risk-tiers/');
		expect(await lesson.locator('html').getAttribute('lang')).toBe('ar');
		const english = { lang: 'en', dir: 'ltr', direction: 'ltr' };
		const arabic = { lang: 'ar', dir: 'rtl', direction: 'rtl' };
		expect(await languageOf(lesson, '.sl-markdown-content')).toEqual(english);
		expect(await languageOf(lesson, 'h1')).toEqual(english);
		expect(await languageOf(lesson, 'text=هذا المحتوى غير متوفر بلغتك بعد.')).toEqual(arabic);
		expect(await languageOf(lesson, 'lesson-progress')).toEqual(arabic);
		await lesson.close();

		// The catalogue and a course page: English course and lesson titles among Arabic ones.
		const catalogue = await visit('ar/courses/');
		expect(await languageOf(catalogue, '.catalogue a[href="risk/"]')).toEqual(english);
		expect(await languageOf(catalogue, '.catalogue li:has(a[href="risk/"]) > p:not(.in-english)')).toEqual(english);
		// The note that the course is in English for now speaks the page's language.
		expect(await languageOf(catalogue, '#in-english-risk')).toEqual(arabic);
		expect(await languageOf(catalogue, '.catalogue a[href="foundations/"]')).toEqual(arabic);
		await catalogue.close();
		const course = await visit('ar/courses/risk/');
		expect(await languageOf(course, '.lesson-list a')).toEqual(english);
		expect(await languageOf(course, 'text=هذا المحتوى غير متوفر بلغتك بعد.')).toEqual(arabic);
		await course.close();
	});
});
