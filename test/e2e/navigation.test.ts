import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { open, useSite } from './harness';
import { idbDump } from './idb-dump';

// Finding one's way at phone size: the home page, a lesson's place in its course, the course page's
// way in, and the catalogue in a language that lacks most courses.
const state = useSite();

const COURSE = 'en/courses/foundations/';

async function complete(page: Page, lesson: string) {
	await page.goto(state.site.url + COURSE + lesson + '/');
	await page.getByRole('button', { name: 'Mark this lesson as complete' }).click();
	await page.getByText('You have completed this lesson.').waitFor();
}

/** Whether `a` comes before `b` in the document. */
const before = (page: Page, a: string, b: string) =>
	page.evaluate(
		([a, b]) =>
			!!(
				document.querySelector(a!)!.compareDocumentPosition(document.querySelector(b!)!) &
				Node.DOCUMENT_POSITION_FOLLOWING
			),
		[a, b],
	);

describe('the home page', () => {
	it('has the menu of every page and plain links into every part of the site, and nothing to continue yet', async () => {
		const { page, context } = await open(state, 'en/');
		await page.locator('button.sl-menu-button').click();
		expect(await page.locator('#starlight__sidebar').getByRole('link', { name: 'All courses' }).isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		const ways = page.getByRole('navigation', { name: 'Find your way' });
		const links = Object.fromEntries(
			await Promise.all(
				(await ways.getByRole('link').all()).map(async (a) => [await a.innerText(), await a.getAttribute('href')]),
			),
		);
		expect(links).toEqual({
			Courses: '/en/courses/',
			'Self-assessments': '/en/assess/',
			'Policy templates': '/en/templates/',
			'My learning': '/en/my/',
			'For trainers': '/en/trainer/',
			'Choose another language': '/?choose',
		});
		expect(await page.getByRole('heading', { name: 'Continue where you left off' }).isVisible()).toBe(false);
		await context.close();
	});

	it('offers the lesson the learner left, then the next one once it is done', async () => {
		const { page, context } = await open(state, COURSE + 'what-is-ai/');
		await complete(page, 'what-is-ai');
		await page.goto(state.site.url + COURSE + 'shared-principles/');
		// The visit is stored after the page has loaded: leave once it is, as a reader would.
		await expect
			.poll(async () => JSON.stringify((await idbDump(page)).progress ?? []))
			.toContain('foundations/shared-principles');
		await page.goto(state.site.url + 'en/');
		const card = page.locator('resume-card');
		await page.getByRole('heading', { name: 'Continue where you left off' }).waitFor();
		expect(await card.getByRole('link').innerText()).toBe('Shared principles for governing AI');
		expect(await card.innerText()).toContain('Foundations of AI governance');

		await complete(page, 'shared-principles');
		await page.goto(state.site.url + 'en/');
		await page.getByRole('link', { name: 'The global landscape of AI governance' }).click();
		await page.waitForURL(/\/en\/courses\/foundations\/global-landscape\/$/);
		await context.close();
	});

	it('in Arabic, reads right to left with the card in Arabic', async () => {
		const { page, context } = await open(state, 'ar/courses/foundations/what-is-ai/');
		await page.locator('lesson-progress:not([hidden]) [data-complete]').waitFor();
		await page.goto(state.site.url + 'ar/');
		const card = page.locator('resume-card');
		await page.getByRole('heading', { name: 'تابع من حيث توقفت' }).waitFor();
		expect(await card.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
		expect(await card.getByRole('link').getAttribute('href')).toBe('/ar/courses/foundations/what-is-ai/');
		const ways = page.getByRole('navigation', { name: 'اعثر على طريقك في الأكاديمية' });
		expect(await ways.getByRole('link', { name: 'التقييمات الذاتية' }).getAttribute('href')).toBe('/ar/assess/');
		await context.close();
	});
});

describe('a lesson', () => {
	it('names its course and its place in it, and ends with completion and the next lesson before the sources', async () => {
		const { page, context } = await open(state, COURSE + 'global-landscape/');
		const position = page.locator('.lesson-position');
		expect((await position.innerText()).replace(/\s+/g, ' ')).toBe('Foundations of AI governance · Lesson 2 of 5');
		expect(await position.getByRole('link').getAttribute('href')).toBe('../');
		const next = page.getByRole('link', { name: 'Next lesson: Shared principles for governing AI' });
		expect(await next.getAttribute('href')).toBe('../shared-principles/');
		const mark = page.getByRole('button', { name: 'Mark this lesson as complete' });
		await mark.waitFor();
		expect(await before(page, 'lesson-progress', '#sources')).toBe(true);
		expect(await before(page, '.lesson-end a.next', '#sources')).toBe(true);
		expect(await before(page, '#key-takeaways', 'lesson-progress')).toBe(true);
		await context.close();
	});

	it('offers the course quiz after the last lesson', async () => {
		const { page, context } = await open(state, COURSE + 'developing-country-context/');
		expect((await page.locator('.lesson-position').innerText()).replace(/\s+/g, ' ')).toContain('Lesson 5 of 5');
		expect(await page.getByRole('link', { name: 'Take the course quiz' }).getAttribute('href')).toBe('../quiz/');
		await context.close();
	});

	it('in Arabic, writes the place in Arabic with the numbers of the language', async () => {
		const { page, context } = await open(state, 'ar/courses/foundations/global-landscape/');
		const [two, five] = await page.evaluate(() => [2, 5].map((n) => new Intl.NumberFormat('ar').format(n)));
		expect(await page.locator('.lesson-position span:not([aria-hidden])').innerText()).toBe(`الدرس ${two} من ${five}`);
		expect(await page.locator('.lesson-position').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
		expect(await before(page, 'lesson-progress', '.lesson-end + .sl-heading-wrapper h2')).toBe(true);
		expect(await page.locator('.lesson-end + .sl-heading-wrapper h2').innerText()).toBe('المصادر');
		await context.close();
	});

	it('without JavaScript, still shows its place and the next lesson', async () => {
		const { page, context } = await open(state, COURSE + 'what-is-ai/', { javaScriptEnabled: false });
		expect(await page.getByText('Lesson 1 of 5').isVisible()).toBe(true);
		await page.getByRole('link', { name: 'Next lesson: The global landscape of AI governance' }).click();
		await page.waitForURL(/\/global-landscape\/$/);
		await context.close();
	});
});

describe('the course page', () => {
	it('starts at lesson 1, continues at the first unfinished lesson, and ends with the quiz', async () => {
		const { page, context } = await open(state, COURSE);
		const start = page.locator('a#course-start');
		await page.locator('course-progress[data-ready]').waitFor();
		expect(await start.innerText()).toBe('Start the course');
		expect(await start.getAttribute('href')).toBe('what-is-ai/');

		await complete(page, 'what-is-ai');
		await page.goto(state.site.url + COURSE);
		await expect.poll(() => start.innerText()).toBe('Continue: The global landscape of AI governance');
		expect(await start.getAttribute('href')).toBe('global-landscape/');

		for (const lesson of ['global-landscape', 'shared-principles', 'governance-toolbox', 'developing-country-context'])
			await complete(page, lesson);
		await page.goto(state.site.url + COURSE);
		await expect.poll(() => start.innerText()).toBe('Take the course quiz');
		expect(await start.getAttribute('href')).toBe('quiz/');
		await context.close();
	});

	it('without JavaScript, links to lesson 1', async () => {
		const { page, context } = await open(state, COURSE, { javaScriptEnabled: false });
		await page.getByRole('link', { name: 'Start the course' }).click();
		await page.waitForURL(/\/what-is-ai\/$/);
		await context.close();
	});
});

describe('the catalogue in a language that lacks a course', () => {
	it('says in that language that the course is in English for now, and marks the English text', async () => {
		// Portuguese has every course but the strategy course.
		const { page, context } = await open(state, 'pt/courses/');
		const cards = page.locator('.catalogue > li');
		const translated = cards.filter({ has: page.locator('a[href="foundations/"]') });
		const english = cards.filter({ has: page.locator('a[href="strategy/"]') });
		expect(await translated.locator('.in-english').count()).toBe(0);
		const note = english.locator('.in-english');
		expect(await note.innerText()).toBe('Ainda sem tradução: em inglês por agora');
		expect(await note.evaluate((e) => e.closest('[lang]')!.getAttribute('lang'))).toBe('pt');
		const title = english.getByRole('link');
		expect(await title.getAttribute('lang')).toBe('en');
		expect(await title.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));
		await context.close();
	});
});
