import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from './axe';
import { DESKTOP, locales, open, PHONE, useSite } from './harness';

const state = useSite();

// One page of each type: home, content page, glossary, catalogue, course page, lesson,
// the course quiz, the self-assessments, My learning, the trainer and assignment pages (islands
// checked once rendered).
const pageTypes = [
	'',
	'about/',
	'glossary/',
	'courses/',
	'courses/foundations/',
	'courses/foundations/what-is-ai/',
	'courses/foundations/quiz/',
	'assess/',
	'assess/risk-check/',
	'templates/',
	'templates/impact-assessment/',
	'my/',
	'trainer/',
	'assignment/',
];
const ready: Record<string, string> = {
	'my/': '.my-learning [data-persistence]',
	'courses/foundations/quiz/': 'form.quiz button[type=submit]',
	'assess/risk-check/': 'form.assessment .step',
	'templates/impact-assessment/': '.template-form[data-ready]',
	'trainer/': '.trainer[data-ready]',
	'assignment/': '.assignment-page[data-ready]',
};

describe.each([
	['phone', PHONE],
	['desktop', DESKTOP],
] as const)('axe at %s width', (_, viewport) => {
	describe.each(locales)('$label', ({ code }) => {
		// One context for the language, page after page: what axe checks does not depend on a fresh
		// profile, and a new context per page (each installing the worker) made this file the slowest.
		let page: Page;
		beforeAll(async () => {
			const context = await state.browser.newContext({ viewport, serviceWorkers: 'block' });
			page = await context.newPage();
		});
		afterAll(() => page.context().close());

		it.each(pageTypes)(`/${code}/%s has no WCAG 2.2 A/AA violation`, async (path) => {
			await page.goto(state.site.url + `${code}/${path}`);
			if (ready[path]) await page.locator(ready[path]).waitFor();
			expect(await axeViolations(page)).toEqual([]);
		});
	});

	it.each(['', '?choose', 'en/no-such-page/', 'ar/no-such-page/'])(
		'/%s (chooser and not-found pages) has none either',
		async (path) => {
			const { page, context } = await open(state, path, { viewport, locale: 'fr-FR' });
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		},
	);
});

describe('axe with the learner’s records on screen', () => {
	it.each(['en', 'ar'])('/%s/ course page, lesson end and My learning after completing a lesson', async (code) => {
		const { page, context } = await open(state, `${code}/courses/foundations/what-is-ai/`, { viewport: DESKTOP });
		await page.locator('lesson-progress button[data-complete]').click();
		await page.locator('lesson-progress[data-completed]').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(state.site.url + `${code}/courses/foundations/`);
		await page.locator('course-progress[data-ready]').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await page.goto(state.site.url + `${code}/my/`);
		await page.locator('.my-learning [data-persistence]').waitFor();
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});

describe('axe in the dark theme', () => {
	it.each(['en/courses/foundations/what-is-ai/', 'ar/about/', 'ar/my/', '?choose'])(
		'/%s has no violation',
		async (path) => {
			const { page, context } = await open(state, path, { viewport: DESKTOP, colorScheme: 'dark' });
			if (path.endsWith('my/')) await page.locator('.my-learning [data-persistence]').waitFor();
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		},
	);
});
