import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.mjs';
import { LAN_HOST_RULES, useSite } from './harness';

const LESSON_1 = 'en/courses/foundations/what-is-ai/';
const LESSON_2 = 'en/courses/foundations/global-landscape/';
const COURSE = 'en/courses/foundations/';
const MY = 'en/my/';

const dir = mkdtempSync(join(tmpdir(), 'academy-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// lan.test stands for a classroom server on plain HTTP.
const state = useSite('dist', '/', [LAN_HOST_RULES]);

async function completeByButton(page: Page, origin: string, path: string) {
	await page.goto(origin + path);
	const button = page.getByRole('button', { name: 'Mark this lesson as complete' });
	await button.click();
	await expect
		.poll(() => page.locator('lesson-progress [data-status]').innerText())
		.toBe('You have completed this lesson.');
}

/** Every record in the learner's database, for before/after comparisons. */
function dump(page: Page) {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const open = indexedDB.open('academy');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names);
					const out: Record<string, unknown[]> = {};
					for (const name of names) {
						const req = tx.objectStore(name).getAll();
						req.onsuccess = () => (out[name] = req.result);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out);
					};
				};
			}),
	);
}

const origins = () => [
	['https-like (127.0.0.1)', state.site.url],
	['plain HTTP on a LAN address', state.site.url.replace('127.0.0.1', 'lan.test')],
];

describe.each([0, 1])('learner records, origin %i', (which) => {
	let origin: string;
	let context: BrowserContext;
	beforeAll(async () => {
		origin = origins()[which]![1]!;
		context = await state.browser.newContext({ viewport: { width: 390, height: 800 }, acceptDownloads: true });
	});
	afterAll(() => context?.close());

	it('keeps completed lessons across a reload, on the course page, the catalogue and in the menu', async () => {
		const page = await context.newPage();
		await page.goto(origin + LESSON_1);
		expect(await page.evaluate(() => isSecureContext)).toBe(which === 0);
		await completeByButton(page, origin, LESSON_1);
		// Reaching the end of a lesson completes it too.
		await page.goto(origin + LESSON_2);
		await page.mouse.wheel(0, 400);
		await page.locator('lesson-progress').scrollIntoViewIfNeeded();
		await expect.poll(() => page.locator('lesson-progress').getAttribute('data-completed'), { timeout: 6000 }).toBe('');

		await page.reload();
		await expect
			.poll(() => page.locator('lesson-progress [data-status]').innerText())
			.toBe('You have completed this lesson.');
		await page.goto(origin + COURSE);
		await expect.poll(() => page.locator('course-progress [data-count]').innerText()).toBe('2 / 5');
		expect(await page.locator('.lesson-list .done-mark').count()).toBe(2);
		await page.goto(origin + 'en/courses/');
		await expect.poll(() => page.locator('course-progress [data-count]').first().innerText()).toBe('2 / 5');
		await page.goto(origin + 'fr/courses/foundations/what-is-ai/');
		// Same lesson, another language: the same record.
		await expect.poll(() => page.locator('lesson-progress[data-completed]').count()).toBe(1);
		await page.close();
	});

	it('fills in progress on the course page and catalogue without moving anything (no layout shift)', async () => {
		const page = await context.newPage();
		await page.addInitScript(() => {
			(window as any).__shift = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shift += e.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		for (const path of [COURSE, 'en/courses/']) {
			await page.goto(origin + path);
			await page.locator('course-progress[data-ready]').first().waitFor();
			await page.waitForTimeout(200);
			expect(await page.evaluate(() => (window as any).__shift)).toBe(0);
		}
		await page.close();
	});

	it('shows a change made in one tab in another open tab', async () => {
		const course = await context.newPage();
		await course.goto(origin + COURSE);
		await expect.poll(() => course.locator('course-progress [data-count]').innerText()).toBe('2 / 5');
		const lesson = await context.newPage();
		await completeByButton(lesson, origin, 'en/courses/foundations/shared-principles/');
		await expect.poll(() => course.locator('course-progress [data-count]').innerText()).toBe('3 / 5');
		await lesson.getByRole('button', { name: 'Mark as not complete' }).click();
		await expect.poll(() => course.locator('course-progress [data-count]').innerText()).toBe('2 / 5');
		await lesson.close();
		await course.close();
	});

	it('backs up, deletes everything, and restores exactly what there was', async () => {
		const page = await context.newPage();
		await page.goto(origin + MY);
		await expect.poll(() => page.getByText('Lessons completed:').first().isVisible()).toBe(true);
		const before = await dump(page);
		expect(before.progress!.length).toBeGreaterThanOrEqual(3);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download a backup' }).click(),
		]);
		const file = join(dir, `backup-${which}.json`);
		await download.saveAs(file);
		expect(download.suggestedFilename()).toMatch(/^academy-backup-\d{4}-\d{2}-\d{2}\.json$/);
		await expect.poll(() => page.getByText(/^Last backup:/).isVisible()).toBe(true);

		await page.getByRole('button', { name: 'Delete all my data' }).click();
		const confirm = page.getByRole('button', { name: 'Yes, delete everything' });
		expect(await confirm.evaluate((b) => b === document.activeElement)).toBe(true);
		await confirm.click();
		await expect
			.poll(() => page.getByRole('status').filter({ hasText: 'All your data has been deleted' }).count())
			.toBe(1);
		expect((await dump(page)).progress).toEqual([]);
		expect(await page.evaluate(() => localStorage.getItem('academy:locale'))).toBeNull();

		await page.getByLabel('Backup file to restore').setInputFiles(file);
		await page.getByText(/This backup was made on/).waitFor();
		await page.getByLabel('Replace everything on this device with the backup').check();
		await page.getByRole('button', { name: 'Restore', exact: true }).click();
		// Replacing asks first, with the counts on both sides, and Cancel has the focus.
		const ask = page.getByRole('group', { name: /^Replace everything on this device with this backup\?/ });
		await ask.waitFor();
		expect(await ask.innerText()).toMatch(/Records on this device now: \d+\. Records in the backup: \d+\./);
		await expect
			.poll(() => ask.getByRole('button', { name: 'Cancel' }).evaluate((b) => b === document.activeElement))
			.toBe(true);
		await ask.getByRole('button', { name: 'Yes, replace' }).click();
		const said = (text: RegExp) => page.getByRole('status').filter({ hasText: text });
		await expect.poll(() => said(/^Backup restored/).count()).toBe(1);
		const after = await dump(page);
		expect(after.progress).toEqual(before.progress);
		expect(after.quarantine).toEqual(before.quarantine);

		// What the restore replaced (nothing, after the deletion) is kept, and can be put back; and back again.
		for (const expected of [[], before.progress]) {
			await page.getByRole('button', { name: 'Undo the last restore' }).click();
			const undo = page.getByRole('group', { name: /^Put back what was on this device before the last restore\?/ });
			await undo.getByRole('button', { name: 'Yes, put it back' }).click();
			await expect.poll(() => said(/^What was on this device before the last restore is back/).count()).toBe(1);
			await expect.poll(async () => (await dump(page)).progress).toEqual(expected);
		}

		// An empty backup asks too; Cancel (by keyboard, where the focus already is) changes nothing.
		const empty = join(dir, `empty-${which}.json`);
		writeFileSync(empty, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), stores: {} }));
		const kept = await dump(page);
		await page.getByLabel('Backup file to restore').setInputFiles(empty);
		await page.getByText(/This backup was made on .* and holds 0 records/).waitFor();
		await page.getByLabel('Replace everything on this device with the backup').check();
		await page.getByRole('button', { name: 'Restore', exact: true }).click();
		await expect.poll(() => ask.innerText()).toMatch(/Records in the backup: 0\./);
		await expect
			.poll(() => ask.getByRole('button', { name: 'Cancel' }).evaluate((b) => b === document.activeElement))
			.toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => ask.count()).toBe(0);
		await expect
			.poll(() =>
				page.getByRole('button', { name: 'Restore', exact: true }).evaluate((b) => b === document.activeElement),
			)
			.toBe(true);
		expect(await dump(page)).toEqual(kept);
		await page.close();
	});

	it('refuses a damaged or foreign file with a clear message and changes nothing', async () => {
		const page = await context.newPage();
		await page.goto(origin + MY);
		await page.getByRole('button', { name: 'Download a backup' }).waitFor();
		const before = await dump(page);
		const good = readFileSync(join(dir, `backup-${which}.json`), 'utf8');
		const files: [string, string, RegExp][] = [
			['truncated.json', good.slice(0, good.length / 2), /cannot be read/],
			['other.json', JSON.stringify({ hello: 'world' }), /not a backup of this academy/],
			['newer.json', good.replace('"version": 1', '"version": 9'), /newer version of the academy \(format 9\)/],
			[
				'tampered.json',
				good.replace(/"visitedAt": "[^"]+"/, '"visitedAt": "<script>alert(1)</script>"'),
				/damaged record \(in “progress”, number 1\)/,
			],
			[
				'deep.json',
				JSON.stringify({ ...JSON.parse(good), stores: { quarantine: ['DEEP'] } }).replace(
					'"DEEP"',
					`{"store":"x","key":"k","record":${'['.repeat(10_000)}${']'.repeat(10_000)},"error":"e","quarantinedAt":"${T}"}`,
				),
				/malformed record \(in “quarantine”, number 1\): it is nested too deeply/,
			],
		];
		for (const [name, text, message] of files) {
			const path = join(dir, name);
			writeFileSync(path, text);
			await page.getByLabel('Backup file to restore').setInputFiles(path);
			const alert = page.getByRole('alert');
			await expect.poll(() => alert.innerText()).toMatch(message);
			expect(await alert.innerText()).toContain('Nothing was changed.');
			await expect.poll(() => alert.evaluate((a) => a === document.activeElement)).toBe(true);
			expect(await page.getByRole('button', { name: 'Restore', exact: true }).count()).toBe(0);
		}
		expect(await dump(page)).toEqual(before);
		await page.close();
	});

	it('tells the learner whether the browser keeps the records for good', async () => {
		const page = await context.newPage();
		await page.goto(origin + MY);
		const persistence = page.locator('[data-persistence]');
		await persistence.waitFor();
		// Asked when a lesson was completed: plain HTTP cannot ask at all.
		if (which === 1) expect(await persistence.getAttribute('data-persistence')).toBe('unavailable');
		else expect(['granted', 'denied']).toContain(await persistence.getAttribute('data-persistence'));
		await page.close();
	});
});

/** Writes records straight into the learner's database, as a crafted link or file once could. */
function putRaw(page: Page, records: Record<string, unknown[]>) {
	return page.evaluate(
		(records) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('academy');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(Object.keys(records), 'readwrite');
					for (const [name, list] of Object.entries(records)) for (const r of list) tx.objectStore(name).put(r);
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		records,
	);
}

const T = '2026-03-01T10:00:00.000Z';
/** What reached learners before ids were checked: names every plain object inherits. */
const crafted = {
	progress: [
		{
			v: 1,
			id: 'foundations/what-is-ai',
			course: 'foundations',
			visitedAt: T,
			lastVisitedAt: T,
			completedAt: T,
			updatedAt: T,
		},
	],
	assignments: [
		{
			v: 1,
			id: 'received/crafted-01',
			role: 'received',
			learnerId: 'learner-0001',
			savedAt: T,
			updatedAt: T,
			assignment: {
				v: 1,
				id: 'crafted-01',
				title: 'Week 1',
				message: '',
				items: [{ kind: 'course', id: 'constructor' }],
				passMark: 70,
				locale: 'en',
				createdAt: T,
			},
		},
	],
	assessments: [
		{
			v: 1,
			id: 'risk-check',
			answers: {},
			step: 0,
			startedAt: T,
			updatedAt: T,
			completedAt: T,
			result: { type: 'level', level: 'constructor', adjusted: 50 },
		},
	],
};

describe('records crafted with inherited names (`constructor`)', () => {
	const tools = {
		en: {
			download: 'Download a backup',
			delete: 'Delete all my data',
			file: 'Backup file to restore',
			done: 'Lessons completed:',
		},
		ar: {
			download: 'تنزيل نسخة احتياطية',
			delete: 'حذف جميع بياناتي',
			file: 'ملف النسخة الاحتياطية المراد استعادته',
			done: 'الدروس المكتملة:',
		},
	};

	it('leave My learning whole, in English and Arabic: its tools, the other records, never “function”', async () => {
		const context = await state.browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(state.site.url + MY);
		await page.getByRole('button', { name: 'Download a backup' }).waitFor();
		await putRaw(page, crafted);
		for (const lang of ['en', 'ar'] as const) {
			const names = tools[lang];
			await page.goto(`${state.site.url}${lang}/my/`);
			await page.getByRole('button', { name: names.download }).waitFor();
			await expect.poll(() => page.getByText(names.done).first().isVisible()).toBe(true);
			expect(await page.getByRole('button', { name: names.delete }).isVisible()).toBe(true);
			expect(await page.getByLabel(names.file).isVisible()).toBe(true);
			// The bad records are set aside (and can be downloaded), not shown and not lost.
			expect(await page.locator('.quarantine').isVisible()).toBe(true);
			expect(await page.locator('.my-learning').innerText()).not.toMatch(/function|Object\(\)|native code/);
		}
		await context.close();
	});

	it('are refused in a backup file, which changes nothing and leaves every tool in place', async () => {
		const context = await state.browser.newContext();
		const page = await context.newPage();
		await page.goto(state.site.url + MY);
		await page.getByRole('button', { name: 'Download a backup' }).waitFor();
		const before = await dump(page);
		const file = join(dir, 'crafted.json');
		const stores = { ...crafted, assessments: [] };
		writeFileSync(file, JSON.stringify({ format: 'ai-governance-academy-backup', version: 1, exportedAt: T, stores }));
		await page.getByLabel('Backup file to restore').setInputFiles(file);
		await expect
			.poll(() => page.getByRole('alert').innerText())
			.toMatch(/damaged record \(in “assignments”, number 1\).*Nothing was changed/);
		expect(await page.getByRole('button', { name: 'Restore', exact: true }).count()).toBe(0);
		expect(await dump(page)).toEqual(before);
		expect(await page.getByRole('button', { name: 'Delete all my data' }).isVisible()).toBe(true);
		await context.close();
	});
});

describe('when the browser lets the site store nothing', () => {
	it('says so on the lesson and on My learning, and the lesson still reads', async () => {
		const context = await state.browser.newContext();
		await context.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { value: undefined });
		});
		const page = await context.newPage();
		await page.goto(state.site.url + LESSON_1);
		await expect
			.poll(() => page.locator('lesson-progress [data-status]').innerText())
			.toMatch(/cannot be saved in this browser/);
		expect(await page.locator('.sl-markdown-content h2').count()).toBeGreaterThan(3);
		await page.goto(state.site.url + MY);
		await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/does not let the site store anything/);
		await context.close();
	});
});

describe('after the browser restarts', () => {
	it('still has the learner’s progress (same profile)', async () => {
		const profile = mkdtempSync(join(tmpdir(), 'academy-profile-'));
		const start = () => chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
		let context = await start();
		const page = await context.newPage();
		await completeByButton(page, state.site.url, LESSON_1);
		await context.close();
		context = await start();
		const again = await context.newPage();
		await again.goto(state.site.url + COURSE);
		await expect.poll(() => again.locator('course-progress [data-count]').innerText()).toBe('1 / 5');
		await context.close();
		rmSync(profile, { recursive: true, force: true });
	});
});
