import { describe, expect, it } from 'vitest';
import { DESKTOP, open, useSite } from './harness';
import type { Page } from 'playwright-core';
import { answer, quizQuestions, shownOrder } from './quiz-helpers';
import type { Question } from '../../src/schemas/quiz';
import { axeViolations } from './axe';

const state = useSite();
/** Reloads and storage on a busy two-core machine can take a few seconds. */
const WAIT = { timeout: 10_000 };
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
		expect(await page.locator(`#${FORM} .question-number`).nth(2).innerText()).toBe(
			`Question 3 of ${questions.length}`,
		);
		for (const q of questions.slice(0, 5)) await answer(page, FORM, q, !wrong.has(q.id));
		expect(await page.locator(`#${FORM} .answered`).innerText()).toBe(`5 of ${questions.length} answered`);
		for (const q of questions.slice(5)) await answer(page, FORM, q, !wrong.has(q.id));
		await page.getByRole('button', { name: 'Check my answers' }).click();

		const summary = page.locator(`#${FORM} .summary`);
		const expected = Math.round(((questions.length - 2) / questions.length) * 100);
		await expect.poll(() => summary.innerText(), WAIT).toContain(`Your score: ${expected}%`);
		expect(await summary.innerText()).toContain(expected >= 70 ? 'Passed. The pass mark is 70%.' : 'Not passed yet');
		await expect.poll(() => summary.evaluate((s) => s === document.activeElement), WAIT).toBe(true);
		// The result is at the top, above the first question, with a link to each wrong answer.
		const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y;
		expect(await top(`#${FORM} .summary`)).toBeLessThan(await top(`#${FORM} fieldset`));
		const links = summary.getByRole('link');
		expect(await links.allInnerTexts()).toEqual(
			questions.map((q, i) => (wrong.has(q.id) ? `Question ${i + 1}: Not correct` : '')).filter(Boolean),
		);
		await links.first().click();
		expect(page.url()).toContain(`#${FORM}-${singles[0]!.id}`);

		// The wrong answer's own feedback, and the missed correct one's.
		const first = singles[0]!;
		const fieldset = page.locator(`#${FORM}-${first.id}`);
		expect(await fieldset.getAttribute('data-result')).toBe('incorrect');
		const picked = first.options.find((o) => !o.correct)!;
		expect(await fieldset.locator('.result').innerText()).toContain(picked.feedback.trim().slice(0, 40));
		expect(await fieldset.locator('.result').innerText()).toContain(first.explanation.trim().slice(0, 40));
		expect(await page.locator(`#${FORM}-${singles[2]!.id}`).getAttribute('data-result')).toBe('correct');

		await page.reload();
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		const history = page.locator('.quiz-history tbody tr');
		await expect.poll(() => history.count(), WAIT).toBe(1);
		expect(await history.first().innerText()).toContain(`${expected}%`);

		// Retake: answers cleared, choices in a new order.
		for (const q of questions) await answer(page, FORM, q, true);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect.poll(() => summary.innerText(), WAIT).toContain('Your score: 100%');
		const before = await page
			.locator(`#${FORM} fieldset`)
			.evaluateAll((f) => f.map((x) => x.querySelector('input, select')?.id));
		await page.getByRole('button', { name: 'Try again' }).click();
		expect(await page.locator(`#${FORM} input:checked`).count()).toBe(0);
		const after = await page
			.locator(`#${FORM} fieldset`)
			.evaluateAll((f) => f.map((x) => x.querySelector('input, select')?.id));
		expect(after).not.toEqual(before);
		await expect.poll(() => history.count(), WAIT).toBe(2);
		expect(
			await page
				.locator(`#${FORM} select`)
				.first()
				.evaluate((s: HTMLSelectElement) => s.value),
		).toBe('');
		await context.close();
	});

	it('words the feedback for each type of question: your answer, the right one, your order and matches', async () => {
		const { page, context } = await open(state, QUIZ, { viewport: DESKTOP });
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		const pick = <T extends Question['type']>(type: T) =>
			questions.find((q) => q.type === type) as Extract<Question, { type: T }>;
		const single = pick('single');
		const trueFalse = pick('true-false');
		const multiple = pick('multiple');
		const ordering = pick('ordering');
		const matching = pick('matching');
		const field = (q: Question, id: string) => page.locator(`#${FORM}-${q.id}-${id}`);
		for (const q of questions)
			if (![single, trueFalse, multiple, ordering, matching].includes(q)) await answer(page, FORM, q);
		await answer(page, FORM, single, false);
		await answer(page, FORM, trueFalse, false);
		const wrongOption = multiple.options.find((o) => !o.correct)!;
		const [firstRight, ...otherRight] = multiple.options.filter((o) => o.correct);
		await field(multiple, wrongOption.id).check();
		for (const o of otherRight) await field(multiple, o.id).check();
		const n = ordering.items.length;
		for (const [i, item] of ordering.items.entries()) await field(ordering, item.id).selectOption(String(n - i));
		for (const [i, p] of matching.pairs.entries())
			await field(matching, p.id).selectOption(matching.pairs[(i + 1) % matching.pairs.length]!.id);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await page.locator(`#${FORM} .summary .score`).waitFor();

		const result = (q: Question) => page.locator(`#${FORM}-${q.id} .result`).innerText();
		const start = (s: string) => s.trim().replace(/\s+/g, ' ').slice(0, 30);
		const wrongPick = single.options.find((o) => !o.correct)!;
		const rightPick = single.options.find((o) => o.correct)!;
		expect(await result(single)).toContain(`Your answer: ${start(wrongPick.text)}`);
		expect(await result(single)).toContain(`The right answer: ${start(rightPick.text)}`);
		expect(await result(single)).not.toContain('Also correct');
		const label = (v: boolean) => (v ? 'True' : 'False');
		expect(await result(trueFalse)).toContain(`Your answer: ${label(!trueFalse.answer)}`);
		expect(await result(trueFalse)).toContain(`The right answer: ${label(trueFalse.answer)}`);
		expect(await result(multiple)).toContain(`You chose this, but it is not right: ${start(wrongOption.text)}`);
		expect(await result(multiple)).toContain(`A right answer you did not choose: ${start(firstRight!.text)}`);
		for (const o of otherRight)
			expect(await result(multiple)).toContain(`You chose this, and it is right: ${start(o.text)}`);
		expect(await result(ordering)).toContain('Your order:');
		expect(await result(ordering)).toContain(`${start(ordering.items[0]!.text)}`);
		expect(await result(ordering)).toContain(`(its right place is 1)`);
		const [p0, p1] = matching.pairs;
		expect(await result(matching)).toContain('Your matches:');
		expect(await result(matching)).toContain(
			`${p0!.prompt.trim()}: ${p1!.match.trim()} (the right match is ${p0!.match.trim()})`,
		);
		await context.close();
	});

	it('shows choices mixed from the first view: never the right answer first, the same without JavaScript and after it runs', async () => {
		const off = await open(state, QUIZ, { javaScriptEnabled: false });
		const withoutScript = await shownOrder(off.page, FORM);
		await off.context.close();
		const { page, context } = await open(state, QUIZ);
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		expect(await shownOrder(page, FORM)).toEqual(withoutScript);
		for (const q of questions) {
			if (q.type !== 'single' && q.type !== 'multiple') continue;
			const first = await page.locator(`#${FORM}-${q.id} input`).first().getAttribute('value');
			if (q.options.some((o) => !o.correct)) expect(q.options.find((o) => o.id === first)!.correct, q.id).toBe(false);
		}
		await context.close();
	});

	it('asks for every answer first, with a summary that links to each missing question', async () => {
		const { page, context } = await open(state, QUIZ);
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		await answer(page, FORM, questions[0]!);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		const errors = page.locator('.error-summary');
		await expect.poll(() => errors.evaluate((e) => e === document.activeElement), WAIT).toBe(true);
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
		await expect.poll(() => page.locator(`#${FORM}-${ordering.id}`).getAttribute('data-result'), WAIT).toBe('correct');
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('numbers questions on a quiz shown in English fallback, and the error list says which question', async () => {
		const risk = quizQuestions('en', 'risk').filter((q) => !q.check);
		// Swahili shows this course's quiz in English.
		const { page, context } = await open(state, 'sw/courses/risk/quiz/');
		await page.locator('#quiz-risk button[type=submit]').waitFor();
		expect(await page.locator('#quiz-risk .question-number').first().innerText()).toBe(`Question 1 of ${risk.length}`);
		await page.locator('#quiz-risk button[type=submit]').click();
		const errors = await page.locator('.error-summary a').allInnerTexts();
		expect(errors).toHaveLength(risk.length);
		expect(errors.slice(0, 2)).toEqual(['Answer question 1', 'Answer question 2']);
		await context.close();
	});

	it('reads without JavaScript: every question, with the answer and explanation on request', async () => {
		const { page, context } = await open(state, QUIZ, { javaScriptEnabled: false });
		// It says what needs JavaScript, in the page's language, also where the quiz is in English.
		expect(await page.locator('.quiz-noscript').innerText()).toContain('Checking your answers needs JavaScript');
		await page.goto(state.site.url + 'es/courses/foundations/quiz/');
		expect(await page.locator('.quiz-noscript').innerText()).toContain(
			'Para comprobar las respuestas se necesita JavaScript',
		);
		await page.goto(state.site.url + 'en/courses/foundations/what-is-ai/');
		expect(await page.locator('quiz-check .quiz-noscript').isVisible()).toBe(true);
		await page.goto(state.site.url + QUIZ);
		expect(await page.locator(`#${FORM} fieldset`).count()).toBe(questions.length);
		expect(await page.getByRole('button', { name: 'Check my answers' }).count()).toBe(0);
		const reveal = page.locator(`#${FORM}-${singles[0]!.id} details`);
		expect(await reveal.locator('p').last().isVisible()).toBe(false);
		await reveal.locator('summary').click();
		expect(await reveal.innerText()).toContain(singles[0]!.options.find((o) => o.correct)!.text.slice(0, 30));
		await context.close();
	});
});

/**
 * By keyboard alone on the first ordering question: giving an item a place another holds swaps them and
 * says so; arrowing a list through the taken places leaves the other items where they were.
 */
async function orderingByKeyboard(page: Page, qs: Question[], moved: (item: string, place: number) => string) {
	const ordering = qs.find((q) => q.type === 'ordering')!;
	if (ordering.type !== 'ordering') throw new Error('no ordering question');
	const lists = await page.locator(`#${FORM}-${ordering.id} select`).evaluateAll((s) => s.map((x) => x.id));
	const value = (i: number) => page.locator(`#${lists[i]}`).evaluate((s: HTMLSelectElement) => s.value);
	const text = (i: number) => ordering.items.find((item) => lists[i] === `${FORM}-${ordering.id}-${item.id}`)!.text;
	await page.locator(`#${lists[0]}`).focus();
	await page.keyboard.press('ArrowDown');
	expect(await value(0)).toBe('1');
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowDown');
	expect([await value(0), await value(1)]).toEqual(['2', '1']);
	await expect.poll(() => page.locator(`#${FORM} [aria-live=polite]`).innerText(), WAIT).toBe(moved(text(0).trim(), 2));
	await page.keyboard.press('Tab');
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
	expect([await value(0), await value(1), await value(2)]).toEqual(['2', '1', '3']);
	return ordering;
}

describe('ordering questions', () => {
	it('swap two items instead of clearing one, say so, and work by keyboard alone', async () => {
		const { page, context } = await open(state, QUIZ, { viewport: DESKTOP });
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		await orderingByKeyboard(page, questions, (item, place) => `“${item}” moved to place ${place}.`);
		await context.close();
	});

	it('do the same in Arabic, right to left, with Arabic numbers', async () => {
		const arabic = quizQuestions('ar', 'foundations').filter((q) => !q.check);
		const { page, context } = await open(state, 'ar/courses/foundations/quiz/', { viewport: DESKTOP });
		await page.locator(`#${FORM} button[type=submit]`).waitFor();
		const two = new Intl.NumberFormat('ar').format(2);
		const ordering = await orderingByKeyboard(page, arabic, (item) => `نُقل «${item}» إلى الموضع ${two}.`);
		expect(await page.locator(`#${FORM}-${ordering.id} select option`).nth(1).innerText()).toBe(
			new Intl.NumberFormat('ar').format(1),
		);
		expect(await page.locator(`#${FORM} .question-number`).first().innerText()).toBe(
			`السؤال ${new Intl.NumberFormat('ar').format(1)} من ${new Intl.NumberFormat('ar').format(arabic.length)}`,
		);
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
			.poll(() => block.locator('.summary').innerText(), WAIT)
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
		await expect.poll(() => summary.innerText(), WAIT).not.toBe('');
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
