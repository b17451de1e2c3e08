import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, locales, useSite } from './harness';
import { encodeAssignment } from '../../src/lib/exchange/assignment-codec';
import { encodeReport, sealReport } from '../../src/lib/trainer/report-codec';
import type { AssignmentPayload } from '../../src/schemas/assignment';
import type { ReportItem } from '../../src/schemas/report';

/**
 * Every kind of page fits a 360 px phone in every language: no sideways scrolling, the title on
 * screen, nothing sticking out past the edge unless it sits in a box of its own that scrolls (a wide
 * table). Fitting means laying out, not cutting off: `html`, `body` and `main` never hide overflow.
 */
const state = useSite();
const PHONE_360 = { width: 360, height: 740 };
// No service worker: installing it on each language's first page only slows the walk through pages.
const options = { serviceWorkers: 'block' as const };
// A walk through some twenty pages on a busy two-core machine.
const WALK_TIMEOUT = 240_000;
const COURSES = ['foundations', 'risk', 'data', 'ethics', 'public-sector', 'cooperation', 'strategy'];

// A wide assignment and a learner's report on it: the assignment page and the trainer's cohort table.
const items: AssignmentPayload['items'] = [
	...['what-is-ai', 'global-landscape', 'shared-principles'].map((l) => ({
		kind: 'lesson' as const,
		id: `foundations/${l}`,
	})),
	...COURSES.map((id) => ({ kind: 'quiz' as const, id })),
	{ kind: 'assessment', id: 'risk-check' },
	{ kind: 'template', id: 'impact-assessment' },
];
const assignment: AssignmentPayload = {
	v: 1,
	id: 'fit-check-01',
	title: 'Whole-of-government AI governance foundations for procurement officers',
	message: 'Read the lessons, take every course quiz and draft an impact assessment.',
	items,
	due: '2026-12-31',
	passMark: 70,
	locale: 'en',
	createdAt: '2026-11-01T09:00:00.000Z',
};
const done = '2026-11-05T10:00:00.000Z';
const report = sealReport({
	assignment,
	learner: { id: 'learner-fit-1', name: 'Nomvula Kgathatso-Rasebotsa' },
	createdAt: '2026-11-06T10:00:00.000Z',
	items: items.map(({ kind, id }): ReportItem => {
		if (kind === 'quiz') return { kind, id, attempts: 2, best: { percent: 85, finishedAt: done, questions: {} } };
		if (kind === 'template') return { kind, id, draftedAt: done };
		return { kind, id, completedAt: done } as ReportItem;
	}),
});

interface Fit {
	scrollWidth: number;
	width: number;
	title: boolean;
	/** Visible elements past an edge of the screen, outside any box that scrolls them into view. */
	outside: string[];
	/** `html`, `body` or `main` hiding what overflows them. */
	hiding: string[];
}

/** Measured in the page, in one pass. */
function measure(): Fit {
	const width = document.documentElement.clientWidth;
	const onScreen = (r: DOMRect) => r.left >= -1 && r.right <= width + 1;
	/** The nearest ancestor that scrolls sideways, if it is itself on screen. */
	const inScrollBox = (el: Element) => {
		for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
			if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return onScreen(p.getBoundingClientRect());
		return false;
	};
	const outside: string[] = [];
	for (const el of document.body.querySelectorAll('*')) {
		const r = el.getBoundingClientRect();
		if (!r.width || !r.height || onScreen(r) || getComputedStyle(el).visibility === 'hidden') continue;
		if (!inScrollBox(el))
			outside.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${r.left | 0}…${r.right | 0}`);
	}
	const h1 = document.querySelector('h1')?.getBoundingClientRect();
	return {
		scrollWidth: document.documentElement.scrollWidth,
		width,
		title: !!h1 && h1.width > 0 && onScreen(h1),
		outside: outside.slice(0, 5),
		hiding: ['html', 'body', 'main'].filter((s) => {
			const el = document.querySelector(s);
			return el && /hidden|clip/.test(getComputedStyle(el).overflowX);
		}),
	};
}

/** Opens a page and waits for what its learner sees first (an island's content, or the title). */
async function fit(
	page: Page,
	path: string,
	ready = 'h1',
	then?: [click: string, ready: string],
): Promise<Fit & { path: string }> {
	await page.goto(state.site.url + path);
	await page.locator(ready).first().waitFor();
	// A report link asks before it adds anything: the answer is given, and the page then measured.
	if (then) {
		await page.locator(then[0]).click();
		await page.locator(then[1]).first().waitFor();
	}
	return { path, ...(await page.evaluate(measure)) };
}

/**
 * Quizzes differ by their text: English, French and Arabic have their own; the other languages show
 * the English one with a notice. So: every course's quiz in those three, two in the others (one
 * translated in some languages, and the one whose matching question has the longest answers).
 */
const quizzesIn = (code: string) => (['en', 'fr', 'ar'].includes(code) ? COURSES : ['foundations', 'cooperation']);

/** The button that adds the reports a link brought, after the trainer saw them. */
const ADD = '.import-confirm .academy-button:not(.secondary)';

const fits = (path: string) => ({ path, scrollWidth: 360, width: 360, title: true, outside: [], hiding: [] });

describe('every page fits a 360 px phone', () => {
	it('the language chooser', async () => {
		const page = await state.browser.newPage({ ...options, viewport: PHONE_360 });
		expect(await fit(page, '')).toEqual(fits(''));
		await page.close();
	});

	it.each(locales)(
		'in $label',
		async ({ code }) => {
			const page = await state.browser.newPage({ ...options, viewport: PHONE_360 });
			// The assignment is saved in English first; its own address then opens it in every language.
			await page.goto(`${state.site.url}en/assignment/#a=${await encodeAssignment(assignment)}`);
			await page.locator('#assignment-title').waitFor();
			const saved = new URL(page.url()).hash;
			const pages: [string, string?, [string, string]?][] = [
				[`${code}/`],
				[`${code}/courses/`],
				[`${code}/courses/foundations/`],
				// Untranslated in most languages: the English page with a notice.
				[`${code}/courses/risk/`],
				[`${code}/courses/foundations/what-is-ai/`],
				[`${code}/courses/risk/risk-tiers/`],
				...quizzesIn(code).map((c): [string, string] => [
					`${code}/courses/${c}/quiz/`,
					`#quiz-${c} button[type=submit]`,
				]),
				[`${code}/assess/`],
				[`${code}/assess/risk-check/`, 'form'],
				[`${code}/assess/readiness/`, 'form'],
				[`${code}/templates/`],
				[`${code}/templates/impact-assessment/`, '.template-form[data-ready]'],
				[`${code}/my/`, '.my-learning section'],
				[`${code}/offline/`],
				[`${code}/trainer/#r=${await encodeReport(report)}`, '.import-confirm', [ADD, '.cohort-table']],
				[`${code}/assignment/${saved}`, '.assignment-items li'],
				[`${code}/glossary/`],
				[`${code}/guides/offline/`],
				[`${code}/guides/trainers/`],
			];
			const results = [];
			for (const [path, ready, then] of pages) results.push(await fit(page, path, ready, then));
			expect(results).toEqual(pages.map(([path]) => fits(path)));
			await page.close();
		},
		WALK_TIMEOUT,
	);
});

describe('course quizzes fit a desktop screen', () => {
	it.each(locales.filter((l) => ['en', 'fr', 'ar'].includes(l.code)))(
		'in $label',
		async ({ code }) => {
			const page = await state.browser.newPage({ ...options, viewport: DESKTOP });
			const results = [];
			for (const c of quizzesIn(code))
				results.push(await fit(page, `${code}/courses/${c}/quiz/`, `#quiz-${c} button[type=submit]`));
			expect(results).toEqual(
				quizzesIn(code).map((c) => ({
					...fits(`${code}/courses/${c}/quiz/`),
					scrollWidth: DESKTOP.width,
					width: DESKTOP.width,
				})),
			);
			await page.close();
		},
		WALK_TIMEOUT,
	);
});

describe("the trainer's cohort table", () => {
	it.each(['en', 'ar'])(
		'scrolls sideways in its own box at desktop width, the learner column staying in view (%s)',
		async (code) => {
			const page = await state.browser.newPage({ ...options, viewport: DESKTOP });
			await page.goto(`${state.site.url}${code}/trainer/#r=${await encodeReport(report)}`);
			await page.locator(ADD).click();
			await page.locator('.cohort-table').waitFor();
			const seen = await page.locator('.table-scroll').evaluate((box) => {
				const inBox = (el: Element | null) => {
					const r = el!.getBoundingClientRect();
					const b = box.getBoundingClientRect();
					return r.width > 0 && r.left >= b.left - 1 && r.right <= b.right + 1;
				};
				const learner = box.querySelector('tbody th');
				const lastColumn = box.querySelector('thead th:last-child');
				const before = { learner: inBox(learner), lastColumn: inBox(lastColumn) };
				// To the far end: negative in right-to-left pages.
				box.scrollLeft = getComputedStyle(box).direction === 'rtl' ? -box.scrollWidth : box.scrollWidth;
				return {
					page: document.documentElement.scrollWidth,
					boxOnScreen: box.getBoundingClientRect().right <= innerWidth && box.getBoundingClientRect().left >= 0,
					scrolls: box.scrollWidth > box.clientWidth,
					before,
					after: { learner: inBox(learner), lastColumn: inBox(lastColumn) },
				};
			});
			expect(seen).toEqual({
				page: DESKTOP.width,
				boxOnScreen: true,
				scrolls: true,
				before: { learner: true, lastColumn: false },
				after: { learner: true, lastColumn: true },
			});
			await page.close();
		},
	);
});
