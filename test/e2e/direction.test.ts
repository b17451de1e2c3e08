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

// Every Arabic course is translated now: Swahili still shows most courses in English.
describe('English text in a page of another language', () => {
	it('is marked English, while the notice and controls stay in the page language', async () => {
		const lesson = await visit('sw/courses/risk/risk-tiers/');
		expect(await lesson.locator('html').getAttribute('lang')).toBe('sw');
		const english = { lang: 'en', dir: 'ltr', direction: 'ltr' };
		const swahili = { lang: 'sw', dir: 'ltr', direction: 'ltr' };
		const notice = 'text=Maudhui haya bado hayapatikani kwa lugha yako.';
		expect(await languageOf(lesson, '.sl-markdown-content')).toEqual(english);
		expect(await languageOf(lesson, 'h1')).toEqual(english);
		expect(await languageOf(lesson, notice)).toEqual(swahili);
		expect(await languageOf(lesson, 'lesson-progress')).toEqual(swahili);
		// The sidebar lists the untranslated course by its English title, marked as English.
		expect(await languageOf(lesson, '#starlight__sidebar a[href$="/sw/courses/data/"]')).toEqual(english);
		await lesson.close();

		// The catalogue and a course page: English course and lesson titles, the notes in Swahili.
		const catalogue = await visit('sw/courses/');
		expect(await languageOf(catalogue, '.catalogue a[href="risk/"]')).toEqual(english);
		expect(await languageOf(catalogue, '.catalogue li:has(a[href="risk/"]) > p:not(.in-english)')).toEqual(english);
		// The note that the course is in English for now speaks the page's language.
		expect(await languageOf(catalogue, '#in-english-risk')).toEqual(swahili);
		await catalogue.close();
		const course = await visit('sw/courses/risk/');
		expect(await languageOf(course, '.lesson-list a')).toEqual(english);
		expect(await languageOf(course, notice)).toEqual(swahili);
		await course.close();
	});
});
