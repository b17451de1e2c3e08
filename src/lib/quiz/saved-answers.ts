import type { AcademyDb } from '../storage/db';
import type { Answer } from '../../schemas/quiz';
import type { SavedAnswersRecord } from '../../schemas/saved-answers';
import { ID_PATTERN as SLUG, SAVED_ANSWERS_ID_PATTERN as ID } from '../../schemas/id-pattern';

/**
 * Answers in progress for a quiz or a lesson check: saved as they are given, restored on return,
 * discarded once checked. Free of zod, like progress.ts, because lesson checks use it: a record is
 * checked by `isSavedAnswers` before use; the full schema (src/schemas/saved-answers.ts) runs on
 * "My learning" and on backups. test/unit/storage/saved-answers.test.ts keeps the two in step.
 */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const slug = (v: unknown) => typeof v === 'string' && v.length <= 60 && SLUG.test(v);
const slugs = (v: unknown, max: number) => Array.isArray(v) && v.length <= max && v.every(slug);

export function isAnswer(a: unknown): a is Answer {
	if (typeof a !== 'object' || a === null) return false;
	const x = a as Record<string, unknown>;
	switch (x.type) {
		case 'single':
			return slug(x.option);
		case 'multiple':
			return slugs(x.options, 8);
		case 'true-false':
			return typeof x.value === 'boolean';
		case 'ordering':
			// Places not given yet are empty strings until every item has one.
			return Array.isArray(x.order) && x.order.length <= 6 && x.order.every((s) => s === '' || slug(s));
		case 'matching':
			return (
				typeof x.matches === 'object' &&
				x.matches !== null &&
				Object.entries(x.matches).every(([k, v]) => slug(k) && slug(v))
			);
		default:
			return false;
	}
}

export function isSavedAnswers(r: unknown): r is SavedAnswersRecord {
	if (typeof r !== 'object' || r === null) return false;
	const s = r as Record<string, unknown>;
	return (
		s.v === 1 &&
		typeof s.id === 'string' &&
		s.id.length <= 200 &&
		ID.test(s.id) &&
		Number.isInteger(s.seed) &&
		(s.seed as number) >= 0 &&
		(s.seed as number) <= 0xffffffff &&
		typeof s.answers === 'object' &&
		s.answers !== null &&
		!Array.isArray(s.answers) &&
		Object.entries(s.answers).every(([k, v]) => slug(k) && isAnswer(v)) &&
		typeof s.updatedAt === 'string' &&
		ISO.test(s.updatedAt)
	);
}

/** The answers in progress for `id`, or nothing (none saved, or a record "My learning" will set aside). */
export async function loadAnswers(db: AcademyDb, id: string): Promise<SavedAnswersRecord | undefined> {
	const record: unknown = await db.get('answers', id);
	return isSavedAnswers(record) ? record : undefined;
}

/** Keeps the answers given so far, and the order they were shown in. */
export async function saveAnswers(
	db: AcademyDb,
	id: string,
	seed: number,
	answers: Record<string, Answer>,
	now = new Date(),
): Promise<SavedAnswersRecord> {
	const record: SavedAnswersRecord = { v: 1, id, seed, answers, updatedAt: now.toISOString() };
	if (!isSavedAnswers(record)) throw new Error(`Not a valid answers record: ${id}`);
	// Other tabs are not told: no page lists answers in progress, and a quiz page reloading every
	// store on each click would slow a cheap phone down.
	await db.put('answers', record);
	return record;
}

/** Forgets the answers in progress: they have been checked (and, for a course quiz, kept as an attempt). */
export async function discardAnswers(db: AcademyDb, id: string): Promise<void> {
	await db.delete('answers', id);
}
