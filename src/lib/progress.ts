import type { AcademyDb } from './storage/db';
import type { ProgressRecord } from '../schemas/progress';
import { announceChange } from './storage/broadcast';
import { ID_PATTERN, LESSON_ID_PATTERN } from '../schemas/id-pattern';

/**
 * Lesson progress for lesson and course pages. Deliberately free of zod (about 80 KB here): a record
 * is checked by `isProgressRecord` before it is shown; the full schema check, with quarantine of bad
 * records, runs on "My learning" (records.ts). test/unit/progress.test.ts keeps the two in step.
 */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const iso = (v: unknown) => typeof v === 'string' && ISO.test(v);

export function isProgressRecord(r: unknown): r is ProgressRecord {
	if (typeof r !== 'object' || r === null) return false;
	const p = r as Record<string, unknown>;
	return (
		p.v === 1 &&
		typeof p.id === 'string' &&
		p.id.length <= 200 &&
		LESSON_ID_PATTERN.test(p.id) &&
		typeof p.course === 'string' &&
		p.course.length <= 60 &&
		ID_PATTERN.test(p.course) &&
		iso(p.visitedAt) &&
		iso(p.lastVisitedAt) &&
		iso(p.updatedAt) &&
		(p.completedAt === undefined || iso(p.completedAt))
	);
}

const now = () => new Date().toISOString();

/** Records a visit; the first visit also creates the record. */
export async function markVisited(db: AcademyDb, id: string): Promise<ProgressRecord> {
	const tx = db.transaction('progress', 'readwrite');
	const old: unknown = await tx.store.get(id);
	const at = now();
	const record: ProgressRecord = isProgressRecord(old)
		? { ...old, lastVisitedAt: at, updatedAt: at }
		: { v: 1, id, course: id.split('/')[0]!, visitedAt: at, lastVisitedAt: at, updatedAt: at };
	// A record that fails the check is left for "My learning" to quarantine, not overwritten.
	if (old !== undefined && !isProgressRecord(old)) {
		await tx.done;
		return record;
	}
	await tx.store.put(record);
	await tx.done;
	announceChange(['progress']);
	return record;
}

/** Marks a lesson complete or, with `complete` false, not complete. */
export async function setComplete(db: AcademyDb, id: string, complete: boolean): Promise<ProgressRecord | undefined> {
	const tx = db.transaction('progress', 'readwrite');
	const old: unknown = await tx.store.get(id);
	const at = now();
	const base: ProgressRecord | undefined = isProgressRecord(old)
		? old
		: old === undefined
			? { v: 1, id, course: id.split('/')[0]!, visitedAt: at, lastVisitedAt: at, updatedAt: at }
			: undefined;
	if (!base) {
		await tx.done;
		return undefined;
	}
	const { completedAt, ...rest } = base;
	if (complete === (completedAt !== undefined)) {
		await tx.done;
		return base;
	}
	const record: ProgressRecord = complete ? { ...rest, completedAt: at, updatedAt: at } : { ...rest, updatedAt: at };
	await tx.store.put(record);
	await tx.done;
	announceChange(['progress']);
	return record;
}

/** Every readable progress record, by lesson id. */
export async function readProgress(db: AcademyDb): Promise<Map<string, ProgressRecord>> {
	const all: unknown[] = await db.getAll('progress');
	return new Map(all.filter(isProgressRecord).map((r) => [r.id, r]));
}

/** What the course and home pages need of a progress record to say where to go on. */
export type Progress = Pick<ProgressRecord, 'lastVisitedAt' | 'completedAt' | 'updatedAt'>;

/** The first of a course's lessons (in order) not completed; undefined when every one is. */
export function firstUnfinished(lessons: readonly string[], progress: ReadonlyMap<string, Progress>) {
	return lessons.find((id) => !progress.get(id)?.completedAt);
}

/** Lesson id of a lesson URL: `/base/fr/courses/foundations/what-is-ai/` -> `foundations/what-is-ai`. */
export function lessonIdOfPath(pathname: string): string | undefined {
	const m = /\/courses\/([a-z0-9-]+)\/([a-z0-9-]+)\/?$/.exec(pathname);
	const id = m ? `${m[1]}/${m[2]}` : undefined;
	return id && LESSON_ID_PATTERN.test(id) ? id : undefined;
}
