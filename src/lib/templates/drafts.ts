import type { AcademyDb } from '../storage/db';
import type { DraftRecord } from '../../schemas/draft';
import { putRecords, validateRecord } from '../storage/records';
import { announceChange } from '../storage/broadcast';

/**
 * The template-draft actions the islands call (the `drafts` store): save, delete, restore after an
 * undo, and names that never repeat.
 */

/**
 * Saves a draft stamped with the time. Everything up to the commit happens synchronously within the
 * call, and the transaction is committed at once rather than when the page next idles: a call made
 * while the page is being hidden or left (`pagehide`) must reach the database before the page goes.
 */
export async function saveDraft(db: AcademyDb, record: DraftRecord, now = new Date()): Promise<DraftRecord> {
	const stamped = { ...record, updatedAt: now.toISOString() };
	const checked = validateRecord('drafts', stamped);
	if (!checked.ok) throw new Error(checked.error);
	const tx = db.transaction('drafts', 'readwrite');
	const put = tx.store.put(checked.value as DraftRecord);
	// Not in browsers before 2021 (Chrome 76, Safari 15): there the write commits as usual.
	tx.commit?.();
	await Promise.all([put, tx.done]);
	announceChange(['drafts']);
	return stamped;
}

/** Deletes a draft and returns it as it was, for an undo; undefined if it was not stored. */
export async function deleteDraft(db: AcademyDb, id: string): Promise<DraftRecord | undefined> {
	const tx = db.transaction('drafts', 'readwrite');
	const found = await tx.store.get(id);
	if (found) await tx.store.delete(id);
	await tx.done;
	if (found) announceChange(['drafts']);
	return found;
}

/** Puts a deleted draft back exactly as it was (same id, name, values and dates). */
export function restoreDraft(db: AcademyDb, record: DraftRecord): Promise<void> {
	return putRecords(db, 'drafts', [record]);
}

/**
 * `wanted`, or the first of `numbered(2)`, `numbered(3)`, … not in `taken`: drafts started in the
 * same minute, or the same file opened twice, get names a learner can tell apart.
 */
export function uniqueName(wanted: string, taken: Iterable<string>, numbered: (n: number) => string): string {
	const names = new Set(taken);
	if (!names.has(wanted)) return wanted;
	for (let n = 2; ; n++) if (!names.has(numbered(n))) return numbered(n);
}
