import type { AcademyDb, AcademySchema } from './db';
import type { z } from 'zod';
import { progressRecord } from '../../schemas/progress';
import { settingRecord } from '../../schemas/settings';
import { quarantineRecord } from '../../schemas/quarantine';
import { attemptRecord } from '../../schemas/attempt';
import { assessmentRecord } from '../../schemas/assessment-record';
import { downloadRecord } from '../../schemas/download';
import { draftRecord } from '../../schemas/draft';
import { upgradeDraft } from '../templates/upgrade-draft';
import { assignmentRecord, cohortRecord } from '../../schemas/assignment-record';
import { savedAnswersRecord } from '../../schemas/saved-answers';
import { safetyCopyRecord } from '../../schemas/safety-copy';
import type { StoreName } from './db';
import { announceChange } from './broadcast';

/**
 * The schema of each store's records. A store whose feature is not built yet has none: it must be
 * empty, and anything found there is quarantined. A feature that starts writing a store adds its
 * schema here (and, for a new record version, a migration in `upgradeRecord`).
 */
export const recordSchemas: Record<StoreName, z.ZodType | null> = {
	progress: progressRecord,
	attempts: attemptRecord,
	assessments: assessmentRecord,
	drafts: draftRecord,
	assignments: assignmentRecord,
	cohorts: cohortRecord,
	downloads: downloadRecord,
	settings: settingRecord,
	answers: savedAnswersRecord,
	quarantine: quarantineRecord,
	safety: safetyCopyRecord,
};

/** Brings an older record version up to date before validation (drafts: version 1 to 2). */
export function upgradeRecord(store: StoreName, record: unknown): unknown {
	return store === 'drafts' ? upgradeDraft(record) : record;
}

export type Validated<T = unknown> = { ok: true; value: T } | { ok: false; error: string };

export function validateRecord(store: StoreName, record: unknown): Validated {
	const schema = recordSchemas[store];
	if (!schema) return { ok: false, error: `The ${store} store takes no records in this version.` };
	let result;
	try {
		result = schema.safeParse(upgradeRecord(store, record));
	} catch {
		// A record nested thousands of levels deep exhausts the stack: it is malformed, not a crash.
		return { ok: false, error: 'The record is malformed (nested too deeply).' };
	}
	if (result.success) return { ok: true, value: result.data };
	return {
		ok: false,
		error: result.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; '),
	};
}

/**
 * Reads a store, validating every record. A record that fails is moved to the quarantine store in
 * the same transaction (never dropped, never thrown at the page), and counted in `quarantined`.
 */
export async function readStore<T>(db: AcademyDb, store: StoreName): Promise<{ records: T[]; quarantined: number }> {
	const tx = db.transaction([store, 'quarantine'], 'readwrite');
	const source = tx.objectStore(store);
	const records: T[] = [];
	let quarantined = 0;
	let cursor = await source.openCursor();
	while (cursor) {
		const checked =
			store === 'quarantine' ? { ok: true as const, value: cursor.value } : validateRecord(store, cursor.value);
		if (checked.ok) records.push(checked.value as T);
		else {
			await tx.objectStore('quarantine').add({
				store,
				key: cursor.key,
				record: cursor.value,
				error: checked.error.slice(0, 2000),
				quarantinedAt: new Date().toISOString(),
			});
			await cursor.delete();
			quarantined++;
		}
		cursor = await cursor.continue();
	}
	await tx.done;
	if (quarantined) announceChange([store, 'quarantine']);
	return { records, quarantined };
}

/** Validates and writes records in one transaction: all are written, or none. */
export async function putRecords(db: AcademyDb, store: StoreName, records: unknown[]): Promise<void> {
	const valid = records.map((r) => {
		const checked = validateRecord(store, r);
		if (!checked.ok) throw new Error(checked.error);
		return checked.value;
	});
	const tx = db.transaction(store, 'readwrite');
	// Each record was checked against this store's schema just above.
	await Promise.all([...valid.map((r) => tx.store.put(r as AcademySchema[typeof store]['value'])), tx.done]);
	announceChange([store]);
}
