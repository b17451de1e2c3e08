import { describe, expect, it } from 'vitest';
import { encodeReport, sealReport } from '../../src/lib/trainer/report-codec';
import { knownAssignments, planReportImport, type ReportSource } from '../../src/lib/trainer/import-report';
import { mergeReports } from '../../src/lib/trainer/cohort';
import { decodeAssignment, decodeAssignmentFile, encodeAssignment } from '../../src/lib/exchange/assignment-codec';
import type { AssignmentPayload } from '../../src/schemas/assignment';
import type { CohortRecord } from '../../src/schemas/assignment-record';
import type { ReportPayload } from '../../src/schemas/report';

const now = new Date('2026-12-07T12:00:00.000Z');
const assignment: AssignmentPayload = {
	v: 1,
	id: 'week-one-01',
	title: 'Week 1',
	message: '',
	items: [
		{ kind: 'lesson', id: 'foundations/what-is-ai' },
		{ kind: 'quiz', id: 'foundations' },
	],
	due: '2027-03-01',
	passMark: 70,
	locale: 'en',
	createdAt: '2026-12-01T10:00:00.000Z',
};
const report = (createdAt: string, name = 'Amina', of = assignment): ReportPayload =>
	sealReport({
		assignment: of,
		learner: { id: 'learner-0001', name },
		createdAt,
		items: of.items.map((i) =>
			i.kind === 'quiz' ? { kind: 'quiz', id: i.id, attempts: 0 } : { kind: 'lesson', id: i.id },
		),
	});
const row = (r: ReportPayload): CohortRecord => ({
	v: 1,
	id: `${r.assignment.id}/${r.learner.id}`,
	assignment: r.assignment.id,
	report: r,
	importedAt: r.createdAt,
});
const known = new Map([[assignment.id, assignment]]);

/** The same report as each path carries it. */
async function everyPath(r: ReportPayload): Promise<ReportSource[]> {
	const code = await encodeReport(r);
	const file = JSON.stringify(r);
	return [
		{ kind: 'link', text: code, label: 'link' },
		{ kind: 'paste', text: `https://academy.example/en/trainer/#r=${code}`, label: 'pasted link' },
		{ kind: 'file', text: file, size: file.length, label: 'file' },
	];
}

describe('the one report import', () => {
	it('refuses a report dated more than a day ahead on every path, naming the date', async () => {
		const plan = await planReportImport(await everyPath(report('9999-12-31T00:00:00.000Z')), { known, kept: [] });
		expect(plan.put).toEqual([]);
		expect(plan.refused.map((r) => r.problem)).toEqual(
			Array(3).fill({ problem: 'future', date: '9999-12-31T00:00:00.000Z' }),
		);
	});

	it('accepts a report a few hours ahead (a clock a little off), and refuses item dates from the future', async () => {
		const soon = await planReportImport(await everyPath(report('2026-12-08T06:00:00.000Z')), { known, kept: [], now });
		expect(soon.refused).toEqual([]);
		const late = sealReport({
			...report('2026-12-07T10:00:00.000Z'),
			items: [
				{ kind: 'lesson', id: 'foundations/what-is-ai', completedAt: '2030-01-01T00:00:00.000Z' },
				{ kind: 'quiz', id: 'foundations', attempts: 0 },
			],
		});
		const plan = await planReportImport(await everyPath(late), { known, kept: [], now });
		expect(plan.refused.map((r) => r.problem.problem)).toEqual(['future', 'future', 'future']);
	});

	it('refuses on every path a report for another assignment, also one reusing a kept id with other items', async () => {
		const other = { ...assignment, id: 'week-two-02', title: 'Week 2' };
		const into = await planReportImport(await everyPath(report('2026-12-06T10:00:00.000Z', 'A', other)), {
			known,
			kept: [],
			only: assignment.id,
			now,
		});
		expect(into.refused.map((r) => r.problem)).toEqual(Array(3).fill({ problem: 'wrong-assignment', title: 'Week 2' }));
		const impostor = {
			...assignment,
			title: 'Same id',
			items: [{ kind: 'template' as const, id: 'impact-assessment' }],
		};
		const link = await planReportImport(
			[
				{
					kind: 'link',
					text: await encodeReport(
						sealReport({
							...report('2026-12-06T10:00:00.000Z'),
							assignment: impostor,
							items: [{ kind: 'template', id: 'impact-assessment' }],
						}),
					),
					label: '',
				},
			],
			{ known, kept: [], now },
		);
		expect(link.refused.map((r) => r.problem)).toEqual([{ problem: 'wrong-assignment', title: 'Same id' }]);
	});

	it('plans what it would store, and what it replaces, without storing anything', async () => {
		const old = row(report('2026-12-02T10:00:00.000Z'));
		const plan = await planReportImport(
			[{ kind: 'link', text: await encodeReport(report('2026-12-06T10:00:00.000Z', 'Amina D.')), label: '' }],
			{ known, kept: [old], now },
		);
		expect(plan.rows).toEqual([{ name: 'Amina D.', assignment: 'Week 1', replaces: '2026-12-02T10:00:00.000Z' }]);
		expect([plan.added, plan.replaced, plan.unchanged]).toEqual([0, 1, 0]);
	});

	it('lets a real report replace a row dated in the future that was kept before such dates were refused', () => {
		const stuck = row(report('9999-01-01T00:00:00.000Z'));
		const merged = mergeReports([stuck], [report('2026-12-06T10:00:00.000Z')], now);
		expect(merged.replaced).toBe(1);
		expect(merged.put[0]!.report.createdAt).toBe('2026-12-06T10:00:00.000Z');
	});

	it('knows the assignments made here and those seen in reports', () => {
		const r = report('2026-12-06T10:00:00.000Z');
		const map = knownAssignments([], [row(r)]);
		expect([...map.keys()]).toEqual([assignment.id]);
	});
});

describe('assignment dates', () => {
	it('refuses an assignment made in the future, in a code and in a file, but takes a due date far ahead', async () => {
		const future = { ...assignment, createdAt: '9999-01-01T00:00:00.000Z' };
		expect(await decodeAssignment(await encodeAssignment(future), now)).toEqual({
			ok: false,
			problem: 'future',
			date: '9999-01-01T00:00:00.000Z',
		});
		expect(decodeAssignmentFile(JSON.stringify(future), now)).toMatchObject({ ok: false, problem: 'future' });
		const farDue = { ...assignment, due: '2099-12-31' };
		expect(await decodeAssignment(await encodeAssignment(farDue), now)).toMatchObject({ ok: true });
	});
});
