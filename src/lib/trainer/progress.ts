import type { AssignmentPayload } from '../../schemas/assignment';
import type { ReportItem } from '../../schemas/report';
import type { ProgressRecord } from '../../schemas/progress';
import type { AttemptRecord } from '../../schemas/attempt';
import type { AssessmentRecord } from '../../schemas/assessment-record';
import type { DraftRecord } from '../../schemas/draft';

/**
 * Where a learner stands on each item of an assignment, from their own records. The assignment page
 * shows it live; a progress report carries the same items.
 */
export interface LearnerRecords {
	progress: ProgressRecord[];
	attempts: AttemptRecord[];
	assessments: AssessmentRecord[];
	drafts: DraftRecord[];
}

/** Only the fields `reportItems` reads, so the assignment page can pass records checked without zod. */
export interface LearnerView {
	progress: Pick<ProgressRecord, 'id' | 'completedAt'>[];
	attempts: Pick<AttemptRecord, 'quiz' | 'percent' | 'finishedAt' | 'points'>[];
	assessments: Pick<AssessmentRecord, 'id' | 'completedAt' | 'result'>[];
	drafts: Pick<DraftRecord, 'template' | 'updatedAt'>[];
}

/**
 * The lesson ids (`<course>/<lesson>`) of each course, in order. A Map, because the course ids looked
 * up in it come from assignments made elsewhere: on a plain object `constructor` would find a function.
 */
export type Catalog = ReadonlyMap<string, readonly string[]>;

const latest = (dates: (string | undefined)[]) =>
	dates.filter((d): d is string => !!d).sort((a, b) => b.localeCompare(a))[0];

export function reportItems<R extends LearnerView>(
	assignment: AssignmentPayload,
	records: R,
	catalog: Catalog,
): ReportItem[] {
	const completed = new Map(records.progress.filter((p) => p.completedAt).map((p) => [p.id, p.completedAt!]));
	return assignment.items.map(({ kind, id }): ReportItem => {
		switch (kind) {
			case 'course': {
				const lessons = catalog.get(id) ?? [];
				const done = lessons.filter((l) => completed.has(l));
				const all = lessons.length > 0 && done.length === lessons.length;
				return {
					kind,
					id,
					done: done.length,
					total: lessons.length,
					...(all ? { completedAt: latest(done.map((l) => completed.get(l))) } : {}),
				};
			}
			case 'lesson':
				return { kind, id, ...(completed.has(id) ? { completedAt: completed.get(id) } : {}) };
			case 'quiz': {
				const mine = records.attempts.filter((a) => a.quiz === id);
				// The best score; of equal scores, the latest attempt.
				const best = mine.sort((a, b) => b.percent - a.percent || b.finishedAt.localeCompare(a.finishedAt))[0];
				return {
					kind,
					id,
					attempts: mine.length,
					...(best
						? { best: { percent: best.percent, finishedAt: best.finishedAt, questions: { ...best.points } } }
						: {}),
				};
			}
			case 'assessment': {
				const record = records.assessments.find((a) => a.id === id);
				const result = record?.completedAt ? record.result : undefined;
				const ratings = result?.type === 'maturity' ? Object.values(result.dimensions) : [];
				return {
					kind,
					id,
					...(result ? { completedAt: record!.completedAt } : {}),
					...(result?.type === 'level' ? { level: result.level } : {}),
					...(ratings.length
						? { average: Math.round((ratings.reduce((n, r) => n + r, 0) / ratings.length) * 10) / 10 }
						: {}),
				};
			}
			case 'template': {
				const drafted = latest(records.drafts.filter((d) => d.template === id).map((d) => d.updatedAt));
				return { kind, id, ...(drafted ? { draftedAt: drafted } : {}) };
			}
		}
	});
}

/** Whether an item counts as done: a quiz only at or above the assignment's pass mark. */
export function itemDone(item: ReportItem, passMark: number): boolean {
	switch (item.kind) {
		case 'course':
			return item.total > 0 && item.done === item.total;
		case 'lesson':
		case 'assessment':
			return !!item.completedAt;
		case 'quiz':
			return !!item.best && item.best.percent >= passMark;
		case 'template':
			return !!item.draftedAt;
	}
}

/** The end of the due date in the time zone of whoever is looking (the learner's, for the learner). */
export function dueEnd(due: string): Date {
	const [y, m, d] = due.split('-').map(Number) as [number, number, number];
	return new Date(y, m - 1, d, 23, 59, 59, 999);
}

export const isPastDue = (due: string | undefined, now: Date) => !!due && now > dueEnd(due);
