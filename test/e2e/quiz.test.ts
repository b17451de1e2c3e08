import { describe, expect, it } from 'vitest';
import { DESKTOP, open, useSite } from './harness';
import { answer, quizQuestions } from './quiz-helpers';
import { axeViolations } from './axe';

const state = useSite();
const QUIZ = 'en/courses/foundations/quiz/';
const FORM = 'quiz-foundations';
const questions = quizQuestions('en', 'foundations').filter((q) => !q.check);
const singles = questions.filter((q) => q.type === 'single');

describe('course quiz', () => {
	it('scores some wrong answers, gives each its feedback, keeps the attempt after a reload, and retakes', async () => {
		const { page, context } = await open(state, QUIZ, { viewport: DESKTOP });
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		// Two single-choice questions wrong, everything else right: (n - 2) / n.
		const wrong = new Set(singles.slice(0, 2).map((q) => q.id));
		for (const q of questions) await answer(page, FORM, q, !wrong.has(q.id));
		await page.getByRole('button', { name: 'Check my answers' }).click();

		const summary = page.locator(`#${FORM} .summary`);
		const expected = Math.round(((questions.length - 2) / questions.length) * 100);
		await expect.poll(() => summary.innerText()).toContain(`Your score: ${expected}%`);
		expect(await summary.innerText()).toContain(expected >= 70 ? 'Passed. The pass mark is 70%.' : 'Not passed yet');
		await expect.poll(() => summary.evaluate((s) => s === document.activeElement)).toBe(true);

		// The wrong answer's own feedback, and the missed correct one's.
		const first = singles[0]!;
		const fieldset = page.locator(`#${FORM}-${first.id}`);
		expect(await fieldset.getAttribute('data-result')).toBe('incorrect');
		const picked = first.options.find((o) => !o.correct)!;
		expect(await fieldset.locator('.result').innerText()).toContain(picked.feedback.trim().slice(0, 40));
		expect(await fieldset.locator('.result').innerText()).toContain(first.explanation.trim().slice(0, 40));
		expect(await page.locator(`#${FORM}-${singles[2]!.id}`).getAttribute('data-result')).toBe('correct');

		await page.reload();
		const history = page.locator('.quiz-history tbody tr');
		await expect.poll(() => history.count()).toBe(1);
		expect(await history.first().innerText()).toContain(`${expected}%`);

		// Retake: answers cleared, choices in a new order.
		for (const q of questions) await answer(page, FORM, q, true);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect.poll(() => summary.innerText()).toContain('Your score: 100%');
		const before = await page
			.locator(`#${FORM} fieldset`)
			.evaluateAll((f) => f.map((x) => x.querySelector('input, select')?.id));
		await page.getByRole('button', { name: 'Try again' }).click();
		expect(await page.locator(`#${FORM} input:checked`).count()).toBe(0);
		const after = await page
			.locator(`#${FORM} fieldset`)
			.evaluateAll((f) => f.map((x) => x.querySelector('input, select')?.id));
		expect(after).not.toEqual(before);
		await expect.poll(() => history.count()).toBe(2);
		expect(
			await page
				.locator(`#${FORM} select`)
				.first()
				.evaluate((s: HTMLSelectElement) => s.value),
		).toBe('');
		await context.close();
	});

	it('asks for every answer first, with a summary that links to each missing question', async () => {
		const { page, context } = await open(state, QUIZ);
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		await answer(page, FORM, questions[0]!);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		const errors = page.locator('.error-summary');
		await expect.poll(() => errors.evaluate((e) => e === document.activeElement)).toBe(true);
		expect(await errors.getByRole('link').count()).toBe(questions.length - 1);
		await errors.getByRole('link').first().click();
		expect(page.url()).toContain(`#${FORM}-${questions[1]!.id}`);
		await context.close();
	});

	it('can be answered by keyboard alone, ordering included', async () => {
		const { page, context } = await open(state, QUIZ, { viewport: DESKTOP });
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		const ordering = questions.find((q) => q.type === 'ordering')!;
		if (ordering.type !== 'ordering') throw new Error('no ordering question');
		for (const q of questions) if (q !== ordering) await answer(page, FORM, q);
		// Start at the ordering question's first list, then keys only: each list takes the item's place.
		const shown = await page.locator(`#${FORM}-${ordering.id} select`).evaluateAll((s) => s.map((x) => x.id));
		await page.locator(`#${shown[0]}`).focus();
		for (const [i, id] of shown.entries()) {
			const place = ordering.items.findIndex((item) => `${FORM}-${ordering.id}-${item.id}` === id) + 1;
			await page.keyboard.type(String(place));
			expect(await page.locator(`#${id}`).evaluate((s: HTMLSelectElement) => s.value)).toBe(String(place));
			if (i < shown.length - 1) await page.keyboard.press('Tab');
		}
		await page.locator(`#${FORM} button[type=submit]`).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator(`#${FORM}-${ordering.id}`).getAttribute('data-result')).toBe('correct');
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('reads without JavaScript: every question, with the answer and explanation on request', async () => {
		const { page, context } = await open(state, QUIZ, { javaScriptEnabled: false });
		expect(await page.locator(`#${FORM} fieldset`).count()).toBe(questions.length);
		expect(await page.getByRole('button', { name: 'Check my answers' }).count()).toBe(0);
		const reveal = page.locator(`#${FORM}-${singles[0]!.id} details`);
		expect(await reveal.locator('p').last().isVisible()).toBe(false);
		await reveal.locator('summary').click();
		expect(await reveal.innerText()).toContain(singles[0]!.options.find((o) => o.correct)!.text.slice(0, 30));
		await context.close();
	});
});

describe('lesson check', () => {
	const LESSON = 'en/courses/foundations/what-is-ai/';
	const checks = quizQuestions('en', 'foundations').filter((q) => q.check && q.lesson === 'what-is-ai');

	it('loads its code only when scrolled to, then checks and gives points', async () => {
		const { page, context } = await open(state, LESSON);
		await page.waitForLoadState('networkidle');
		const before = state.site.log.length;
		const block = page.locator('quiz-check');
		await block.scrollIntoViewIfNeeded();
		await block.locator('button[type=submit]').waitFor();
		expect(state.site.log.slice(before).some((e) => e.path.includes('hydrate'))).toBe(true);
		for (const q of checks) await answer(page, 'check-what-is-ai', q, q !== checks[0]);
		await block.getByRole('button', { name: 'Check my answers' }).click();
		await expect
			.poll(() => block.locator('.summary').innerText())
			.toContain(`Points: ${checks.length - 1} / ${checks.length}`);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('downloads no quiz code on a lesson’s first load', async () => {
		const { page, context } = await open(state, LESSON);
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await page.reload({ waitUntil: 'networkidle' });
		expect(scripts.filter((s) => /hydrate|preact|QuizForm/i.test(s))).toEqual([]);
		await context.close();
	});
});

describe('in Arabic', () => {
	it('runs the Arabic quiz right to left, with Arabic feedback and score', async () => {
		const arabic = quizQuestions('ar', 'foundations').filter((q) => !q.check);
		const { page, context } = await open(state, 'ar/courses/foundations/quiz/', { viewport: DESKTOP });
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(await page.locator('.fallback').count()).toBe(0);
		expect(await page.locator(`#${FORM} legend`).first().innerText()).toContain(arabic[0]!.prompt.slice(0, 20));
		expect(await page.locator(`#${FORM}`).evaluate((f) => getComputedStyle(f).direction)).toBe('rtl');
		for (const q of arabic) await answer(page, FORM, q, q !== arabic.find((x) => x.type === 'single'));
		await page.locator(`#${FORM} button[type=submit]`).click();
		const summary = page.locator(`#${FORM} .summary`);
		await expect.poll(() => summary.innerText()).not.toBe('');
		// The summary and the verdicts are in Arabic script, and the wrong answer shows its own feedback.
		expect(await summary.innerText()).toMatch(/[\u0600-\u06FF]/);
		const wrong = arabic.find((x) => x.type === 'single')!;
		if (wrong.type !== 'single') throw new Error('single expected');
		expect(await page.locator(`#${FORM}-${wrong.id} .result`).innerText()).toContain(
			wrong.options
				.find((o) => !o.correct)!
				.feedback.trim()
				.slice(0, 20),
		);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});
