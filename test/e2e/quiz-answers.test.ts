import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, open, useSite } from './harness';
import { answer, quizQuestions, savedAnswers, shownOrder } from './quiz-helpers';

const state = useSite();
/** Reloads and storage on a busy two-core machine can take a few seconds. */
const WAIT = { timeout: 10_000 };
const QUIZ = 'en/courses/foundations/quiz/';
const FORM = 'quiz-foundations';
const questions = quizQuestions('en', 'foundations').filter((q) => !q.check);
const checked = (page: Page) => page.locator(`#${FORM} input:checked`).evaluateAll((i) => i.map((x) => x.id).sort());
const answered = (page: Page) => page.locator(`#${FORM} .answered`).innerText();

describe('answers in progress', () => {
	it('come back after a reload, are gone once checked, and a retake keeps its order through a reload', async () => {
		const { page, context } = await open(state, QUIZ, { viewport: DESKTOP });
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		const three = questions.filter((q) => q.type === 'single' || q.type === 'true-false').slice(0, 3);
		for (const q of three) await answer(page, FORM, q);
		expect(await answered(page)).toBe(`3 of ${questions.length} answered`);
		const given = await checked(page);
		expect(given).toHaveLength(3);
		await expect
			.poll(async () => Object.keys((await savedAnswers(page, 'quiz/foundations'))?.answers ?? {}).length, WAIT)
			.toBe(3);

		await page.reload();
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		await expect.poll(() => checked(page), WAIT).toEqual(given);
		expect(await answered(page)).toBe(`3 of ${questions.length} answered`);

		for (const q of questions) await answer(page, FORM, q);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect.poll(() => page.locator(`#${FORM} .summary`).innerText(), WAIT).toContain('Your score: 100%');
		await expect.poll(() => savedAnswers(page, 'quiz/foundations'), WAIT).toBeUndefined();
		await page.reload();
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		expect(await checked(page)).toEqual([]);
		expect(await answered(page)).toBe(`0 of ${questions.length} answered`);

		// A retake shows a new order; a reload shows that order again, not the first one.
		const first = await shownOrder(page, FORM);
		for (const q of questions) await answer(page, FORM, q);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await page.getByRole('button', { name: 'Try again' }).click();
		const retake = await shownOrder(page, FORM);
		expect(retake).not.toEqual(first);
		await expect.poll(async () => (await savedAnswers(page, 'quiz/foundations'))?.seed ?? 0, WAIT).toBeGreaterThan(0);
		await page.reload();
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		await expect.poll(() => shownOrder(page, FORM), WAIT).toEqual(retake);
		await context.close();
	});

	it('keeps what was chosen before the quiz code arrived, on a course quiz and in a lesson check', async () => {
		const context = await state.browser.newContext({ viewport: DESKTOP });
		const page = await context.newPage();
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		// The island's code is held back, as on a slow connection, while the learner answers.
		await page.route(/\/_astro\/(CourseQuiz|hydrate)\.[^/]*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(state.site.url + QUIZ, { waitUntil: 'domcontentloaded' });
		const single = questions.find((q) => q.type === 'single')!;
		await answer(page, FORM, single);
		const given = await checked(page);
		expect(await page.locator(`#${FORM} button[type=submit]`).count()).toBe(0);
		release();
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		expect(await checked(page)).toEqual(given);
		expect(await answered(page)).toBe(`1 of ${questions.length} answered`);
		await expect
			.poll(async () => (await savedAnswers(page, 'quiz/foundations'))?.answers[single.id], WAIT)
			.toBeDefined();

		// A lesson check: a tap on an answer starts loading its code; the answer stays.
		const checks = quizQuestions('en', 'foundations').filter((q) => q.check && q.lesson === 'what-is-ai');
		const FORM_CHECK = 'check-what-is-ai';
		let releaseCheck!: () => void;
		const heldCheck = new Promise<void>((resolve) => (releaseCheck = resolve));
		await page.unroute(/\/_astro\/(CourseQuiz|hydrate)\.[^/]*\.js$/);
		await page.route(/\/_astro\/hydrate\.[^/]*\.js$/, async (route) => {
			await heldCheck;
			await route.continue();
		});
		await page.goto(state.site.url + 'en/courses/foundations/what-is-ai/');
		const q = checks.find((x) => x.type === 'single' || x.type === 'true-false')!;
		await answer(page, FORM_CHECK, q);
		const before = await page.locator(`#${FORM_CHECK} input:checked`).evaluateAll((i) => i.map((x) => x.id));
		expect(before).toHaveLength(1);
		releaseCheck();
		await page.locator(`#${FORM_CHECK} button[type=submit]`).waitFor();
		expect(await page.locator(`#${FORM_CHECK} input:checked`).evaluateAll((i) => i.map((x) => x.id))).toEqual(before);
		await expect
			.poll(async () => Object.keys((await savedAnswers(page, 'check/foundations/what-is-ai'))?.answers ?? {}), WAIT)
			.toEqual([q.id]);

		// And it is back after a reload, until the check is done.
		await page.reload();
		await page.locator('quiz-check').scrollIntoViewIfNeeded();
		await page.locator(`#${FORM_CHECK} button[type=submit]`).waitFor();
		await expect
			.poll(() => page.locator(`#${FORM_CHECK} input:checked`).evaluateAll((i) => i.map((x) => x.id)), WAIT)
			.toEqual(before);
		for (const c of checks) await answer(page, FORM_CHECK, c);
		await page.locator(`#${FORM_CHECK} button[type=submit]`).click();
		await expect.poll(() => savedAnswers(page, 'check/foundations/what-is-ai'), WAIT).toBeUndefined();
		await context.close();
	});
});
