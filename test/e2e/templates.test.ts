import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { DESKTOP, open, useSite } from './harness';
import { axeViolations } from './axe';

const state = useSite();
const dir = mkdtempSync(join(tmpdir(), 'academy-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGE = 'en/templates/dpia/';

/** Fills every required field of the form with something valid for its type. */
async function fillRequired(page: Page) {
	for (const field of await page.locator('.template-form [data-required]').all()) {
		const type = await field.getAttribute('data-type');
		if (type === 'choice') await field.locator('input[type=radio]').first().check();
		else if (type === 'multi') await field.locator('input[type=checkbox]').first().check();
		else if (type === 'date') await field.locator('input[type=date]').fill('2026-12-01');
		else if (type === 'number') await field.locator('input').first().fill('12');
		else if (type === 'table') {
			await field.getByRole('button', { name: 'Add a row' }).click();
			for (const cell of await field.locator('.row input').all()) await cell.fill('A risk');
		} else await field.locator('input, textarea').first().fill('An answer');
	}
}

async function downloadOf(page: Page, button: string) {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button }).click(),
	]);
	const path = join(dir, download.suggestedFilename());
	await download.saveAs(path);
	return { path, name: download.suggestedFilename() };
}

describe('a policy template', () => {
	it('saves as the learner types, comes back after a reload, and keeps several named drafts', async () => {
		const { page, context } = await open(state, PAGE);
		await page.locator('.template-form[data-ready]').waitFor();
		const first = page.locator('.template-form textarea').first();
		await first.fill('Checks benefit claims for errors.');
		await expect.poll(() => page.locator('.save-status').innerText()).toBe('Saved on this device');
		await page.getByLabel('Name of this draft').fill('Health ministry chatbot');
		await page.waitForTimeout(900);
		await page.reload();
		await expect
			.poll(() => page.locator('.template-form textarea').first().inputValue())
			.toBe('Checks benefit claims for errors.');
		expect(await page.getByLabel('Name of this draft').inputValue()).toBe('Health ministry chatbot');

		await page.getByRole('button', { name: 'Start a new draft' }).click();
		expect(await page.locator('.template-form textarea').first().inputValue()).toBe('');
		await page.locator('.template-form textarea').first().fill('Second one');
		await page.waitForTimeout(900);
		expect(await page.locator('#draft-select option').count()).toBe(2);
		await page.goto(state.site.url + 'en/my/');
		await expect.poll(() => page.locator('#my-drafts + ul li').count()).toBe(2);
		await context.close();
	});

	it('shows an error summary that takes focus and links to each field, and counts characters', async () => {
		const { page, context } = await open(state, PAGE, { viewport: DESKTOP });
		await page.locator('.template-form[data-ready]').waitFor();
		await page.getByRole('button', { name: 'Download as Markdown (.md)' }).click();
		const summary = page.locator('.error-summary');
		await expect.poll(() => summary.evaluate((s) => s === document.activeElement)).toBe(true);
		const links = summary.getByRole('link');
		expect(await links.count()).toBeGreaterThan(3);
		const target = await links.first().getAttribute('href');
		await links.first().click();
		expect(page.url()).toContain(target!);
		const text = page.locator('.template-form textarea').first();
		const count = text.locator('xpath=following-sibling::p[contains(@class,"count")]');
		await text.fill('a');
		expect(await count.innerText()).toMatch(/^You have [\d,]+ characters remaining$/);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('exports Word, Markdown and JSON, imports the JSON on a fresh profile, and refuses a wrong file', async () => {
		const { page, context } = await open(state, PAGE, { viewport: DESKTOP, acceptDownloads: true });
		await page.locator('.template-form[data-ready]').waitFor();
		await fillRequired(page);
		await page.locator('.template-form textarea').first().fill('Une évaluation <b>sans</b> balises');
		await page.waitForTimeout(800);

		const word = await downloadOf(page, 'Download as Word (.docx)');
		expect(word.name).toMatch(/\.docx$/);
		const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(word.path)))['word/document.xml']!);
		expect(xml).toContain('Une évaluation &lt;b&gt;sans&lt;/b&gt; balises');
		const md = await downloadOf(page, 'Download as Markdown (.md)');
		expect(readFileSync(md.path, 'utf8')).toContain('Une évaluation \\<b\\>sans\\</b\\> balises');
		const json = await downloadOf(page, 'Download to open on another device (.json)');
		await context.close();

		const fresh = await open(state, PAGE, { viewport: DESKTOP });
		await fresh.page.locator('.template-form[data-ready]').waitFor();
		await fresh.page.getByLabel('Open a draft from a file (.json)').setInputFiles(json.path);
		await expect
			.poll(() => fresh.page.locator('.exports .academy-message').innerText())
			.toMatch(/^Opened as a new draft/);
		expect(await fresh.page.locator('.template-form textarea').first().inputValue()).toBe(
			'Une évaluation <b>sans</b> balises',
		);

		const wrong = join(dir, 'other.json');
		writeFileSync(
			wrong,
			readFileSync(json.path, 'utf8').replace('"template": "dpia"', '"template": "incident-report"'),
		);
		await fresh.page.getByLabel('Open a draft from a file (.json)').setInputFiles(wrong);
		await expect
			.poll(() => fresh.page.getByRole('alert').innerText())
			.toMatch(/another template \(incident-report\).*Nothing was changed\./);
		expect(await fresh.page.locator('.template-form textarea').first().inputValue()).toBe(
			'Une évaluation <b>sans</b> balises',
		);
		await fresh.context.close();
	});

	it('can be filled in and exported by keyboard alone', async () => {
		const { page, context } = await open(state, PAGE, { acceptDownloads: true });
		await page.locator('.template-form[data-ready]').waitFor();
		await page.getByLabel('Name of this draft').focus();
		await page.keyboard.press('Tab'); // the first field of the form
		await page.keyboard.type('Typed with the keyboard');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
			'Typed with the keyboard',
		);
		await page.getByRole('button', { name: 'Download to open on another device (.json)' }).focus();
		const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		const file = join(dir, 'keyboard.json');
		await download.saveAs(file);
		expect(readFileSync(file, 'utf8')).toContain('Typed with the keyboard');
		await page.getByRole('button', { name: 'Download as Markdown (.md)' }).focus();
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.classList.contains('error-summary')))
			.toBe(true);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toMatch(/^#field-/);
		await context.close();
	});

	it('prints only the document', async () => {
		const { page, context } = await open(state, PAGE);
		await page.locator('.template-form[data-ready]').waitFor();
		await page.locator('.template-form textarea').first().fill('Printed answer');
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.print-document').isVisible()).toBe(true);
		expect(await page.locator('.print-document').innerText()).toContain('Printed answer');
		expect(await page.locator('header.header').evaluate((h) => getComputedStyle(h).visibility)).toBe('hidden');
		await context.close();
	});

	it('keeps working offline, Word export included, after one visit online', async () => {
		const context = await state.browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(state.site.url + PAGE);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
		await page.reload({ waitUntil: 'networkidle' });
		await page.waitForTimeout(1500);
		await context.setOffline(true);
		await page.reload();
		await page.locator('.template-form[data-ready]').waitFor();
		await fillRequired(page);
		await page.locator('.template-form textarea').first().fill('Written offline');
		await expect.poll(() => page.locator('.save-status').innerText()).toBe('Saved on this device');
		const word = await downloadOf(page, 'Download as Word (.docx)');
		expect(strFromU8(unzipSync(new Uint8Array(readFileSync(word.path)))['word/document.xml']!)).toContain(
			'Written offline',
		);
		await context.setOffline(false);
		await page.reload();
		await expect.poll(() => page.locator('.template-form textarea').first().inputValue()).toBe('Written offline');
		await context.close();
	});
});
