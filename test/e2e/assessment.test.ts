import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { assessmentFile } from '../../src/schemas/assessment';
import { DESKTOP, open, useSite } from './harness';
import { axeViolations } from './axe';

const state = useSite();
const load = (locale: string, id: string) =>
	assessmentFile.parse(parse(readFileSync(`content/assessments/${locale}/${id}.yaml`, 'utf8')));
const risk = load('en', 'risk-check');
const readiness = load('en', 'readiness');
if (risk.scoring.type !== 'level' || readiness.scoring.type !== 'maturity') throw new Error('unexpected scoring types');
const riskScoring = risk.scoring;
const dimensions = readiness.scoring.dimensions;

/** Answers every question of the current screen with the choice `pick` gives, then goes on. */
async function answerScreen(page: Page, pick: (group: string, choices: number) => number) {
	const group = await page.locator('form.assessment h2').innerText();
	for (const fieldset of await page.locator('form.assessment fieldset').all()) {
		const radios = fieldset.locator('input[type=radio]');
		await radios.nth(pick(group, await radios.count())).check();
	}
	await page.locator('form.assessment button[type=submit]').click();
}

/** The answer stored on the device for a question, read straight from IndexedDB. */
function savedAnswer(page: Page, assessment: string, question: string) {
	return page.evaluate(
		([id, q]) =>
			new Promise<unknown>((resolve) => {
				const open = indexedDB.open('academy');
				open.onsuccess = () => {
					const get = open.result.transaction('assessments').objectStore('assessments').get(id!);
					get.onsuccess = () => {
						open.result.close();
						resolve(get.result?.answers?.[q!]);
					};
				};
			}),
		[assessment, question],
	);
}

describe('AI system risk check', () => {
	it('gives Level I when every answer is the least risky, and says how it was worked out', async () => {
		const { page, context } = await open(state, 'en/assess/risk-check/', { viewport: DESKTOP });
		await page.locator('form.assessment .step').waitFor();
		for (let i = 0; i < risk.groups.length; i++) await answerScreen(page, () => 0);
		const result = page.locator('.assessment-result');
		await expect.poll(() => result.locator('.level-label').innerText()).toBe(riskScoring.levels[0]!.label);
		expect(await result.innerText()).toContain('Impact: 0%');
		expect(await page.locator('details.method').innerText()).toContain('How the result is worked out');
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('applies the mitigation rule: most impact, fully mitigated, is reduced by the stated share', async () => {
		const { page, context } = await open(state, 'en/assess/risk-check/', { viewport: DESKTOP });
		await page.locator('form.assessment .step').waitFor();
		// The last choice is the most impact, and (in the mitigation group) the most mitigation.
		for (let i = 0; i < risk.groups.length; i++) await answerScreen(page, (_, n) => n - 1);
		const expected = 100 - riskScoring.mitigationReduction;
		const result = page.locator('.assessment-result');
		await expect.poll(() => result.innerText()).toContain(`Result after mitigation: ${expected}%`);
		const level = [...(risk.scoring.type === 'level' ? risk.scoring.levels : [])]
			.reverse()
			.find((l) => expected >= l.from)!;
		expect(await result.locator('.level-label').innerText()).toBe(level.label);
		await context.close();
	});

	it('saves answers as they are given and resumes on the same screen after a reload', async () => {
		const { page, context } = await open(state, 'en/assess/risk-check/');
		await page.locator('form.assessment .step').waitFor();
		await answerScreen(page, () => 1);
		await expect
			.poll(() => page.locator('form.assessment .step').innerText())
			.toContain(`Step 2 of ${risk.groups.length}`);
		const firstOfSecond = page.locator('form.assessment fieldset input[type=radio]').first();
		await firstOfSecond.check();
		await page.reload();
		await expect
			.poll(() => page.locator('form.assessment .step').innerText())
			.toContain(`Step 2 of ${risk.groups.length}`);
		expect(await page.locator('form.assessment fieldset input[type=radio]').first().isChecked()).toBe(true);
		await page.getByRole('button', { name: 'Previous' }).click();
		expect(await page.locator('form.assessment fieldset input:checked').count()).toBe(risk.groups[0]!.questions.length);
		await context.close();
	});

	it('keeps a choice made before the page became interactive, and after a reload', async () => {
		const context = await state.browser.newContext({ viewport: DESKTOP });
		const page = await context.newPage();
		// Hold the island's code, as a slow connection would, while the learner answers.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_astro\/Assessment\.[\w-]+\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(state.site.url + 'en/assess/risk-check/', { waitUntil: 'domcontentloaded' });
		const question = risk.groups[0]!.questions[0]!;
		const choice = question.choices![1]!;
		await page.locator(`#q-${question.id}-${choice.id}`).check();
		release();
		await page.locator('form.assessment .step').waitFor();
		expect(await page.locator(`#q-${question.id}-${choice.id}`).isChecked()).toBe(true);
		await expect.poll(() => page.locator('form.assessment input:checked').count()).toBe(1);
		// Saved on the device as soon as the page is interactive, so a reload keeps it.
		await expect.poll(() => savedAnswer(page, 'risk-check', question.id)).toBe(choice.id);
		await page.unroute(/\/_astro\/Assessment/);
		await page.reload();
		// The steps appear as soon as the script runs, before the saved answers are read: wait for them.
		await expect.poll(() => page.locator(`#q-${question.id}-${choice.id}`).isChecked()).toBe(true);
		await context.close();
	});

	it('lists what is unanswered before the result, leads back to each step, and marks a partial result', async () => {
		const { page, context } = await open(state, 'en/assess/risk-check/', { viewport: DESKTOP });
		await page.locator('form.assessment .step').waitFor();
		await answerScreen(page, () => 0);
		// Skip every other step without a word.
		for (let i = 1; i < risk.groups.length; i++) {
			await expect.poll(() => page.locator('form.assessment .step').innerText()).toContain(`Step ${i + 1} of`);
			await page.locator('form.assessment button[type=submit]').click();
		}
		const summary = page.locator('.assessment-missing');
		await expect.poll(() => summary.getByRole('heading').innerText()).toBe('Some questions are not answered');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('missing-heading');
		const missing = risk.groups.slice(1).reduce((n, g) => n + g.questions.length, 0);
		expect(await summary.innerText()).toContain(`Questions not answered: ${missing}.`);
		expect(await summary.innerText()).toContain(risk.groups[1]!.questions[0]!.text);
		const steps = summary.getByRole('button', { name: /^Step \d+:/ });
		expect(await steps.count()).toBe(risk.groups.length - 1);
		await summary.getByRole('button', { name: `Step 2: ${risk.groups[1]!.title}` }).click();
		await expect.poll(() => page.locator('form.assessment h2').innerText()).toBe(risk.groups[1]!.title);
		await answerScreen(page, () => 0);
		for (let i = 2; i < risk.groups.length; i++) await page.locator('form.assessment button[type=submit]').click();
		await summary.waitFor();
		expect(await steps.count()).toBe(risk.groups.length - 2);

		await summary.getByRole('button', { name: 'See a result based on partial answers' }).click();
		const result = page.locator('.assessment-result');
		await expect.poll(() => result.locator('.partial').innerText()).toContain('Partial result');
		expect(await result.locator('.level-label').count()).toBe(1);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('leads with the questions: the notice in one line, its full text behind a disclosure', async () => {
		const { page, context } = await open(state, 'en/assess/risk-check/');
		await page.locator('form.assessment .step').waitFor();
		const notice = page.locator('aside.assess-notice');
		expect(await notice.locator('strong').innerText()).toBe('A learning aid, not a legal determination.');
		expect((await notice.locator('strong').boundingBox())!.height).toBeLessThan(60);
		const full = notice.locator('details p');
		expect(await full.isVisible()).toBe(false);
		await notice.getByText('Read the full notice').click();
		expect(await full.innerText()).toBe(risk.notice);
		// On a phone, the first question starts within the first screen.
		await page.reload();
		await page.locator('form.assessment .step').waitFor();
		expect((await page.locator('form.assessment fieldset').first().boundingBox())!.y).toBeLessThan(800);
		await context.close();
	});

	it('lists every question without JavaScript', async () => {
		const { page, context } = await open(state, 'en/assess/risk-check/', { javaScriptEnabled: false });
		const count = risk.groups.reduce((n, g) => n + g.questions.length, 0);
		expect(await page.locator('form.assessment fieldset').count()).toBe(count);
		expect(await page.locator('aside').textContent()).toContain(risk.notice.slice(0, 40));
		await context.close();
	});
});

describe('institutional readiness', () => {
	it('shows each dimension weakest first, in a chart and a table with advice, and lists it in My learning', async () => {
		const { page, context } = await open(state, 'en/assess/readiness/', { viewport: DESKTOP });
		await page.locator('form.assessment .step').waitFor();
		// The first dimension rated 0 everywhere, the others 4: it comes first, with its "low" advice.
		for (let i = 0; i < readiness.groups.length; i++) await answerScreen(page, (_, n) => (i === 0 ? 0 : n - 1));
		const rows = page.locator('.maturity-result tbody tr');
		await expect.poll(() => rows.count()).toBe(readiness.groups.length);
		const first = dimensions.find((d) => d.id === readiness.groups[0]!.questions[0]!.dimension);
		expect(await rows.first().locator('th').innerText()).toBe(first!.label);
		expect(await rows.first().innerText()).toContain(first!.advice.low.slice(0, 40));
		expect(await page.locator('svg.maturity-chart').getAttribute('role')).toBe('img');
		expect(await axeViolations(page)).toEqual([]);

		await page.goto(state.site.url + 'en/my/');
		await expect
			.poll(() => page.locator('.results').allInnerTexts())
			.toContainEqual(expect.stringContaining(readiness.title));
		await context.close();
	});
});

describe('in Arabic', () => {
	it('runs the Arabic risk check right to left, resumes it, and gives the Arabic level', async () => {
		const arabic = load('ar', 'risk-check');
		if (arabic.scoring.type !== 'level') throw new Error('level scoring expected');
		const { page, context } = await open(state, 'ar/assess/risk-check/', { viewport: DESKTOP });
		await page.locator('form.assessment .step').waitFor();
		expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(await page.locator('.fallback').count()).toBe(0);
		expect(await page.locator('form.assessment h2').innerText()).toBe(arabic.groups[0]!.title);
		await answerScreen(page, () => 0);
		await page.reload();
		await expect.poll(() => page.locator('form.assessment h2').innerText()).toBe(arabic.groups[1]!.title);
		for (let i = 1; i < arabic.groups.length; i++) await answerScreen(page, () => 0);
		await expect.poll(() => page.locator('.level-label').innerText()).toBe(arabic.scoring.levels[0]!.label);
		const box = await page.locator('.assessment-result').boundingBox();
		const heading = await page.locator('#result-heading').boundingBox();
		// Right to left: the heading starts at the right edge of the result.
		expect(Math.abs(box!.x + box!.width - (heading!.x + heading!.width))).toBeLessThan(4);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});
