import type { IDBPDatabase } from 'idb';
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
 * by this tab's older copy (merge-draft.ts). The read and the write are two transactions, each
 * committed as soon as its request is issued: neither waits for the page to answer, so a page being
 * left (`pagehide`) never leaves a transaction open that would hold back its last write
 * (`saveDraftAtOnce`). No lock between the two: it costs the first save of a new draft a step, and a
 * browser closed at once then loses it; another tab writing in the moment between them is far rarer.
 * Returns what was stored.
 */
export async function saveDraft(
	db: IDBPDatabase,
	mine: DraftRecord,
	changes: DraftChanges = { fields: new Set(Object.keys(mine.values)), name: true },
): Promise<DraftRecord> {
	return readThenWrite(db, mine, changes);
}

async function readThenWrite(db: IDBPDatabase, mine: DraftRecord, changes: DraftChanges): Promise<DraftRecord> {
	const read = db.transaction('drafts', 'readonly');
	const got = read.store.get(mine.id);
	read.commit?.();
	const raw: unknown = await got;
	const stored = raw === undefined ? undefined : validateRecord('drafts', raw);
	// A stored copy that no longer reads is left for the quarantine on the next read; this tab's copy wins.
	const before = stored?.ok ? (stored.value as DraftRecord) : undefined;
	const merged = mergeDraft(before, mine, changes);
	// Only a new or renamed draft changes what this tab lists; its answers are already on screen.
	const listed = before !== undefined && before.name === merged.name;
	await saveDraftAtOnce(db, merged, { fields: new Set(), name: false }, merged, listed ? 'others' : 'all');
	return merged;
}

/**
 * Saves this tab's changes without reading first, laid over `known`, the stored draft as the tab last
 * read it: for a page being left (`pagehide`), whose read would never be answered. The write and the
 * commit are issued within the call.
 */
export function saveDraftAtOnce(
	db: IDBPDatabase,
	mine: DraftRecord,
	changes: DraftChanges,
	known: DraftRecord | undefined,
	tell: 'all' | 'others' = 'all',
): Promise<void> {
	const checked = validateRecord('drafts', mergeDraft(known, mine, changes));
	if (!checked.ok) return Promise.reject(new Error(checked.error));
	const tx = db.transaction('drafts', 'readwrite');
	const put = tx.store.put(checked.value);
	tx.commit?.();
	return Promise.all([put, tx.done]).then(() => (tell === 'all' ? announceChange : announceToOthers)(['drafts']));
}

/** Deletes a draft and returns it as it was, for an undo; undefined if it was not stored. */
export async function deleteDraft(db: IDBPDatabase, id: string): Promise<DraftRecord | undefined> {
	const tx = db.transaction('drafts', 'readwrite');
	const found = (await tx.store.get(id)) as DraftRecord | undefined;
	if (found) await tx.store.delete(id);
	await tx.done;
	if (found) announceChange(['drafts']);
	return found;
}

/** Puts a deleted draft back exactly as it was (same id, name, values and dates). */
export function restoreDraft(db: IDBPDatabase, record: DraftRecord): Promise<void> {
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
