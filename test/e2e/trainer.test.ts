import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, LAN_HOST_RULES, PHONE, useSite } from './harness';
import { answer, quizQuestions } from './quiz-helpers';
import { axeViolations } from './axe';
import { idbDump } from './idb-dump';
import { encodeReport, sealReport } from '../../src/lib/trainer/report-codec';
import { encodeAssignment } from '../../src/lib/exchange/assignment-codec';
import type { AssignmentPayload } from '../../src/schemas/assignment';

/**
 * Trainer tools end to end, with a separate browser profile (context) for the trainer and for each
 * learner: nothing passes between them except the link, files and codes a person would pass on.
 */
// lan.test stands for a classroom server on plain HTTP.
const state = useSite('dist', '/', [LAN_HOST_RULES]);

/** The built chunk of the QR code library (`uqr`), found by a name only its code has. */
const QR_CHUNK = readdirSync('dist/_astro').find(
	(f) => f.endsWith('.js') && readFileSync(`dist/_astro/${f}`, 'utf8').includes('boostEcc'),
);
const FORM = 'quiz-foundations';
const questions = quizQuestions('en', 'foundations').filter((q) => !q.check);
const wrong = questions.filter((q) => q.type === 'single').slice(0, 2);
const expectedScore = Math.round(((questions.length - 2) / questions.length) * 100);
const LESSONS = ['What AI is and why governance matters', 'The global landscape of AI governance'];

/** A calendar date `days` from today, in local time, as the date input takes it. */
function localDate(days: number): string {
	const d = new Date();
	d.setDate(d.getDate() + days);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

async function profile(viewport = PHONE): Promise<{ context: BrowserContext; page: Page }> {
	const context = await state.browser.newContext({ viewport });
	return { context, page: await context.newPage() };
}

async function openTrainer(page: Page, origin = state.site.url, locale = 'en') {
	await page.goto(`${origin}${locale}/trainer/`);
	await page.locator('.trainer[data-ready]').waitFor();
}

/** Builds an assignment on the trainer page and returns its link. */
async function buildAssignment(
	page: Page,
	title: string,
	due?: string,
	more?: (page: Page) => Promise<void>,
): Promise<string> {
	await page.fill('#assignment-title', title);
	await page.fill('#assignment-message', 'Read two lessons, then take the course quiz.');
	if (due) await page.fill('#assignment-due', due);
	const course = page.locator('.builder details').first();
	if (!(await course.evaluate((d) => (d as HTMLDetailsElement).open))) await course.locator('summary').click();
	for (const lesson of LESSONS) await course.getByLabel(lesson).check();
	await course.getByLabel('Course quiz').check();
	await more?.(page);
	await page.getByRole('button', { name: 'Create the assignment' }).click();
	await expect.poll(() => page.locator('#trainer-current').textContent()).toBe(title);
	const link = page.locator('#assignment-link');
	await link.waitFor();
	await expect.poll(() => link.inputValue()).toContain('/assignment/#a=');
	return link.inputValue();
}

async function openAssignment(page: Page, link: string) {
	await page.goto(link);
	await page.locator('#assignment-title').waitFor();
}

async function completeLesson(page: Page, origin: string, path: string) {
	await page.goto(origin + path);
	await page.getByRole('button', { name: 'Mark this lesson as complete' }).click();
	await expect
		.poll(() => page.locator('lesson-progress [data-status]').innerText())
		.toBe('You have completed this lesson.');
}

async function takeQuiz(page: Page, origin: string) {
	await page.goto(`${origin}en/courses/foundations/quiz/`);
	await page.locator(`#${FORM} button[type=submit]`).waitFor();
	for (const q of questions) await answer(page, FORM, q, !wrong.some((w) => w.id === q.id));
	await page.getByRole('button', { name: 'Check my answers' }).click();
	await expect.poll(() => page.locator(`#${FORM} .summary`).innerText()).toContain(`Your score: ${expectedScore}%`);
}

/** Makes the learner's report from the assignment page; returns its code and saved file. */
async function makeReport(page: Page, name: string): Promise<{ code: string; file: string }> {
	await page.fill('#report-name', name);
	await page.locator('.report form button[type=submit]').click();
	const code = page.locator('#report-code');
	await code.waitFor();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('.report-ready button').first().click(),
	]);
	return { code: await code.inputValue(), file: await download.path() };
}

async function importReports(page: Page, files: string[], codes: string[]) {
	if (files.length) await page.setInputFiles('#report-files', files);
	await page.fill('#report-codes', codes.join('\n'));
	await page.getByRole('button', { name: 'Import' }).click();
}

/** Says yes to the reports waiting to be added (from a file, a code or a link). */
async function addImported(page: Page) {
	await page.locator('.import-confirm').getByRole('button', { name: 'Add', exact: true }).click();
}

/** The cohort table as text: header cells, then each row's cells. */
function tableText(page: Page): Promise<string[][]> {
	return page.locator('.cohort-table tr').evaluateAll((rows) =>
		rows.map((r) =>
			[...r.children]
				// The column of Remove buttons is not data: not in the CSV, not printed.
				.filter((c) => !c.classList.contains('no-print'))
				.map((c) => (c.textContent ?? '').replace(/[▲▼]/g, '').replace(/\s+/g, ' ').trim()),
		),
	);
}

/** A small CSV reader for the export: quoted cells, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
			else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') (row.push(cell), (cell = ''));
		else if (ch === '\n') (row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = ''));
		else cell += ch;
	}
	return rows;
}

describe('an assignment from trainer to learners and back', () => {
	it('is built, opened and worked on by two learners, reported, imported, counted and exported', async () => {
		const trainer = await profile(DESKTOP);
		const logStart = state.site.log.length;
		await openTrainer(trainer.page);
		expect(await trainer.page.getByText('You have not made any assignment on this device yet.').isVisible()).toBe(true);
		// Due yesterday: a learner with something left is overdue.
		const link = await buildAssignment(trainer.page, 'Week 1: foundations', localDate(-1));
		expect(link.startsWith(`${state.site.url}en/assignment/#a=`)).toBe(true);
		// Focus moves to the new assignment's panel; it is kept on the trainer's device.
		await expect.poll(() => trainer.page.evaluate(() => document.activeElement?.id)).toBe('trainer-current');

		// The QR code's library is fetched only when a code is first shown.
		const qrRequests = () => state.site.log.slice(logStart).filter((e) => e.path === `/_astro/${QR_CHUNK}`).length;
		expect(qrRequests()).toBe(0);
		await trainer.page.getByRole('button', { name: 'Show the QR code' }).click();
		await trainer.page.locator('.share .qr-code path').waitFor({ state: 'attached' });
		expect(qrRequests()).toBe(1);

		// A one-page handout: the institution, the assignment, its QR code and items, and nothing else.
		// No print dialog: headless Chromium would hold the page in it, and page.pdf() prints it instead.
		await trainer.page.evaluate(() => (window.print = () => {}));
		await trainer.page.getByRole('button', { name: 'Print a handout' }).click();
		const handout = trainer.page.locator('.handout');
		// Once its QR code is drawn, the handout is marked to print alone and the print dialog opens.
		await trainer.page.locator('.handout.print-alone .qr-code path').waitFor({ state: 'attached' });
		await trainer.page.emulateMedia({ media: 'print' });
		expect(await handout.isVisible()).toBe(true);
		expect(await trainer.page.locator('.builder').isVisible()).toBe(false);
		expect(await handout.innerText()).toContain('AI Governance Academy');
		expect(await handout.locator('li').allInnerTexts()).toEqual([
			`Lesson: ${LESSONS[0]}`,
			`Lesson: ${LESSONS[1]}`,
			'Course quiz: Foundations of AI governance',
		]);
		// Printed, it is exactly one page: the hidden rest of the trainer page adds no blank ones.
		const pdf = Buffer.from(await trainer.page.pdf()).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);
		await trainer.page.emulateMedia({ media: 'screen' });

		await trainer.page.reload();
		await trainer.page.locator('.trainer[data-ready]').waitFor();
		expect(await trainer.page.locator('.made li').innerText()).toContain('Week 1: foundations');

		// Learner A opens the link, completes two lessons and the quiz.
		const amina = await profile();
		await openAssignment(amina.page, link);
		expect(await amina.page.locator('.assignment-message').innerText()).toBe(
			'Read two lessons, then take the course quiz.',
		);
		expect(await amina.page.locator('.assignment-facts').innerText()).toContain('0 of 3 done');
		expect(await amina.page.locator('.assignment-facts').innerText()).toContain('The due date has passed.');
		expect(await amina.page.locator('.assignment-items li').allInnerTexts()).toEqual([
			expect.stringContaining(LESSONS[0]!),
			expect.stringContaining(LESSONS[1]!),
			expect.stringContaining('Course quiz'),
		]);
		// The address now names the saved assignment; My learning lists it.
		expect(amina.page.url()).toMatch(/#id=[\w-]+$/);
		const saved = amina.page.url();
		await completeLesson(amina.page, state.site.url, 'en/courses/foundations/what-is-ai/');
		await completeLesson(amina.page, state.site.url, 'en/courses/foundations/global-landscape/');
		await takeQuiz(amina.page, state.site.url);
		await amina.page.goto(`${state.site.url}en/my/`);
		const mine = amina.page.locator('#my-assignments + ul li');
		await expect.poll(() => mine.innerText()).toContain('3 of 3 done');
		// The assignment page with nothing to open lists the saved ones; My learning links them too.
		await amina.page.goto(`${state.site.url}en/assignment/`);
		await amina.page.getByRole('link', { name: 'Week 1: foundations' }).click();
		await amina.page.locator('#assignment-title').waitFor();
		expect(amina.page.url()).toBe(saved);
		await amina.page.goto(`${state.site.url}en/my/`);
		await mine.getByRole('link', { name: 'Week 1: foundations' }).click();
		await amina.page.locator('#assignment-title').waitFor();
		expect(amina.page.url()).toBe(saved);
		await expect.poll(() => amina.page.locator('.assignment-facts').innerText()).toContain('3 of 3 done');
		expect(await amina.page.locator('.assignment-items li.done').count()).toBe(3);
		expect(await amina.page.locator('.assignment-items li').nth(2).innerText()).toContain(
			`Best score ${expectedScore}%: passed`,
		);
		const a = await makeReport(amina.page, 'Amina Diallo');
		// The checksum is folded away under plain words, with a sentence on what it is for.
		const checksum = amina.page.locator('.checksum code');
		expect(await checksum.isVisible()).toBe(false);
		await amina.page.getByText('Technical details', { exact: true }).click();
		expect(await amina.page.getByText('The checksum is a fingerprint of the report').isVisible()).toBe(true);
		expect(await checksum.innerText()).toMatch(/^[0-9a-f]{64}$/);
		const report = JSON.parse(readFileSync(a.file, 'utf8'));
		expect(report).toMatchObject({ format: 'academy-progress-report', learner: { name: 'Amina Diallo' } });
		expect(Math.round(report.items[2].best.percent)).toBe(expectedScore);

		// Learner B opens it and reports at once, with markup in the name.
		const bo = await profile();
		await openAssignment(bo.page, link);
		const b = await makeReport(bo.page, '<img src=x onerror="document.title=1">Bo');

		// The trainer imports a file, a code and a damaged code.
		await trainer.page.getByRole('button', { name: /^Open\b.*Week 1: foundations/ }).click();
		await importReports(trainer.page, [a.file], [b.code, b.code.slice(0, 60)]);
		await addImported(trainer.page);
		const message = trainer.page.locator('.cohort .academy-message');
		await expect.poll(() => message.innerText()).toBe('Added: 2. Updated: 0. Already up to date: 0. Refused: 1.');
		expect(await trainer.page.locator('.refused').innerText()).toContain('Code 2: This report code is damaged');

		const rows = await tableText(trainer.page);
		expect(rows[0]).toEqual([
			'Learner',
			'Report made',
			'Items done',
			`Lesson: ${LESSONS[0]}`,
			`Lesson: ${LESSONS[1]}`,
			'Course quiz: Foundations of AI governance',
		]);
		expect(rows.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
			['<img src=x onerror="document.title=1">Bo', '0/3 (overdue)', '–', '–', '–'],
			['Amina Diallo', '3/3', 'Done', 'Done', `${expectedScore}%`],
		]);
		// The name stayed text.
		expect(await trainer.page.locator('.cohort-table img').count()).toBe(0);
		expect(await trainer.page.locator('.cohort-table tr.overdue').count()).toBe(1);

		// Question statistics: the two questions Amina missed, with their text, hardest first.
		const stats = trainer.page.locator('.question-stats tbody tr');
		expect(await stats.count()).toBe(questions.length);
		const hardest = wrong.map((q) => q.id).sort();
		for (const [i, id] of hardest.entries()) {
			expect(await stats.nth(i).getAttribute('data-question')).toBe(id);
			expect(await stats.nth(i).innerText()).toContain('1 of 1 (100%)');
		}
		const prompts = await stats.locator('td:first-child').allInnerTexts();
		for (const q of wrong) expect(prompts.slice(0, 2)).toContain(q.prompt.trim());
		expect(await stats.nth(2).innerText()).toContain('0 of 1 (0%)');

		// The same report again adds nobody.
		await importReports(trainer.page, [a.file], []);
		await expect.poll(() => message.innerText()).toBe('Added: 0. Updated: 0. Already up to date: 1. Refused: 0.');
		expect((await tableText(trainer.page)).length).toBe(3);

		// Sorting by name, descending, then by the quiz column.
		await trainer.page.getByRole('button', { name: 'Learner' }).click();
		expect(await trainer.page.locator('.cohort-table th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
		expect((await tableText(trainer.page)).slice(1).map((r) => r[0])).toEqual([
			'Amina Diallo',
			'<img src=x onerror="document.title=1">Bo',
		]);

		// The CSV holds exactly the table.
		const [csv] = await Promise.all([
			trainer.page.waitForEvent('download'),
			trainer.page.getByRole('button', { name: 'Download the table (CSV)' }).click(),
		]);
		const text = readFileSync(await csv.path(), 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(parseCsv(text.slice(1))).toEqual(await tableText(trainer.page));

		// Printing the table shows the table and the question statistics, nothing else.
		await trainer.page.getByRole('button', { name: 'Print the table' }).click();
		await trainer.page.emulateMedia({ media: 'print' });
		expect(await trainer.page.locator('.cohort-table').isVisible()).toBe(true);
		expect(await trainer.page.locator('.question-stats').isVisible()).toBe(true);
		expect(await trainer.page.locator('.cohort-import').isVisible()).toBe(false);
		expect(await trainer.page.getByRole('button', { name: 'Download the table (CSV)' }).isVisible()).toBe(false);
		expect(await trainer.page.locator('.builder').isVisible()).toBe(false);
		await trainer.page.emulateMedia({ media: 'screen' });

		// Amina's newer report replaces her older one.
		await amina.page.reload();
		await amina.page.locator('#assignment-title').waitFor();
		expect(await amina.page.inputValue('#report-name')).toBe('Amina Diallo');
		const newer = await makeReport(amina.page, 'Amina D.');
		await importReports(trainer.page, [], [newer.code]);
		await addImported(trainer.page);
		await expect.poll(() => message.innerText()).toBe('Added: 0. Updated: 1. Already up to date: 0. Refused: 0.');
		await expect.poll(async () => (await tableText(trainer.page)).slice(1).map((r) => r[0])).toContain('Amina D.');
		expect((await tableText(trainer.page)).length).toBe(3);

		// A report imported by mistake is removed from its row, after asking.
		trainer.page.once('dialog', (dialog) => void dialog.accept());
		await trainer.page.getByRole('button', { name: /^Remove\b.*Bo\u2069?$/ }).click();
		await expect.poll(() => message.innerText()).toContain('was removed from this device');
		await expect.poll(async () => (await tableText(trainer.page)).slice(1).map((r) => r[0])).toEqual(['Amina D.']);

		for (const p of [trainer, amina, bo]) await p.context.close();
	});

	it('says when a selection is too large for a QR code, and creates nothing', async () => {
		const trainer = await profile(DESKTOP);
		await openTrainer(trainer.page);
		await trainer.page.fill('#assignment-title', 'Everything, one by one');
		// Plain words for the limit, and why there is one.
		expect(await trainer.page.locator('.builder .size').innerText()).toMatch(
			/^Space used: \d+ of 1,200 characters\. There is a limit so that the printed QR code stays easy to scan\.$/,
		);
		// A long message of distinct words: it does not compress away.
		const words = Array.from({ length: 160 }, (_, i) => `w${(i * 7919) % 10007}`).join(' ');
		await trainer.page.fill('#assignment-message', words.slice(0, 1000));
		for (const details of await trainer.page.locator('.builder details').all()) {
			await details.locator('summary').click();
			for (const box of await details.locator('input[type=checkbox]').all()) await box.check();
		}
		const size = trainer.page.locator('.builder .size');
		await expect.poll(() => size.getAttribute('class')).toBe('size too-long');
		expect(await size.innerText()).toMatch(/^Too much for one QR code: [\d,]+ of 1,200 characters/);
		await trainer.page.getByRole('button', { name: 'Create the assignment' }).click();
		await expect.poll(() => trainer.page.locator('.error-summary').innerText()).toContain('Too much for one QR code');
		expect(await trainer.page.getByText('You have not made any assignment on this device yet.').isVisible()).toBe(true);
		await trainer.context.close();
	});

	it('refuses a tampered report and a report for another assignment, changing nothing', async () => {
		const trainer = await profile(DESKTOP);
		await openTrainer(trainer.page);
		const link = await buildAssignment(trainer.page, 'First');
		// The assignment as a file, opened by a learner who has no link.
		const [saved] = await Promise.all([
			trainer.page.waitForEvent('download'),
			trainer.page.getByRole('button', { name: 'Download the assignment file' }).click(),
		]);
		const learner = await profile();
		await learner.page.goto(`${state.site.url}en/assignment/`);
		await learner.page.locator('.assignment-page[data-ready]').waitFor();
		await learner.page.setInputFiles('#assignment-file', await saved.path());
		await learner.page.locator('#assignment-title').waitFor();
		expect(await learner.page.locator('#assignment-title').innerText()).toBe('First');
		expect(learner.page.url()).toMatch(/#id=[\w-]+$/);
		await openAssignment(learner.page, link);
		const { file } = await makeReport(learner.page, 'Kofi');

		// A changed score, checksum left as it was.
		const report = JSON.parse(readFileSync(file, 'utf8'));
		report.items[2] = {
			kind: 'quiz',
			id: 'foundations',
			attempts: 1,
			best: { percent: 100, finishedAt: report.createdAt, questions: {} },
		};
		const forged = `${file}-forged.json`;
		writeFileSync(forged, JSON.stringify(report));
		await importReports(trainer.page, [forged], []);
		await expect.poll(() => trainer.page.locator('.refused').innerText()).toContain('The checksum does not match');
		expect(await trainer.page.getByText('No reports yet.').isVisible()).toBe(true);

		// The learner's genuine report, imported into another assignment.
		await buildAssignment(trainer.page, 'Second');
		await importReports(trainer.page, [file], []);
		await expect
			.poll(() => trainer.page.locator('.refused').innerText())
			.toContain('This report is for another assignment: “\u2068First\u2069”.');
		expect(await trainer.page.getByText('No reports yet.').isVisible()).toBe(true);

		// A damaged assignment link: a clear message, nothing saved.
		await learner.page.goto(`${link.slice(0, -30)}`);
		await expect
			.poll(() => learner.page.locator('.academy-message').innerText())
			.toContain('This assignment link or code is damaged or incomplete');
		await learner.page.goto(`${state.site.url}en/my/`);
		await expect.poll(() => learner.page.locator('#my-assignments + ul li').count()).toBe(1);

		// The learner removes it: asked first, then gone from My learning; their progress stays.
		await learner.page.locator('#my-assignments + ul a').click();
		await learner.page.locator('#assignment-title').waitFor();
		learner.page.once('dialog', (dialog) => void dialog.accept());
		await learner.page.getByRole('button', { name: 'Remove this assignment from this device' }).click();
		await expect
			.poll(() => learner.page.locator('.assignment-page > .academy-message').innerText())
			.toBe('The assignment was removed from this device. Your progress stays.');
		await learner.page.goto(`${state.site.url}en/my/`);
		await expect.poll(() => learner.page.locator('#my-assignments + p').innerText()).not.toBe('');
		expect(await learner.page.locator('#my-assignments + ul').count()).toBe(0);

		// Deleting an assignment asks first; cancelling keeps it.
		trainer.page.once('dialog', (dialog) => void dialog.accept());
		await trainer.page.getByRole('button', { name: /^Delete\b.*Second/ }).click();
		await expect
			.poll(() => trainer.page.locator('.made li').allInnerTexts())
			.toEqual([expect.stringContaining('First')]);
		trainer.page.once('dialog', (dialog) => void dialog.dismiss());
		await trainer.page.getByRole('button', { name: /^Delete\b.*First/ }).click();
		expect(await trainer.page.locator('.made li').count()).toBe(1);
		await trainer.context.close();
		await learner.context.close();
	});
});

describe('every way in applies the same checks and asks before replacing', () => {
	const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
	const week: AssignmentPayload = {
		v: 1,
		id: 'links-week-01',
		title: 'Links week',
		message: '',
		items: [{ kind: 'lesson', id: 'foundations/what-is-ai' }],
		passMark: 70,
		locale: 'en',
		createdAt: hoursAgo(48),
	};
	const reportOf = (name: string, createdAt: string, assignment = week) =>
		sealReport({
			assignment,
			learner: { id: 'learner-links-1', name },
			createdAt,
			items: assignment.items.map((i) => ({ kind: 'lesson' as const, id: i.id })),
		});
	const FUTURE = '9999-06-15T12:00:00.000Z';

	it('asks before a report link adds or replaces a row, and refuses a future date or another assignment on every path', async () => {
		const trainer = await profile(DESKTOP);
		await openTrainer(trainer.page);
		const page = trainer.page;
		const message = page.locator('.trainer > .academy-message');
		const confirm = page.locator('.import-confirm');

		await page.goto(`${state.site.url}en/trainer/#r=${await encodeReport(reportOf('Amina', hoursAgo(3)))}`);
		await expect
			.poll(() => confirm.locator('li').allInnerTexts())
			.toEqual(['Add the report of Amina to “Links week”?']);
		expect((await idbDump(page)).cohorts).toEqual([]);
		await confirm.getByRole('button', { name: 'Cancel' }).click();
		await expect.poll(() => message.innerText()).toBe('Nothing was added.');
		expect((await idbDump(page)).cohorts).toEqual([]);

		await page.goto(`${state.site.url}en/trainer/#r=${await encodeReport(reportOf('Amina', hoursAgo(3)))}`);
		await addImported(page);
		await expect.poll(() => message.innerText()).toBe('Added: 1. Updated: 0. Already up to date: 0. Refused: 0.');
		await expect.poll(async () => (await tableText(page))[1]?.[0]).toBe('Amina');

		await page.goto(`${state.site.url}en/trainer/#r=${await encodeReport(reportOf('Amina D.', hoursAgo(1)))}`);
		await expect
			.poll(() => confirm.locator('li').innerText())
			.toMatch(/^Add the report of Amina D\. to “Links week”\? It replaces their report made on .+\.$/);
		await addImported(page);
		await expect.poll(() => message.innerText()).toBe('Added: 0. Updated: 1. Already up to date: 0. Refused: 0.');
		const kept = await idbDump(page);

		// Dated in the year 9999: it would stay "the newest" for ever. Refused, with the date named.
		const future = reportOf('Amina', FUTURE);
		const refusedFuture =
			'This report says it was made on June 15, 9999, later than today, so it was refused. Check the date on the learner’s device, then ask them to send the report again.';
		await page.goto(`${state.site.url}en/trainer/#r=${await encodeReport(future)}`);
		await expect.poll(() => message.innerText()).toBe(refusedFuture);
		// The same id with other items is another assignment, also when it comes by a link.
		const impostor = {
			...week,
			title: 'Links week (copy)',
			items: [{ kind: 'lesson' as const, id: 'risk/risk-tiers' }],
		};
		await page.goto(`${state.site.url}en/trainer/#r=${await encodeReport(reportOf('Eve', hoursAgo(1), impostor))}`);
		await expect
			.poll(() => message.innerText())
			.toBe(
				'This report is for another assignment: “\u2068Links week (copy)\u2069”. Open that assignment to import it.',
			);
		expect(await confirm.count()).toBe(0);

		// The same checks for a pasted code and a file.
		await page.getByRole('button', { name: /^Open\b.*Links week/ }).click();
		const file = join(tmpdir(), 'test-future-report.json');
		writeFileSync(file, JSON.stringify(future));
		await importReports(page, [file], [await encodeReport(future)]);
		await expect
			.poll(() => page.locator('.refused li').allInnerTexts())
			.toEqual([`test-future-report.json: ${refusedFuture}`, `Code 1: ${refusedFuture}`]);
		expect(await idbDump(page)).toEqual(kept);
		await trainer.context.close();
	});

	it('asks before an assignment link replaces a kept assignment with the same id, keeping it unless told', async () => {
		const learner = await profile();
		const page = learner.page;
		const kept = { ...week, id: 'kept-assign-01', title: 'Kept week', due: '2027-01-15' };
		const link = async (a: AssignmentPayload) => `${state.site.url}en/assignment/#a=${await encodeAssignment(a)}`;
		await openAssignment(page, await link(kept));
		const before = await idbDump(page);

		// The very same link again: just opened.
		await openAssignment(page, await link(kept));
		await expect
			.poll(() => page.locator('.assignment-page > .academy-message').innerText())
			.toContain('Saved in My learning');
		expect(await page.locator('.replace-question').count()).toBe(0);

		// Same id, another title, due date and items: asked, the kept one staying open meanwhile.
		const { due: _, ...undated } = kept;
		const other = { ...undated, title: 'Other week', items: [{ kind: 'template' as const, id: 'impact-assessment' }] };
		await openAssignment(page, await link(other));
		const question = page.locator('.replace-question');
		await expect
			.poll(() => question.locator('p').first().innerText())
			.toBe('Replace the kept assignment “Kept week” (due: January 15, 2027) with “Other week” (due: none)?');
		expect(await page.locator('#assignment-title').innerText()).toBe('Kept week');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('replace-question');
		expect(await idbDump(page)).toEqual(before);
		await question.getByRole('button', { name: 'Keep the one I have' }).click();
		await expect
			.poll(() => page.locator('.assignment-page > .academy-message').innerText())
			.toBe('Your assignment was kept as it was. Nothing was changed.');
		expect(await idbDump(page)).toEqual(before);

		// Replacing keeps the learner's id, so the next report still replaces their row.
		await openAssignment(page, await link(other));
		await question.getByRole('button', { name: 'Replace it' }).click();
		await expect.poll(() => page.locator('#assignment-title').innerText()).toBe('Other week');
		const after = (await idbDump(page)).assignments as { assignment: { title: string }; learnerId: string }[];
		const was = before.assignments as typeof after;
		expect(after.map((r) => [r.assignment.title, r.learnerId])).toEqual([['Other week', was[0]!.learnerId]]);

		// An assignment claiming to be made in 9999 is refused; a due date years ahead is normal.
		const stored = await idbDump(page);
		await page.goto(await link({ ...kept, id: 'future-made-01', createdAt: FUTURE }));
		await expect
			.poll(() => page.locator('.assignment-page > .academy-message').innerText())
			.toBe(
				'This assignment says it was made on June 15, 9999, later than today. Nothing was saved. Ask your trainer to check the date on their device and send it again.',
			);
		expect(await idbDump(page)).toEqual(stored);
		await openAssignment(page, await link({ ...kept, id: 'due-far-ahead', due: '2099-12-31' }));
		await learner.context.close();
	});
});

describe('without a connection, on a classroom server, by keyboard, in Arabic', () => {
	/** Opens a page and waits until the service worker controls it. */
	async function controlled(page: Page, url: string) {
		await page.goto(url);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
		await page.reload();
	}

	it('works for both profiles offline once each page was loaded', async () => {
		const trainer = await profile(DESKTOP);
		await controlled(trainer.page, `${state.site.url}en/trainer/`);
		const learner = await profile();
		await controlled(learner.page, `${state.site.url}en/assignment/`);
		await learner.page.locator('#assignment-code').waitFor();
		// The QR code's library, fetched when the page was idle, is kept for offline use.
		for (const page of [trainer.page, learner.page])
			await expect
				.poll(() => page.evaluate(async (url) => !!(await caches.match(url)), `/_astro/${QR_CHUNK}`), {
					timeout: 10_000,
				})
				.toBe(true);

		await trainer.context.setOffline(true);
		await learner.context.setOffline(true);
		await openTrainer(trainer.page);
		const link = await buildAssignment(trainer.page, 'Offline week');
		await trainer.page.getByRole('button', { name: 'Show the QR code' }).click();
		await trainer.page.locator('.share .qr-code path').waitFor();

		await learner.page.goto(link);
		await learner.page.locator('#assignment-title').waitFor();
		expect(await learner.page.locator('#assignment-title').innerText()).toBe('Offline week');
		const { code } = await makeReport(learner.page, 'Nadia');
		await learner.page.getByRole('button', { name: 'Show a QR code' }).click();
		await learner.page.locator('.report .qr-code path').waitFor();

		await importReports(trainer.page, [], [code]);
		await addImported(trainer.page);
		await expect
			.poll(() => trainer.page.locator('.cohort .academy-message').innerText())
			.toBe('Added: 1. Updated: 0. Already up to date: 0. Refused: 0.');
		await expect.poll(async () => (await tableText(trainer.page))[1]?.[0]).toBe('Nadia');
		await trainer.context.close();
		await learner.context.close();
	});

	it('downloads everything in an assignment, then is studied, taken and reported with no connection', async () => {
		const trainer = await profile(DESKTOP);
		await openTrainer(trainer.page);
		const link = await buildAssignment(trainer.page, 'Study anywhere', undefined, async (page) => {
			await page.locator('.builder summary', { hasText: 'Policy templates' }).click();
			await page.getByLabel('AI impact assessment').check();
		});
		const learner = await profile();
		await learner.page.goto(`${state.site.url}en/`);
		await learner.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
		await openAssignment(learner.page, link);
		const offline = learner.page.locator('.assignment-offline');
		const button = offline.getByRole('button', { name: /Download everything in this assignment \(.+\)/ });
		await button.click();
		await expect
			.poll(() => offline.innerText(), { timeout: 60_000 })
			.toContain('Everything in this assignment is on this device');

		await learner.context.setOffline(true);
		await completeLesson(learner.page, state.site.url, 'en/courses/foundations/global-landscape/');
		await takeQuiz(learner.page, state.site.url);
		await learner.page.goto(`${state.site.url}en/templates/impact-assessment/`);
		await learner.page.locator('.template-form[data-ready]').waitFor();
		await learner.page.goto(`${state.site.url}en/assignment/`);
		await learner.page.getByRole('link', { name: 'Study anywhere' }).click();
		await learner.page.locator('#assignment-title').waitFor();
		await expect.poll(() => learner.page.locator('.assignment-facts').innerText()).toContain('2 of 4 done');
		const { code } = await makeReport(learner.page, 'Grace');
		await learner.context.setOffline(false);

		await importReports(trainer.page, [], [code]);
		await addImported(trainer.page);
		await expect.poll(async () => (await tableText(trainer.page))[1]?.slice(0, 1)).toEqual(['Grace']);
		expect((await tableText(trainer.page))[1]!.slice(3)).toEqual(['–', 'Done', `${expectedScore}%`, '–']);
		await trainer.context.close();
		await learner.context.close();
	});

	it('checks reports on a plain-HTTP LAN address, where crypto.subtle is missing', async () => {
		const lan = state.site.url.replace('127.0.0.1', 'lan.test');
		const trainer = await profile(DESKTOP);
		await openTrainer(trainer.page, lan);
		expect(await trainer.page.evaluate(() => [isSecureContext, typeof crypto.subtle])).toEqual([false, 'undefined']);
		const link = await buildAssignment(trainer.page, 'LAN week');
		expect(link.startsWith(`${lan}en/assignment/#a=`)).toBe(true);

		const learner = await profile();
		await openAssignment(learner.page, link);
		// Offline copies need a secure address, and the page says so instead of failing.
		expect(await learner.page.locator('.assignment-offline').innerText()).toContain('needs a secure address');
		await completeLesson(learner.page, lan, 'en/courses/foundations/what-is-ai/');
		await openAssignment(learner.page, link);
		const { code, file } = await makeReport(learner.page, 'Tomás');
		expect(JSON.parse(readFileSync(file, 'utf8')).checksum).toMatch(/^[0-9a-f]{64}$/);

		// The QR code of a short report opens the trainer page and imports it.
		await trainer.page.goto(`${lan}en/trainer/#r=${code}`);
		await addImported(trainer.page);
		await expect
			.poll(() => trainer.page.locator('.trainer > .academy-message').innerText())
			.toBe('Added: 1. Updated: 0. Already up to date: 0. Refused: 0.');
		expect(trainer.page.url()).toBe(`${lan}en/trainer/`);
		await expect.poll(async () => (await tableText(trainer.page))[1]?.[0]).toBe('Tomás');
		expect((await tableText(trainer.page))[1]![3]).toBe('Done');
		await trainer.context.close();
		await learner.context.close();
	});

	it('can be used with the keyboard alone', async () => {
		const trainer = await profile(DESKTOP);
		const page = trainer.page;
		await openTrainer(page);
		/** Presses Tab until the element matching `selector` has focus. */
		async function tabTo(selector: string) {
			for (let i = 0; i < 120; i++) {
				if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
				await page.keyboard.press('Tab');
			}
			throw new Error(`Tab never reached ${selector}`);
		}
		// Submitting an empty form: the error summary takes focus and links to each field.
		await tabTo('.builder button[type=submit]');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
		expect(await page.locator('.error-summary').innerText()).toContain('Enter a title.');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('assignment-title');
		await page.keyboard.type('Keyboard week');
		await tabTo('.builder details:first-of-type summary');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space'); // the whole course
		await tabTo('.builder button[type=submit]');
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('trainer-current');
		// A visible focus ring on the controls reached by Tab.
		await tabTo('.share button');
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
		const link = await page.inputValue('#assignment-link');

		const learner = await profile();
		await openAssignment(learner.page, link);
		await learner.page.focus('body');
		for (let i = 0; i < 120; i++) {
			if (await learner.page.evaluate(() => document.activeElement?.id === 'report-name')) break;
			await learner.page.keyboard.press('Tab');
		}
		await learner.page.keyboard.type('Kwame');
		await learner.page.keyboard.press('Enter');
		await learner.page.locator('#report-code').waitFor();
		await expect.poll(() => learner.page.evaluate(() => document.activeElement?.tagName)).toBe('H4');
		await trainer.context.close();
		await learner.context.close();
	});

	it('opens an English link in the learner’s Arabic, right to left, and passes axe in both languages', async () => {
		const trainer = await profile(DESKTOP);
		await openTrainer(trainer.page);
		const link = await buildAssignment(trainer.page, 'Week 1', localDate(7));
		expect(await axeViolations(trainer.page)).toEqual([]);

		const learner = await profile();
		await learner.page.goto(`${state.site.url}`);
		await learner.page.evaluate(() => localStorage.setItem('academy:locale', 'ar'));
		await learner.page.goto(link);
		await learner.page.locator('#assignment-title').waitFor();
		expect(learner.page.url()).toContain('/ar/assignment/#id=');
		expect(await learner.page.locator('html').getAttribute('dir')).toBe('rtl');
		// Titles in Arabic, from the same stable ids.
		const arabic = await learner.page.locator('.assignment-items li a').allInnerTexts();
		expect(arabic.every((t) => /[\u0600-\u06FF]/.test(t))).toBe(true);
		expect(await learner.page.locator('.assignment-items .kind').first().innerText()).toBe(
			JSON.parse(readFileSync('content/i18n/ar.json', 'utf8'))['assignment.kindLesson'],
		);
		await makeReport(learner.page, 'ليلى');
		expect(await axeViolations(learner.page)).toEqual([]);
		// Laid out right to left: text starts at the right edge of the content.
		const [title, items] = await Promise.all(
			['#assignment-title', '.assignment-items'].map((sel) => learner.page.locator(sel).boundingBox()),
		);
		expect(await learner.page.locator('.assignment-page').evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
		expect(Math.abs(title!.x + title!.width - (items!.x + items!.width))).toBeLessThan(2);

		const code = await learner.page.inputValue('#report-code');
		await importReports(trainer.page, [], [code]);
		await addImported(trainer.page);
		await trainer.page.locator('.cohort-table').waitFor();
		expect(await axeViolations(trainer.page)).toEqual([]);

		// The Arabic trainer page, with the report imported there too.
		const arTrainer = await profile(DESKTOP);
		await arTrainer.page.goto(`${state.site.url}ar/trainer/#r=${code}`);
		await arTrainer.page.locator('.import-confirm .academy-button:not(.secondary)').click();
		await arTrainer.page.locator('.cohort-table').waitFor();
		expect(await arTrainer.page.locator('html').getAttribute('dir')).toBe('rtl');
		expect(await arTrainer.page.locator('.cohort-table tbody th').innerText()).toBe('ليلى');
		expect(await axeViolations(arTrainer.page)).toEqual([]);
		for (const p of [trainer, learner, arTrainer]) await p.context.close();
	});
});
