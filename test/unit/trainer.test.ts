import { describe, expect, it } from 'vitest';
import { reportItems, itemDone, dueEnd, isPastDue, type LearnerRecords } from '../../src/lib/trainer/progress';
import { cohortRows, itemValue, mergeReports, questionStats, toCsv } from '../../src/lib/trainer/cohort';
import { sealReport } from '../../src/lib/trainer/report-codec';
import { preferredLocale } from '../../src/lib/preferred-locale';
import type { AssignmentPayload } from '../../src/schemas/assignment';
import type { ReportPayload } from '../../src/schemas/report';
import { assignmentRecord, cohortRecord } from '../../src/schemas/assignment-record';

const assignment: AssignmentPayload = {
	v: 1,
	id: 'assign-1',
	title: 'Week 1',
	message: '',
	items: [
		{ kind: 'course', id: 'risk' },
		{ kind: 'lesson', id: 'foundations/what-is-ai' },
		{ kind: 'quiz', id: 'foundations' },
		{ kind: 'assessment', id: 'risk-check' },
		{ kind: 'assessment', id: 'readiness' },
		{ kind: 'template', id: 'impact-assessment' },
	],
	due: '2026-12-15',
	passMark: 70,
	locale: 'en',
	createdAt: '2026-11-26T10:00:00.000Z',
};
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const catalog = new Map([
	['risk', ['risk/a', 'risk/b']],
	['foundations', ['foundations/what-is-ai', 'foundations/landscape']],
]);
const empty: LearnerRecords = { progress: [], attempts: [], assessments: [], drafts: [] };
const lesson = (id: string, completed?: number) => ({
	v: 1 as const,
	id,
	course: id.split('/')[0]!,
	visitedAt: at(1),
	lastVisitedAt: at(1),
	updatedAt: at(1),
	...(completed ? { completedAt: at(completed) } : {}),
});
const draft = (id: string, name: string) => ({
	v: 2 as const,
	id,
	template: 'impact-assessment',
	name,
	values: {},
	changedAt: {},
	nameChangedAt: at(1),
});
const attempt = (percent: number, day: number, points: Record<string, number>) => ({
	v: 1 as const,
	id: `foundations-${day}`,
	quiz: 'foundations',
	finishedAt: at(day),
	updatedAt: at(day),
	percent,
	passMark: 60,
	passed: percent >= 60,
	points,
	answers: {},
});

describe('where a learner stands', () => {
	it('starts with nothing done', () => {
		const items = reportItems(assignment, empty, catalog);
		expect(items.map((i) => itemDone(i, 70))).toEqual([false, false, false, false, false, false]);
		expect(items[0]).toEqual({ kind: 'course', id: 'risk', done: 0, total: 2 });
		expect(items[2]).toEqual({ kind: 'quiz', id: 'foundations', attempts: 0 });
	});

	it('counts lessons, the best quiz attempt, self-assessment results and drafts', () => {
		const records: LearnerRecords = {
			progress: [
				lesson('risk/a', 3),
				lesson('risk/b', 5),
				lesson('foundations/what-is-ai', 4),
				lesson('foundations/landscape'),
			],
			attempts: [
				attempt(60, 6, { q1: 1, q2: 0 }),
				attempt(90, 7, { q1: 1, q2: 1 }),
				attempt(90, 8, { q1: 0.5, q2: 1 }),
			],
			assessments: [
				{
					v: 1,
					id: 'risk-check',
					answers: {},
					step: 3,
					startedAt: at(2),
					updatedAt: at(2),
					completedAt: at(2),
					result: { type: 'level', level: 'high', adjusted: 80 },
				},
				{
					v: 1,
					id: 'readiness',
					answers: {},
					step: 1,
					startedAt: at(2),
					updatedAt: at(2),
					completedAt: at(9),
					result: { type: 'maturity', dimensions: { a: 1, b: 2, c: 4 } },
				},
			],
			drafts: [
				{ ...draft('d1', 'x'), createdAt: at(1), updatedAt: at(3) },
				{ ...draft('d2', 'y'), createdAt: at(1), updatedAt: at(8) },
			],
		};
		const items = reportItems(assignment, records, catalog);
		expect(items[0]).toEqual({ kind: 'course', id: 'risk', done: 2, total: 2, completedAt: at(5) });
		expect(items[1]).toEqual({ kind: 'lesson', id: 'foundations/what-is-ai', completedAt: at(4) });
		// Of two equal best scores, the later attempt.
		expect(items[2]).toEqual({
			kind: 'quiz',
			id: 'foundations',
			attempts: 3,
			best: { percent: 90, finishedAt: at(8), questions: { q1: 0.5, q2: 1 } },
		});
		expect(items[3]).toEqual({ kind: 'assessment', id: 'risk-check', completedAt: at(2), level: 'high' });
		expect(items[4]).toEqual({ kind: 'assessment', id: 'readiness', completedAt: at(9), average: 2.3 });
		expect(items[5]).toEqual({ kind: 'template', id: 'impact-assessment', draftedAt: at(8) });
		expect(items.every((i) => itemDone(i, 70))).toBe(true);
		// The assignment's pass mark decides, not the quiz's own.
		expect(itemDone(items[2]!, 95)).toBe(false);
	});

	it('does not count an unfinished self-assessment or an unknown course', () => {
		const items = reportItems(
			{
				...assignment,
				items: [
					{ kind: 'assessment', id: 'risk-check' },
					{ kind: 'course', id: 'gone' },
				],
			},
			{ ...empty, assessments: [{ v: 1, id: 'risk-check', answers: {}, step: 1, startedAt: at(2), updatedAt: at(2) }] },
			catalog,
		);
		expect(items).toEqual([
			{ kind: 'assessment', id: 'risk-check' },
			{ kind: 'course', id: 'gone', done: 0, total: 0 },
		]);
		expect(items.some((i) => itemDone(i, 70))).toBe(false);
	});

	it('ends a due date at the end of that day, in local time', () => {
		const end = dueEnd('2026-12-15');
		expect([end.getFullYear(), end.getMonth(), end.getDate(), end.getHours(), end.getMinutes()]).toEqual([
			2026, 11, 15, 23, 59,
		]);
		expect(isPastDue('2026-12-15', new Date(2026, 11, 15, 23, 0))).toBe(false);
		expect(isPastDue('2026-12-15', new Date(2026, 11, 16, 0, 0))).toBe(true);
		expect(isPastDue(undefined, new Date(2030, 0, 1))).toBe(false);
	});
});

const reportFor = (
	learner: string,
	name: string,
	created: string,
	quiz?: Record<string, number>,
	percent = 50,
): ReportPayload =>
	sealReport({
		assignment: {
			...assignment,
			items: [
				{ kind: 'lesson', id: 'foundations/what-is-ai' },
				{ kind: 'quiz', id: 'foundations' },
			],
		},
		learner: { id: learner, name },
		createdAt: created,
		items: [
			{ kind: 'lesson', id: 'foundations/what-is-ai', ...(quiz ? { completedAt: at(2) } : {}) },
			{
				kind: 'quiz',
				id: 'foundations',
				attempts: quiz ? 1 : 0,
				...(quiz ? { best: { percent, finishedAt: at(3), questions: quiz } } : {}),
			},
		],
	});

describe('the cohort', () => {
	const amina = reportFor('learner-aa', 'Amina', at(10), { q1: 1, q2: 0, q3: 0 });
	const aminaLater = reportFor('learner-aa', 'Amina', at(12), { q1: 1, q2: 1, q3: 0 }, 80);
	const bo = reportFor('learner-bb', 'Bo', at(11), { q1: 0, q2: 1, q3: 0.5 });
	const chen = reportFor('learner-cc', 'Chen', at(11));

	it('keeps one row per learner, the newest report winning whatever the import order', () => {
		const first = mergeReports([], [amina, bo, amina]);
		expect(first).toMatchObject({ added: 2, replaced: 0, unchanged: 1 });
		const kept = first.put;
		const second = mergeReports(kept, [aminaLater, bo]);
		expect(second).toMatchObject({ added: 0, replaced: 1, unchanged: 1 });
		expect(second.put.map((r) => r.report)).toEqual([aminaLater]);
		// An older report imported after a newer one changes nothing.
		const all = [...kept.filter((r) => r.id !== second.put[0]!.id), ...second.put];
		expect(mergeReports(all, [amina])).toMatchObject({ put: [], unchanged: 1 });
		expect(all.every((r) => cohortRecord.safeParse(r).success)).toBe(true);
	});

	it('marks overdue only learners with something left after the due date', () => {
		const rows = cohortRows([aminaLater, chen], new Date(2026, 11, 16));
		expect(rows.map((r) => [r.learner.name, r.done, r.overdue])).toEqual([
			['Amina', 2, false],
			['Chen', 0, true],
		]);
		expect(cohortRows([chen], new Date(2026, 11, 15, 12)).map((r) => r.overdue)).toEqual([false]);
	});

	it('sorts items by how far the learner got', () => {
		expect(itemValue({ kind: 'course', id: 'x', done: 1, total: 4 })).toBe(0.25);
		expect(itemValue({ kind: 'quiz', id: 'x', attempts: 0 })).toBeLessThan(
			itemValue({ kind: 'quiz', id: 'x', attempts: 1, best: { percent: 0, finishedAt: at(1), questions: {} } }),
		);
	});

	it('gives the share of learners who missed each question, hardest first', () => {
		expect(questionStats([aminaLater, bo, chen], 'foundations')).toEqual([
			{ id: 'q3', answered: 2, missed: 2, share: 1 },
			{ id: 'q1', answered: 2, missed: 1, share: 0.5 },
			{ id: 'q2', answered: 2, missed: 0, share: 0 },
		]);
		expect(questionStats([chen], 'foundations')).toEqual([]);
	});
});

describe('CSV', () => {
	it('quotes what needs quoting and defuses formulas in names learners typed', () => {
		const csv = toCsv([
			['Learner', 'Score'],
			['=HYPERLINK("http://x")', '80%'],
			['Doe, "Jo"', 3],
			['-1+2', '@SUM(A1)'],
		]);
		expect(csv).toBe(
			'\uFEFFLearner,Score\r\n"\'=HYPERLINK(""http://x"")",80%\r\n"Doe, ""Jo""",3\r\n\'-1+2,\'@SUM(A1)\r\n',
		);
	});
});

describe('the learner language', () => {
	const site = [
		{ code: 'en', lang: 'en' },
		{ code: 'fr', lang: 'fr' },
		{ code: 'zh-cn', lang: 'zh-CN' },
	];
	it('prefers the language chosen on the chooser, then the first browser language the site has', () => {
		expect(preferredLocale('fr', ['zh-CN'], site)).toBe('fr');
		expect(preferredLocale(null, ['zh-CN', 'fr'], site)).toBe('zh-cn');
		expect(preferredLocale(null, ['fr-SN', 'en'], site)).toBe('fr');
		expect(preferredLocale(null, ['de', 'zh-TW', 'en'], site)).toBe('zh-cn');
		expect(preferredLocale(null, ['fr-SN'], site)).toBe('fr');
		expect(preferredLocale('xx', ['de'], site)).toBeUndefined();
	});
});

describe('assignment records', () => {
	it('are keyed by role and assignment id', () => {
		const base = { v: 1, role: 'received', assignment, savedAt: at(1), updatedAt: at(1), learnerId: 'abcdefghijkl' };
		expect(assignmentRecord.safeParse({ ...base, id: 'received/assign-1' }).success).toBe(true);
		expect(assignmentRecord.safeParse({ ...base, id: 'made/assign-1' }).success).toBe(false);
		const { learnerId: _, ...withoutLearner } = base;
		expect(assignmentRecord.safeParse({ ...withoutLearner, id: 'received/assign-1' }).success).toBe(false);
		expect(assignmentRecord.safeParse({ ...withoutLearner, role: 'made', id: 'made/assign-1' }).success).toBe(true);
	});
});
