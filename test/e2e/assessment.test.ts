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

	it('lists every question without JavaScript', async () => {
		const { page, context } = await open(state, 'en/assess/risk-check/', { javaScriptEnabled: false });
		const count = risk.groups.reduce((n, g) => n + g.questions.length, 0);
		expect(await page.locator('form.assessment fieldset').count()).toBe(count);
		expect(await page.locator('aside').innerText()).toContain(risk.notice.slice(0, 40));
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
