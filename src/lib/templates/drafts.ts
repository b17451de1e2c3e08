import type { AcademyDb } from '../storage/db';
import type { DraftRecord } from '../../schemas/draft';
import { putRecords, validateRecord } from '../storage/records';
import { announceChange, announceToOthers } from '../storage/broadcast';
import { mergeDraft, type DraftChanges } from './merge-draft';

/**
 * The template-draft actions the islands call (the `drafts` store): save, delete, restore after an
 * undo, and names that never repeat.
 */

/**
 * Saves this tab's changes to a draft: reads the stored draft and writes it back with only the
 * changed answers (and name) laid over it, newest wins, so another tab's answers are never overwritten
 * by this tab's older copy (merge-draft.ts). The read and the write are one read-write transaction, so
 * another tab's save cannot fall between them; it is committed as soon as the write is issued, so it
 * never waits for the page. A page being left (`pagehide`) writes with `saveDraftAtOnce` instead: its
 * read would never be answered. Returns what was stored.
 */
export async function saveDraft(
	db: AcademyDb,
	mine: DraftRecord,
	changes: DraftChanges = { fields: new Set(Object.keys(mine.values)), name: true },
): Promise<DraftRecord> {
	const tx = db.transaction('drafts', 'readwrite');
	const raw: unknown = await tx.store.get(mine.id);
	const stored = raw === undefined ? undefined : validateRecord('drafts', raw);
	// A stored copy that no longer reads is left for the quarantine on the next read; this tab's copy wins.
	const before = stored?.ok ? (stored.value as DraftRecord) : undefined;
	const checked = validateRecord('drafts', mergeDraft(before, mine, changes));
	if (!checked.ok) {
		tx.abort();
		throw new Error(checked.error);
	}
	const merged = checked.value as DraftRecord;
	const put = tx.store.put(merged);
	tx.commit?.();
	await Promise.all([put, tx.done]);
	// Only a new or renamed draft changes what this tab lists; its answers are already on screen.
	const listed = before !== undefined && before.name === merged.name;
	(listed ? announceToOthers : announceChange)(['drafts']);
	return merged;
}

/**
 * Saves this tab's changes without reading first, laid over `known`, the stored draft as the tab last
 * read it: for a page being left (`pagehide`), whose read would never be answered. The write and the
 * commit are issued within the call.
 */
export function saveDraftAtOnce(
	db: AcademyDb,
	mine: DraftRecord,
	changes: DraftChanges,
	known: DraftRecord | undefined,
	tell: 'all' | 'others' = 'all',
): Promise<void> {
	const checked = validateRecord('drafts', mergeDraft(known, mine, changes));
	if (!checked.ok) return Promise.reject(new Error(checked.error));
	const tx = db.transaction('drafts', 'readwrite');
	const put = tx.store.put(checked.value as DraftRecord);
	tx.commit?.();
	return Promise.all([put, tx.done]).then(() => (tell === 'all' ? announceChange : announceToOthers)(['drafts']));
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
