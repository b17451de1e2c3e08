import type { IDBPObjectStore } from 'idb';
import type { AcademyDb } from './db';
import {
	BACKUP_FORMAT,
	BACKUP_MAX_BYTES,
	BACKUP_VERSION,
	backupFile,
	backupHeader,
	backupStores,
	type BackupFile,
	type BackupStore,
} from '../../schemas/backup';
import { deviceSettings, type SettingRecord } from '../../schemas/settings';
import { validateRecord } from './records';
import { mergeRecord } from './merge';
import { announceChange } from './broadcast';

/** Everything the learner owns, as a backup file object. */
export async function exportBackup(db: AcademyDb, now = new Date()): Promise<BackupFile> {
	const tx = db.transaction([...backupStores], 'readonly');
	const stores = {} as BackupFile['stores'];
	for (const name of backupStores) {
		let records: unknown[] = await tx.objectStore(name).getAll();
		if (name === 'settings')
			records = records.filter((r) => !deviceSettings.includes((r as SettingRecord).key as never));
		stores[name] = records;
	}
	await tx.done;
	return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), stores };
}

/** Notes the time of the last backup, for the reminder on "My learning". */
export async function recordBackupMade(db: AcademyDb, at = new Date()): Promise<void> {
	const when = at.toISOString();
	await db.put('settings', { key: 'lastBackupAt', value: when, updatedAt: when } satisfies SettingRecord);
	announceChange(['settings']);
}

/** Why a file was refused, as a message key for the learner's language plus details. */
export type BackupProblem =
	| { problem: 'too-large'; bytes: number }
	| { problem: 'not-json' }
	| { problem: 'not-a-backup' }
	| { problem: 'newer-version'; version: number }
	| { problem: 'bad-record'; store: string; index: number; detail: string }
	| { problem: 'bad-structure'; detail: string };

export type ParsedBackup =
	{ ok: true; backup: BackupFile; counts: Record<BackupStore, number> } | ({ ok: false } & BackupProblem);

/**
 * Reads a backup file's text and checks every part of it before anything is written: the size, that
 * it is JSON, the format name and version, and every record against its store's schema.
 */
export function parseBackup(text: string, byteLength = new Blob([text]).size): ParsedBackup {
	if (byteLength > BACKUP_MAX_BYTES) return { ok: false, problem: 'too-large', bytes: byteLength };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
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
		const checked: unknown[] = [];
		for (const [index, record] of (file.data.stores[name] ?? []).entries()) {
			const result = validateRecord(name, record);
			if (!result.ok) return { ok: false, problem: 'bad-record', store: name, index, detail: result.error };
			checked.push(result.value);
		}
		stores[name] = checked;
		counts[name] = checked.length;
	}
	return { ok: true, backup: { ...file.data, stores }, counts };
}

/**
 * Writes a checked backup in one transaction over every store: on any failure (a full disk, say)
 * nothing changes. "replace" empties the stores first; "merge" combines record by record (merge.ts).
 */
export async function restoreBackup(db: AcademyDb, backup: BackupFile, mode: 'merge' | 'replace'): Promise<void> {
	const tx = db.transaction([...backupStores], 'readwrite');
	tx.done.catch(() => {}); // the failure is rethrown below, once
	try {
		for (const name of backupStores) {
			// Untyped: each record was checked against its own store's schema by parseBackup, a link
			// between store name and record the type checker cannot follow through this loop.
			const store = tx.objectStore(name) as unknown as AnyStore;
			let records = backup.stores[name] ?? [];
			if (name === 'quarantine') {
				// Quarantined records get new keys here: they are kept, never merged.
				records = (records as Record<string, unknown>[]).map(({ id: _id, ...rest }) => rest);
				if (mode === 'replace') await clear(store, name);
				for (const r of records) await store.add(r);
				continue;
			}
			if (mode === 'replace') await clear(store, name);
			for (const record of records) {
				const key = (record as Record<string, IDBValidKey>)[name === 'settings' ? 'key' : 'id']!;
				const current: unknown = mode === 'merge' ? await store.get(key) : undefined;
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
	announceChange([...backupStores]);
}

/** Empties a store for "replace", keeping settings that belong to this device. */
type AnyStore = IDBPObjectStore<unknown, BackupStore[], BackupStore, 'readwrite'>;

async function clear(store: AnyStore, name: BackupStore) {
	if (name !== 'settings') return store.clear();
	for (const record of (await store.getAll()) as SettingRecord[]) {
		if (!deviceSettings.includes(record.key as never)) await store.delete(record.key);
	}
}
