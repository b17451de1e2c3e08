import type { IDBPTransaction } from 'idb';
import type { AcademyDb, AcademySchema, StoreName } from './db';
import {
	BACKUP_FORMAT,
	BACKUP_MAX_BYTES,
	BACKUP_VERSION,
	QUARANTINE_MAX_COUNT,
	QUARANTINE_RECORD_MAX_BYTES,
	RECORD_MAX_DEPTH,
	backupFile,
	backupHeader,
	backupStores,
	type BackupFile,
	type BackupStore,
} from '../../schemas/backup';
import { deviceSettings, type SettingRecord } from '../../schemas/settings';
import { SAFETY_COPY_ID, safetyCopyRecord, type SafetyCopyRecord } from '../../schemas/safety-copy';
import type { CohortRecord } from '../../schemas/assignment-record';
import { checksumOf, madeAt } from '../trainer/report-codec';
import { firstFuture } from '../exchange/clock-skew';
import { validateRecord } from './records';
import { mergeRecord } from './merge';
import { announceChange } from './broadcast';
import { nestedDeeperThan } from './depth';

/**
 * Untyped on purpose: each record was checked against its own store's schema by parseBackup, a link
 * between store name and record that the type checker cannot follow through a loop over stores.
 */
type Tx<Mode extends IDBTransactionMode = 'readonly' | 'readwrite'> = IDBPTransaction<unknown, string[], Mode>;
const untyped = <Mode extends IDBTransactionMode>(tx: IDBPTransaction<AcademySchema, ArrayLike<StoreName>, Mode>) =>
	tx as unknown as Tx<Mode>;

const isDeviceSetting = (record: unknown) =>
	(deviceSettings as readonly unknown[]).includes((record as Partial<SettingRecord> | null)?.key);

/** Every record the learner owns in the stores a backup carries, less this device's own settings. */
async function snapshot(tx: Tx, now: Date): Promise<BackupFile> {
	const stores = {} as BackupFile['stores'];
	for (const name of backupStores) {
		const records: unknown[] = await tx.objectStore(name).getAll();
		stores[name] = name === 'settings' ? records.filter((r) => !isDeviceSetting(r)) : records;
	}
	return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), stores };
}

/** Everything the learner owns, as a backup file object. */
export async function exportBackup(db: AcademyDb, now = new Date()): Promise<BackupFile> {
	const tx = db.transaction([...backupStores], 'readonly');
	const file = await snapshot(untyped(tx), now);
	await tx.done;
	return file;
}

/** Notes the time of the last backup, for the reminder on "My learning". */
export async function recordBackupMade(db: AcademyDb, at = new Date()): Promise<void> {
	const when = at.toISOString();
	await db.put('settings', { key: 'lastBackupAt', value: when, updatedAt: when } satisfies SettingRecord);
	announceChange(['settings']);
}

/** How many records a restore would replace: the same count a backup of the device would give. */
export async function countRecords(db: AcademyDb): Promise<number> {
	return total(await exportBackup(db));
}

const total = (backup: BackupFile) => Object.values(backup.stores).reduce((n, records) => n + records.length, 0);

/** Why a file was refused, as a message key for the learner's language plus details. */
export type BackupProblem =
	| { problem: 'too-large'; bytes: number }
	| { problem: 'not-json' }
	| { problem: 'not-a-backup' }
	| { problem: 'newer-version'; version: number }
	| { problem: 'bad-record'; store: string; index: number; detail: string }
	| { problem: 'malformed'; store: string; index: number }
	| { problem: 'checksum'; index: number }
	| { problem: 'future'; index: number; date: string }
	| { problem: 'quarantine-too-large' }
	| { problem: 'bad-structure'; detail: string };

export type ParsedBackup =
	{ ok: true; backup: BackupFile; counts: Record<BackupStore, number> } | ({ ok: false } & BackupProblem);

/**
 * Reads a backup file's text and checks every part of it before anything is written: the size, that
 * it is JSON, the format name and version, and every record against its store's schema. Never throws:
 * whatever the file holds, the answer is a backup or the reason it was refused.
 */
export function parseBackup(text: string, byteLength = new Blob([text]).size, now = new Date()): ParsedBackup {
	if (byteLength > BACKUP_MAX_BYTES) return { ok: false, problem: 'too-large', bytes: byteLength };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	return checkBackup(raw, now);
}

/**
 * The checks of `parseBackup` on an object: a file's content, or the safety copy before it is put back.
 * With `now`, a trainer's report dated more than a day ahead is refused, as the trainer's own import
 * refuses it; the safety copy is checked without, since it holds what this device already kept.
 */
export function checkBackup(raw: unknown, now?: Date): ParsedBackup {
	try {
		return check(raw, now);
	} catch (error) {
		// Nothing above should throw; if something does, the file is refused, never half-read.
		return { ok: false, problem: 'bad-structure', detail: String(error).slice(0, 200) };
	}
}

function check(raw: unknown, now: Date | undefined): ParsedBackup {
	const header = backupHeader.safeParse(raw);
	if (!header.success) return { ok: false, problem: 'not-a-backup' };
	if (header.data.version > BACKUP_VERSION)
		return { ok: false, problem: 'newer-version', version: header.data.version };
	const file = backupFile.safeParse(raw);
	if (!file.success) {
		const issue = file.error.issues[0]!;
		return { ok: false, problem: 'bad-structure', detail: `${issue.path.join('.')}: ${issue.message}` };
	}
	const stores = {} as BackupFile['stores'];
	const counts = {} as Record<BackupStore, number>;
	for (const name of backupStores) {
		// By key, so a record listed twice is written and counted once (the last copy wins).
		const checked = new Map<unknown, unknown>();
		const given = file.data.stores[name] ?? [];
		if (name === 'quarantine' && given.length > QUARANTINE_MAX_COUNT)
			return { ok: false, problem: 'quarantine-too-large' };
		for (const [index, record] of given.entries()) {
			if (nestedDeeperThan(record, RECORD_MAX_DEPTH)) return { ok: false, problem: 'malformed', store: name, index };
			if (name === 'settings' && isDeviceSetting(record)) continue;
			if (name === 'quarantine' && JSON.stringify(record).length > QUARANTINE_RECORD_MAX_BYTES)
				return { ok: false, problem: 'quarantine-too-large' };
			const result = validateRecord(name, record);
			if (!result.ok) return { ok: false, problem: 'bad-record', store: name, index, detail: result.error };
			// The same check as a trainer's import of the report on its own.
			if (name === 'cohorts') {
				const report = (record as CohortRecord).report;
				if (checksumOf(report) !== report.checksum) return { ok: false, problem: 'checksum', index };
				const future = now && firstFuture(madeAt(report), now);
				if (future) return { ok: false, problem: 'future', index, date: future };
			}
			checked.set(name === 'quarantine' ? index : keyOf(name, result.value), result.value);
		}
		stores[name] = [...checked.values()];
		counts[name] = checked.size;
	}
	return { ok: true, backup: { ...file.data, stores }, counts };
}

const keyOf = (store: BackupStore, record: unknown) =>
	(record as Record<'id' | 'key', unknown>)[store === 'settings' ? 'key' : 'id'];

/** Why a restore failed to write, for a message that says the true reason. */
export type RestoreFailure = 'full' | 'malformed' | 'refused';

export function restoreFailure(error: unknown): RestoreFailure {
	const name = (error as { name?: unknown } | null)?.name;
	if (name === 'QuotaExceededError') return 'full';
	// A value the browser cannot copy into storage, or one nested so deep that copying overflows.
	if (name === 'DataCloneError' || error instanceof RangeError) return 'malformed';
	return 'refused';
}

/**
 * Writes a checked backup in one transaction over every store: on any failure (a full disk, say)
 * nothing changes. "replace" empties the stores first; "merge" combines record by record (merge.ts).
 * Either way, what was there is first kept as the safety copy, in the same transaction, so the
 * restore can be undone.
 */
export async function restoreBackup(
	db: AcademyDb,
	backup: BackupFile,
	mode: 'merge' | 'replace',
	now = new Date(),
): Promise<void> {
	const tx = untyped(db.transaction([...backupStores, 'safety'], 'readwrite'));
	tx.done.catch(() => {}); // the failure is rethrown below, once
	try {
		const copy: SafetyCopyRecord = {
			v: 1,
			id: SAFETY_COPY_ID,
			savedAt: now.toISOString(),
			backup: await snapshot(tx, now),
		};
		await tx.objectStore('safety').put(copy);
		for (const name of backupStores) {
			const store = tx.objectStore(name);
			const records = backup.stores[name] ?? [];
			if (mode === 'replace') await clear(tx, name);
			if (name === 'quarantine') {
				// Quarantined records get new keys here: they are kept, never merged.
				for (const record of records) {
					const { id: _id, ...rest } = record as { id?: number };
					await store.add(rest);
				}
				continue;
			}
			for (const record of records) {
				// Device settings were left out by the check; this keeps it so for any caller.
				if (name === 'settings' && isDeviceSetting(record)) continue;
				const current: unknown = mode === 'merge' ? await store.get(keyOf(name, record) as IDBValidKey) : undefined;
				await store.put(mergeRecord(name, current, record));
			}
		}
		await tx.done;
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// Already aborted by the browser (e.g. quota exceeded): nothing was written either way.
		}
		throw error;
	}
	announceChange([...backupStores, 'safety']);
}

/** Empties a store for "replace", keeping settings that belong to this device. */
async function clear(tx: Tx<'readwrite'>, name: BackupStore) {
	const store = tx.objectStore(name);
	if (name !== 'settings') return store.clear();
	for (const record of (await store.getAll()) as SettingRecord[]) {
		if (!isDeviceSetting(record)) await store.delete(record.key);
	}
}

/** The copy of what the last restore replaced, checked as a backup is; undefined when there is none. */
export async function readSafetyCopy(
	db: AcademyDb,
): Promise<{ savedAt: string; count: number; backup: BackupFile } | undefined> {
	const found = safetyCopyRecord.safeParse(await db.get('safety', SAFETY_COPY_ID));
	if (!found.success) return undefined;
	const checked = checkBackup(found.data.backup);
	if (!checked.ok) return undefined;
	return { savedAt: found.data.savedAt, count: total(checked.backup), backup: checked.backup };
}

/**
 * Puts back what the last restore replaced. What is there now becomes the safety copy in turn, so
 * undoing can itself be undone. Returns how many records came back, or undefined with no copy.
 */
export async function undoLastRestore(db: AcademyDb, now = new Date()): Promise<number | undefined> {
	const copy = await readSafetyCopy(db);
	if (!copy) return undefined;
	await restoreBackup(db, copy.backup, 'replace', now);
	return copy.count;
}
