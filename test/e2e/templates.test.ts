import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';
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
		await expect.poll(() => page.locator('.save-status').innerText()).toBe('Saved on this device');
		await page.reload();
		await page.locator('.template-form[data-ready]').waitFor();
		await expect
			.poll(() => page.locator('.template-form textarea').first().inputValue())
			.toBe('Checks benefit claims for errors.');
		expect(await page.getByLabel('Name of this draft').inputValue()).toBe('Health ministry chatbot');

		await page.getByRole('button', { name: 'Start a new draft' }).click();
		expect(await page.locator('.template-form textarea').first().inputValue()).toBe('');
		await page.locator('.template-form textarea').first().fill('Second one');
		await expect.poll(() => page.locator('#draft-select option').count()).toBe(2);
		await page.goto(state.site.url + 'en/my/');
		await expect.poll(() => page.locator('#my-drafts + ul li').count()).toBe(2);
		await context.close();
	});

	it('marks required fields, lists what is missing with a link to each, and counts characters', async () => {
		const { page, context } = await open(state, PAGE, { viewport: DESKTOP });
		await page.locator('.template-form[data-ready]').waitFor();
		const required = page.locator('.template-form [data-required]');
		const total = await required.count();
		expect(total).toBe(26);
		// Marked for the eye, and for assistive technology.
		const first = required.first();
		expect(await first.locator('label').innerText()).toMatch(/\(required\)$/);
		expect(await first.locator('input, textarea').first().getAttribute('aria-required')).toBe('true');
		expect(await first.locator('input, textarea').first().getAttribute('required')).not.toBeNull();
		expect(await page.locator('.required-note').innerText()).toContain('Fields marked (required) must be answered');
		expect(await page.locator('[data-type=choice][data-required]').first().getAttribute('aria-required')).toBe('true');

		const checklist = page.locator('.checklist');
		expect(await checklist.getByRole('heading').innerText()).toBe('Before the document is final');
		expect(await checklist.innerText()).toContain(`Still to complete or correct: ${total}`);
		const links = checklist.getByRole('link');
		expect(await links.count()).toBe(total);
		const target = await links.first().getAttribute('href');
		await links.first().click();
		expect(page.url()).toContain(target!);
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target!.slice(1));

		const text = page.locator('.template-form textarea').first();
		const count = text.locator('xpath=following-sibling::p[contains(@class,"count")]');
		await text.fill('a');
		expect(await count.innerText()).toMatch(/^You have [\d,]+ characters remaining$/);
		await expect.poll(() => checklist.getByRole('link').count()).toBe(total - 1);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('exports and prints an empty template, every answer marked as to be completed', async () => {
		const { page, context } = await open(state, PAGE, { viewport: DESKTOP, acceptDownloads: true });
		await page.locator('.template-form[data-ready]').waitFor();
		const word = await downloadOf(page, 'Download as Word (.docx)');
		const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(word.path)))['word/document.xml']!);
		expect(xml).toContain('Name of the AI system and the project');
		expect(xml).toContain('>To be completed<');
		const md = readFileSync((await downloadOf(page, 'Download as Markdown (.md)')).path, 'utf8');
		expect(md).toContain('### Name of the AI system and the project\n\n_To be completed_\n');
		const json = JSON.parse(
			readFileSync((await downloadOf(page, 'Download to open on another device (.json)')).path, 'utf8'),
		);
		expect(json.values).toEqual({});
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.print-document').isVisible()).toBe(true);
		expect(await page.locator('.print-document').innerText()).toContain('To be completed');
		await context.close();
	});

	it('reads numbers as people type them in the page language', async () => {
		const cases: [string, string, string][] = [
			['en', '12,000', '12,000'],
			['fr', '12 000', '12\u202f000'],
			['fr', '12,000', '12'],
			['ar', '١٢٬٠٠٠', ''],
		];
		const { page, context } = await open(state, 'en/templates/impact-assessment/');
		for (const [locale, typed, shown] of cases) {
			await page.goto(`${state.site.url}${locale}/templates/impact-assessment/`);
			await page.locator('.template-form[data-ready]').waitFor();
			const input = page.locator('#field-people-per-year');
			await input.fill(typed);
			const readAs = input.locator('xpath=following-sibling::p[contains(@class,"read-as")]');
			const expected = shown || (await page.evaluate(() => new Intl.NumberFormat('ar').format(12000)));
			await expect
				.poll(() => readAs.innerText(), { message: `${locale} ${typed}` })
				.toMatch(new RegExp(`${expected}$`));
			expect(await input.inputValue()).toBe(typed);
			expect(await page.locator('.checklist').innerText()).not.toMatch(/Number of people|عدد الأشخاص/);
			expect(await page.locator('#field-people-per-year-error').count()).toBe(0);
		}
		await page.locator('#field-people-per-year').fill('12,0000');
		await expect.poll(() => page.locator('#field-people-per-year-error').count()).toBe(1);
		await context.close();
	});

	it('names drafts apart, and deletes one with an undo, here and in My learning', async () => {
		const { page, context } = await open(state, PAGE);
		await page.locator('.template-form[data-ready]').waitFor();
		const name = page.getByLabel('Name of this draft');
		await page.locator('.template-form textarea').first().fill('First draft text');
		const firstName = await name.inputValue();
		await page.getByRole('button', { name: 'Start a new draft' }).click();
		const secondName = await name.inputValue();
		expect(secondName).not.toBe(firstName);
		if (secondName.startsWith(firstName)) expect(secondName).toBe(`${firstName} (2)`);
		await expect.poll(() => page.locator('#draft-select option').allInnerTexts()).toEqual([secondName, firstName]);

		await page.getByRole('button', { name: 'Delete this draft' }).click();
		const notice = page.locator('.template-form .undo-notice');
		// The name is isolated in the message (it came from the learner): the marks are invisible.
		const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
		await expect.poll(async () => plain(await notice.innerText())).toContain(`Draft “${secondName}” deleted.`);
		expect(await notice.getAttribute('role')).toBe('status');
		expect(await name.inputValue()).toBe(firstName);
		expect(await page.locator('.template-form textarea').first().inputValue()).toBe('First draft text');
		await notice.getByRole('button', { name: 'Undo' }).click();
		await expect.poll(async () => plain(await notice.innerText())).toBe(`Draft “${secondName}” restored.`);
		expect(await name.inputValue()).toBe(secondName);

		await page.goto(state.site.url + 'en/my/');
		const items = page.locator('#my-drafts + ul li');
		await expect.poll(() => items.count()).toBe(2);
		await page.getByRole('button', { name: `Delete “\u2068${firstName}\u2069”` }).click();
		await expect.poll(() => items.count()).toBe(1);
		const myNotice = page.locator('.undo-notice');
		expect(plain(await myNotice.innerText())).toContain(`Draft “${firstName}” deleted.`);
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
		await page.keyboard.press('Enter');
		await expect.poll(() => items.count()).toBe(2);
		await page.reload();
		await expect.poll(() => page.locator('#my-drafts + ul li').count()).toBe(2);
		await context.close();
	});

	it('keeps the last keystrokes when the page is reloaded at once, and when another draft is started', async () => {
		const { page, context } = await open(state, PAGE);
		await page.locator('.template-form[data-ready]').waitFor();
		const first = page.locator('.template-form textarea').first();
		const second = page.locator('.template-form textarea').nth(1);
		await second.fill('Saved earlier');
		await expect.poll(() => page.locator('.save-status').innerText()).toBe('Saved on this device');
		await first.fill('Typed just before ');
		// The last keys go in one by one, and the reload follows them at once, well inside the typing pause.
		await first.pressSequentially('leaving');
		await page.reload();
		await page.locator('.template-form[data-ready]').waitFor();
		await expect.poll(() => first.inputValue()).toBe('Typed just before leaving');
		expect(await second.inputValue()).toBe('Saved earlier');

		await first.fill('Typed just before a new draft');
		await page.getByRole('button', { name: 'Start a new draft' }).click();
		expect(await first.inputValue()).toBe('');
		await page.reload();
		await page.locator('.template-form[data-ready]').waitFor();
		const older = page.locator('#draft-select option').nth(1);
		await page.locator('#draft-select').selectOption(await older.getAttribute('value'));
		await expect.poll(() => first.inputValue()).toBe('Typed just before a new draft');

		// The tab closed while the text waits for the typing pause: a new tab finds it.
		await first.fill('Typed just before the tab closed');
		await page.close({ runBeforeUnload: true });
		const again = await context.newPage();
		await again.goto(state.site.url + PAGE);
		await again.locator('.template-form[data-ready]').waitFor();
		await expect
			.poll(() => again.locator('.template-form textarea').first().inputValue())
			.toBe('Typed just before the tab closed');
		await context.close();
	});

	it('keeps the last keystrokes when the browser is closed at once', async () => {
		const profile = mkdtempSync(join(tmpdir(), 'academy-profile-'));
		const start = () => chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
		let context = await start();
		const page = await context.newPage();
		await page.goto(state.site.url + PAGE);
		await page.locator('.template-form[data-ready]').waitFor();
		await page.locator('.template-form textarea').first().fill('Typed just before the browser closed');
		await context.close();
		context = await start();
		const again = await context.newPage();
		await again.goto(state.site.url + PAGE);
		await again.locator('.template-form[data-ready]').waitFor();
		await expect
			.poll(() => again.locator('.template-form textarea').first().inputValue())
			.toBe('Typed just before the browser closed');
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	});

	it('merges two tabs typing in one draft, answer by answer, and shows each tab the other’s answers', async () => {
		const context = await state.browser.newContext({ viewport: DESKTOP });
		const [a, b] = [await context.newPage(), await context.newPage()];
		const field = (page: Page, n: number) => page.locator('.template-form textarea').nth(n);
		await a.goto(state.site.url + PAGE);
		await a.locator('.template-form[data-ready]').waitFor();
		await field(a, 0).fill('Written first');
		await expect.poll(() => a.locator('.save-status').innerText()).toBe('Saved on this device');
		await b.goto(state.site.url + PAGE);
		await b.locator('.template-form[data-ready]').waitFor();
		await expect.poll(() => field(b, 0).inputValue()).toBe('Written first');

		// Tab B's copy of the draft was read before tab A's answer: B's save must not wipe it.
		await field(a, 1).fill('Typed in tab A');
		await field(b, 2).fill('Typed in tab B');
		await expect.poll(() => field(a, 2).inputValue()).toBe('Typed in tab B');
		await expect.poll(() => field(b, 1).inputValue()).toBe('Typed in tab A');
		expect(await field(a, 1).inputValue()).toBe('Typed in tab A');
		await expect
			.poll(() => a.locator('.save-status').innerText())
			.toBe('Changes made to this draft in another tab or window are shown.');

		// A change from the other tab never replaces the text in the field being typed in.
		await field(b, 1).focus();
		await field(a, 1).fill('Changed in A while B is in this field');
		await field(a, 3).fill('Another answer from A');
		await expect.poll(() => field(b, 3).inputValue()).toBe('Another answer from A');
		expect(await field(b, 1).inputValue()).toBe('Typed in tab A');
		// Once the learner leaves that field, it shows the other tab's newer text.
		await field(b, 0).focus();
		await expect.poll(() => field(b, 1).inputValue()).toBe('Changed in A while B is in this field');

		await a.reload();
		await a.locator('.template-form[data-ready]').waitFor();
		await expect.poll(() => field(a, 2).inputValue()).toBe('Typed in tab B');
		expect(await field(a, 0).inputValue()).toBe('Written first');
		expect(await field(a, 1).inputValue()).toBe('Changed in A while B is in this field');
		await context.close();
	});

	it('keeps the text on screen and says so when the device is full, and saves it once there is room', async () => {
		const { page, context } = await open(state, PAGE);
		await page.locator('.template-form[data-ready]').waitFor();
		await page.evaluate(() => {
			const put = IDBObjectStore.prototype.put;
			const w = window as unknown as { full: boolean };
			w.full = true;
			IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
				if (w.full && this.name === 'drafts')
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return put.apply(this, args);
			};
		});
		const field = (n: number) => page.locator('.template-form textarea').nth(n);
		await field(0).fill('Typed while the device is full');
		await expect
			.poll(() => page.locator('.save-status').innerText())
			.toBe(
				'Not saved: this device is full. Your text is still here: free some space on the device, or export your work to keep it.',
			);
		expect(await field(0).inputValue()).toBe('Typed while the device is full');

		await page.evaluate(() => ((window as unknown as { full: boolean }).full = false));
		await field(1).fill('Typed once there is room');
		await expect.poll(() => page.locator('.save-status').innerText()).toBe('Saved on this device');
		await page.reload();
		await page.locator('.template-form[data-ready]').waitFor();
		await expect.poll(() => field(1).inputValue()).toBe('Typed once there is room');
		expect(await field(0).inputValue()).toBe('Typed while the device is full');
		await context.close();
	});

	it('keeps a right-to-left override in a name or title from turning the rest of its line around', async () => {
		const { page, context } = await open(state, 'en/trainer/', { viewport: DESKTOP, acceptDownloads: true });
		const box = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!;
		await page.locator('.trainer[data-ready]').waitFor();
		const title = 'Week \u202eone';
		await page.fill('#assignment-title', title);
		const course = page.locator('.builder details').first();
		if (!(await course.evaluate((d) => (d as HTMLDetailsElement).open))) await course.locator('summary').click();
		await course.getByLabel('Course quiz').check();
		await page.getByRole('button', { name: 'Create the assignment' }).click();
		const item = page.locator('.made li').first();
		await item.waitFor();
		const [openButton, deleteButton] = [
			item.getByRole('button', { name: /^Open\b/ }),
			item.getByRole('button', { name: /^Delete\b/ }),
		];
		expect((await box(openButton)).x).toBeLessThan((await box(deleteButton)).x);
		// The line after the title reads left to right, after it.
		expect((await box(item.locator('strong'))).x).toBeLessThan((await box(item.locator('strong + span'))).x);
		expect(await item.locator('strong + span').innerText()).toMatch(/^Made on /);

		await page.goto(state.site.url + PAGE);
		await page.locator('.template-form[data-ready]').waitFor();
		await page.getByLabel('Name of this draft').fill('Plan \u202eevil');
		await page.locator('.template-form textarea').first().fill('Answer \u202ereversed');
		await expect.poll(() => page.locator('.save-status').innerText()).toBe('Saved on this device');
		const md = readFileSync((await downloadOf(page, 'Download as Markdown (.md)')).path, 'utf8');
		expect(md).toContain('*\u2068Plan \u202eevil\u2069*');
		expect(md).toContain('\u2068Answer \u202ereversed\u2069');
		const word = await downloadOf(page, 'Download as Word (.docx)');
		const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(word.path)))['word/document.xml']!);
		expect(xml).toContain('>\u2068Plan \u202eevil\u2069<');

		await page.goto(state.site.url + 'en/my/');
		const draft = page.locator('#my-drafts + ul li').first();
		await draft.waitFor();
		const [link, button] = [await box(draft.getByRole('link')), await box(draft.getByRole('button'))];
		// After the link: further along its line, or on a line below it.
		expect(button.x > link.x || button.y >= link.y + link.height).toBe(true);
		expect(await draft.getByRole('link').innerText()).toMatch(/^Data-protection impact assessment/);
		await context.close();
	});

	it('leads with the task: the introduction and sources wait behind a one-line summary', async () => {
		const { page, context } = await open(state, PAGE);
		await page.locator('.template-form[data-ready]').waitFor();
		expect(await page.locator('.template-summary').isVisible()).toBe(true);
		const about = page.locator('details.template-about');
		expect(await about.locator('p').first().isVisible()).toBe(false);
		await about.locator('summary').click();
		expect(await about.innerText()).toContain('Based on:');
		expect(await about.locator('p').first().isVisible()).toBe(true);
		await context.close();
	});

	it('exports Word, Markdown and JSON, imports the JSON on a fresh profile, and refuses a wrong file', async () => {
		const { page, context } = await open(state, PAGE, { viewport: DESKTOP, acceptDownloads: true });
		await page.locator('.template-form[data-ready]').waitFor();
		await fillRequired(page);
		await page.locator('.template-form textarea').first().fill('Une évaluation <b>sans</b> balises');
		await expect.poll(() => page.locator('.save-status').innerText()).toBe('Saved on this device');
		expect(await page.locator('.checklist').innerText()).toContain('Every required answer is given.');

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
		// Past the new-draft and delete buttons to the first field of the form.
		for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
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
		const [markdown] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		expect(markdown.suggestedFilename()).toMatch(/\.md$/);
		await page.locator('.checklist a').first().focus();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => location.hash)).toMatch(/^#field-/);
		expect(await page.evaluate(() => document.activeElement?.closest('.field') !== null)).toBe(true);
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
