import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, useSite } from './harness';
import { idbDump } from './idb-dump';
import { expectedMessage, hostileCases, inputText, type HostileCase } from '../hostile/catalogue';
import { encodeReport, sealReport } from '../../src/lib/trainer/report-codec';
import type { AssignmentPayload } from '../../src/schemas/assignment';

/**
 * The hostile-input catalogue (test/hostile/) through the real pages: each case refused with its
 * message and the database unchanged, or accepted and shown as text with no script run. One page per
 * import path, the cases one after another inside it.
 */
const state = useSite();
const strings = JSON.parse(readFileSync('content/i18n/en.json', 'utf8')) as Record<string, string>;
/** Each path runs its cases in one page: about a second a case on a busy two-core machine. */
const PATH_TIMEOUT = 240_000;
const BASE = JSON.parse(readFileSync('test/hostile/base-assignment.json', 'utf8')) as AssignmentPayload;

/**
 * A page that counts dialogs and fails on any script a case could run. Its own context, so its
 * database is its own; no service worker, which no import path needs and which would otherwise
 * precache the site again in every context.
 */
async function guardedPage(): Promise<{ context: BrowserContext; page: Page; dialogs: string[] }> {
	const context = await state.browser.newContext({ viewport: DESKTOP, serviceWorkers: 'block' });
	const page = await context.newPage();
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	return { context, page, dialogs };
}

/** Nothing a case carried ran: no flag set, no dialog, no element made from its markup. */
async function expectNoScriptRan(page: Page, dialogs: string[]) {
	expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
	// Anywhere on the page: no script element carrying a case's code, no image made from its markup.
	const made = await page.evaluate(
		() =>
			[...document.scripts].filter((s) => s.text.includes('__pwned')).length +
			document.querySelectorAll('img[src="x"], img[onerror]').length,
	);
	expect(made).toBe(0);
}

/** Runs an action and waits until it moves focus to one of `targets` (the outcome is announced). */
async function focusAfter(page: Page, act: () => Promise<unknown>, targets: string) {
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await act();
	await expect.poll(() => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, targets)).toBe(true);
}

/**
 * The case as a file on disk: the browser reads it from there, where sending 10 MB through the
 * driver could take longer than the test allows on a busy machine.
 */
function fileOf(c: HostileCase): string {
	const dir = join(tmpdir(), 'academy-hostile');
	mkdirSync(dir, { recursive: true });
	const path = join(dir, c.file);
	writeFileSync(path, inputText(c));
	return path;
}

describe('the hostile-input catalogue in the browser', () => {
	it(
		'assignment links: each refused with its message and nothing stored, or shown as text',
		{ timeout: PATH_TIMEOUT },
		async () => {
			// One page, one load per case: pages loading side by side were slower on two busy cores.
			const { context, page, dialogs } = await guardedPage();
			await page.goto(`${state.site.url}en/assignment/`);
			await page.locator('.assignment-page[data-ready]').waitFor();
			const seen: string[] = [];
			// What is stored changes only when a case is accepted: read again only then.
			let stored = await idbDump(page);
			for (const c of hostileCases('assignment-link')) {
				// The page reloads on a new fragment, as it does when a learner follows a second link.
				await Promise.all([
					page.waitForEvent('domcontentloaded'),
					page.evaluate((code) => (location.hash = `a=${code}`), inputText(c)),
				]);
				// Polled inside the page, where each look costs no round trip to the test.
				const shown = await page.waitForFunction(
					(accepted) =>
						document.querySelector('.assignment-page > .academy-message')?.textContent &&
						(accepted
							? document.querySelector('#assignment-title')
							: document.querySelector('.assignment-page > .academy-message')
						)?.textContent,
					c.expect === 'accepted',
				);
				seen.push(`${c.file}: ${String(await shown.jsonValue())}`);
				if (c.expect === 'refused') expect(await idbDump(page), c.file).toEqual(stored);
				else stored = await idbDump(page);
			}
			expect(seen).toEqual(
				hostileCases('assignment-link').map(
					(c) => `${c.file}: ${c.expect === 'refused' ? expectedMessage(c, strings) : c.shows}`,
				),
			);
			await expectNoScriptRan(page, dialogs);
			await context.close();
		},
	);

	it(
		'assignment files: each refused with its message and nothing stored, or shown as text',
		{ timeout: PATH_TIMEOUT },
		async () => {
			const { context, page, dialogs } = await guardedPage();
			const form = async () => {
				await page.goto(`${state.site.url}en/assignment/`);
				await page.locator('.assignment-page[data-ready] #assignment-file').waitFor();
			};
			await form();
			// What is stored changes only when a case is accepted: read again only then.
			let stored = await idbDump(page);
			const message = page.locator('.assignment-page > .academy-message');
			const seen: string[] = [];
			for (const c of hostileCases('assignment-file')) {
				await focusAfter(page, () => page.setInputFiles('#assignment-file', fileOf(c)), '.academy-message');
				if (c.expect === 'refused') {
					seen.push(`${c.file}: ${await message.textContent()}`);
					expect(await idbDump(page), c.file).toEqual(stored);
				} else {
					seen.push(`${c.file}: ${await page.locator('#assignment-title').textContent()}`);
					await form();
					stored = await idbDump(page);
				}
			}
			expect(seen).toEqual(
				hostileCases('assignment-file').map(
					(c) => `${c.file}: ${c.expect === 'refused' ? expectedMessage(c, strings) : c.shows}`,
				),
			);
			await expectNoScriptRan(page, dialogs);
			await context.close();
		},
	);

	it(
		'report links, files and pasted codes: each refused with its message, or offered with the text shown, and nothing stored',
		{ timeout: PATH_TIMEOUT },
		async () => {
			const { context, page, dialogs } = await guardedPage();
			// The trainer knows the base assignment from a first, valid report.
			const first = sealReport({
				assignment: BASE,
				learner: { id: 'learner-first', name: 'First learner' },
				createdAt: new Date(Date.now() - 3_600_000).toISOString(),
				items: [
					{ kind: 'lesson', id: 'foundations/what-is-ai' },
					{ kind: 'quiz', id: 'foundations', attempts: 0 },
				],
			});
			await page.goto(`${state.site.url}en/trainer/#r=${await encodeReport(first)}`);
			await page.locator('.import-confirm').getByRole('button', { name: 'Add', exact: true }).click();
			const trainerMessage = page.locator('.trainer > .academy-message');
			await expect.poll(() => trainerMessage.textContent()).toContain('Added: 1.');
			const before = await idbDump(page);
			const confirm = page.locator('.import-confirm');

			/** The outcome on screen: the refusal, or the text of the offered import (then declined). */
			async function outcome(c: HostileCase, refusal: () => Promise<string | null>): Promise<string> {
				if (c.expect === 'accepted') {
					const offered = (await confirm.locator('li').textContent()) ?? '';
					await confirm.getByRole('button', { name: 'Cancel' }).click();
					return offered.includes(c.shows!) ? c.shows! : offered;
				}
				return (await refusal()) ?? '';
			}
			const want = (
				path: 'report-link' | 'report-file' | 'report-paste',
				prefix: (c: HostileCase, i: number) => string,
			) =>
				hostileCases(path).map(
					(c, i) => `${c.file}: ${c.expect === 'refused' ? prefix(c, i) + expectedMessage(c, strings) : c.shows}`,
				);

			const links: string[] = [];
			for (const c of hostileCases('report-link')) {
				await focusAfter(
					page,
					() => page.evaluate((code) => (location.hash = `r=${code}`), inputText(c)),
					'.trainer > .academy-message, #import-confirm-heading',
				);
				links.push(`${c.file}: ${await outcome(c, () => trainerMessage.textContent())}`);
				expect(await idbDump(page), c.file).toEqual(before);
			}
			expect(links).toEqual(want('report-link', () => ''));

			await page.getByRole('button', { name: /^Open\b.*Hostile base/ }).click();
			const cohortMessage = page.locator('.cohort .academy-message');
			const refused = page.locator('.refused li');
			const files: string[] = [];
			for (const c of hostileCases('report-file')) {
				await page.setInputFiles('#report-files', fileOf(c));
				await focusAfter(
					page,
					() => page.getByRole('button', { name: 'Import', exact: true }).click(),
					'.cohort .academy-message, #import-confirm-heading',
				);
				files.push(`${c.file}: ${await outcome(c, () => refused.first().textContent())}`);
				expect(await idbDump(page), c.file).toEqual(before);
			}
			expect(files).toEqual(want('report-file', (c) => `${c.file}: `));

			const pasted: string[] = [];
			for (const c of hostileCases('report-paste')) {
				await page.fill('#report-codes', inputText(c));
				await focusAfter(
					page,
					() => page.getByRole('button', { name: 'Import', exact: true }).click(),
					'.cohort .academy-message, #import-confirm-heading',
				);
				const nothing = c.message === 'cohort.nothing';
				pasted.push(
					`${c.file}: ${await outcome(c, () => (nothing ? cohortMessage.textContent() : refused.first().textContent()))}`,
				);
				expect(await idbDump(page), c.file).toEqual(before);
			}
			expect(pasted).toEqual(want('report-paste', (c) => (c.message === 'cohort.nothing' ? '' : 'Code 1: ')));
			await expectNoScriptRan(page, dialogs);
			await context.close();
		},
	);

	it(
		'backups: each refused with its message and nothing stored, or restored and shown only as text',
		{ timeout: PATH_TIMEOUT },
		async () => {
			const { context, page, dialogs } = await guardedPage();
			await page.goto(`${state.site.url}en/my/`);
			await page.locator('#backup-file').waitFor();
			const section = page.locator('section[aria-labelledby="my-backup"]');
			const message = section.locator('.academy-message');
			const restore = section.getByRole('button', { name: 'Restore', exact: true });
			const seen: string[] = [];
			let stored = await idbDump(page);
			for (const c of hostileCases('backup-file')) {
				// Refused: the message takes the focus. Read: the Restore button appears.
				await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
				await page.setInputFiles('#backup-file', fileOf(c));
				await expect
					.poll(
						async () => (await restore.count()) > 0 || (await message.evaluate((m) => m === document.activeElement)),
						{
							message: c.file,
						},
					)
					.toBe(true);
				if (c.expect === 'refused') {
					seen.push(`${c.file}: ${await message.textContent()}`);
					expect(await restore.count(), c.file).toBe(0);
					expect(await idbDump(page), c.file).toEqual(stored);
				} else {
					// Merged (the default), so nothing is asked; then what the file carried is on the page.
					await focusAfter(page, () => restore.click(), 'section[aria-labelledby="my-backup"] .academy-message');
					expect(await message.textContent(), c.file).toMatch(/^Backup restored/);
					// The lists follow the restore a moment later, as the records are read back.
					await expect
						.poll(async () => ((await page.locator('.my-learning').textContent()) ?? '').includes(c.shows!), {
							message: `${c.file} shows ${c.shows}`,
						})
						.toBe(true);
					seen.push(`${c.file}: ${c.shows}`);
					// The browser's answer to the request to keep the records, noted when it comes, is left out of
					// the dump (idb-dump.ts), so the next case compares with what the restore stored.
					stored = await idbDump(page);
				}
			}
			expect(seen).toEqual(
				hostileCases('backup-file').map(
					(c) => `${c.file}: ${c.expect === 'refused' ? expectedMessage(c, strings) : c.shows}`,
				),
			);
			await expectNoScriptRan(page, dialogs);
			await context.close();
		},
	);

	it(
		'template files: each refused with its message and nothing stored, or opened as a draft shown only as text',
		{ timeout: PATH_TIMEOUT },
		async () => {
			const { context, page, dialogs } = await guardedPage();
			await page.goto(`${state.site.url}en/templates/consultation-plan/`);
			await page.locator('.template-form[data-ready] #import-file').waitFor();
			const message = page.locator('.template-form .academy-message:not(.undo-notice)');
			const seen: string[] = [];
			let stored = await idbDump(page);
			for (const c of hostileCases('template-file')) {
				await focusAfter(
					page,
					() => page.setInputFiles('#import-file', fileOf(c)),
					'.template-form .academy-message:not(.undo-notice)',
				);
				seen.push(`${c.file}: ${await message.textContent()}`);
				if (c.expect === 'refused') expect(await idbDump(page), c.file).toEqual(stored);
				else stored = await idbDump(page);
			}
			expect(seen).toEqual(
				hostileCases('template-file').map(
					(c) => `${c.file}: ${c.expect === 'refused' ? expectedMessage(c, strings) : c.shows}`,
				),
			);
			await expectNoScriptRan(page, dialogs);
			await context.close();
		},
	);
});
