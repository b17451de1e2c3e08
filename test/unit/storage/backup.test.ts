import { describe, expect, it } from 'vitest';
import { openRecords } from '../../../src/lib/storage/db';
import {
	exportBackup,
	parseBackup,
	readSafetyCopy,
	restoreBackup,
	restoreFailure,
	undoLastRestore,
	type ParsedBackup,
} from '../../../src/lib/storage/backup';
import { eraseEverything } from '../../../src/lib/storage/erase';
import { IDBFactory } from 'fake-indexeddb';
import { mergeRecord } from '../../../src/lib/storage/merge';
import {
	BACKUP_FORMAT,
	BACKUP_MAX_BYTES,
	QUARANTINE_MAX_COUNT,
	QUARANTINE_RECORD_MAX_BYTES,
	type BackupFile,
} from '../../../src/schemas/backup';
import { freshIndexedDb, progress, T0, T1, T2 } from './fixtures';
import { sealReport } from '../../../src/lib/trainer/report-codec';
import type { AssignmentPayload } from '../../../src/schemas/assignment';

const assignment: AssignmentPayload = {
	v: 1,
	id: 'assign-1',
	title: 'Week 1',
	message: '',
	items: [{ kind: 'lesson', id: 'foundations/what-is-ai' }],
	passMark: 70,
	locale: 'en',
	createdAt: T0,
};
const cohort = (createdAt: string, name: string) => ({
	v: 1 as const,
	id: 'assign-1/learner-0001',
	assignment: 'assign-1',
	report: sealReport({
		assignment,
		learner: { id: 'learner-0001', name },
		createdAt,
		items: [{ kind: 'lesson', id: 'foundations/what-is-ai' }],
	}),
	importedAt: createdAt,
});

freshIndexedDb();

const NOW = new Date('2026-04-01T10:00:00.000Z');

function backupText(stores: Record<string, unknown>, header: Record<string, unknown> = {}) {
	return JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: NOW.toISOString(), stores, ...header });
}

function refused(result: ParsedBackup) {
	if (result.ok) throw new Error('expected the file to be refused');
	return result;
}

async function seeded() {
	const db = await openRecords();
	await db.put('progress', progress('foundations/what-is-ai', { completedAt: T1, updatedAt: T1 }));
	await db.put('progress', progress('foundations/global-landscape'));
	await db.put('settings', { key: 'lastBackupAt', value: T0, updatedAt: T0 });
	await db.put('settings', { key: 'persistence', value: 'granted', updatedAt: T0 });
	await db.put('assignments', {
		v: 1,
		id: 'received/assign-1',
		role: 'received',
		assignment,
		learnerId: 'learner-0001',
		savedAt: T0,
		updatedAt: T0,
	});
	await db.put('cohorts', cohort(T1, 'Amina'));
	await db.add('quarantine', {
		store: 'progress',
		key: 'x/y',
		record: { odd: true },
		error: 'v: bad',
		quarantinedAt: T0,
	});
	return db;
}

describe('backup and restore', () => {
	it('restores into an empty device exactly what was exported, less this device’s own settings', async () => {
		const source = await seeded();
		const file = await exportBackup(source, NOW);
		// When this device last made a backup, and whether it keeps records, describe this device only.
		expect(file.stores.settings).toEqual([]);
		source.close();

		globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
		const target = await openRecords();
		const parsed = parseBackup(JSON.stringify(file));
		if (!parsed.ok) throw new Error(parsed.problem);
		expect(parsed.counts.progress).toBe(2);
		expect([parsed.counts.assignments, parsed.counts.cohorts]).toEqual([1, 1]);
		await restoreBackup(target, parsed.backup, 'replace');
		expect(await exportBackup(target, NOW)).toEqual(file);
	});

	it('replace empties what the file does not have, but keeps this device’s settings', async () => {
		const db = await seeded();
		const parsed = parseBackup(backupText({ progress: [progress('data/pipl')] }));
		if (!parsed.ok) throw new Error(parsed.problem);
		await restoreBackup(db, parsed.backup, 'replace');
		expect((await db.getAll('progress')).map((r) => r.id)).toEqual(['data/pipl']);
		expect(await db.getAll('settings')).toEqual([
			{ key: 'lastBackupAt', value: T0, updatedAt: T0 },
			{ key: 'persistence', value: 'granted', updatedAt: T0 },
		]);
		expect(await db.count('quarantine')).toBe(0);
	});

	it('merge keeps both devices’ lessons and combines the same lesson', async () => {
		const db = await seeded();
		const incoming = [
			progress('foundations/global-landscape', {
				visitedAt: '2025-12-01T00:00:00.000Z',
				lastVisitedAt: T2,
				completedAt: T2,
				updatedAt: T2,
			}),
			progress('data/pipl'),
		];
		const parsed = parseBackup(
			backupText({
				progress: incoming,
				quarantine: [{ store: 'drafts', key: 'd', record: 1, error: 'e', quarantinedAt: T1 }],
			}),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		await restoreBackup(db, parsed.backup, 'merge');
		const byId = new Map((await db.getAll('progress')).map((r) => [r.id, r]));
		expect([...byId.keys()].sort()).toEqual(['data/pipl', 'foundations/global-landscape', 'foundations/what-is-ai']);
		expect(byId.get('foundations/global-landscape')).toMatchObject({
			visitedAt: '2025-12-01T00:00:00.000Z',
			lastVisitedAt: T2,
			completedAt: T2,
		});
		expect(await db.count('quarantine')).toBe(2);
	});

	it('merge keeps the newer of two reports from the same learner', () => {
		const older = cohort(T1, 'Amina');
		const newer = cohort(T2, 'Amina D.');
		expect(mergeRecord('cohorts', older, newer)).toBe(newer);
		expect(mergeRecord('cohorts', newer, older)).toBe(newer);
	});

	it('merge rules: completion survives from either copy; other records keep the newer copy', () => {
		const a = progress('a/b', { completedAt: T1, updatedAt: T1 });
		const b = progress('a/b', { lastVisitedAt: T2, updatedAt: T2 });
		expect(mergeRecord('progress', a, b)).toMatchObject({ completedAt: T1, lastVisitedAt: T2, updatedAt: T2 });
		expect(mergeRecord('progress', b, a)).toMatchObject({ completedAt: T1, lastVisitedAt: T2 });
		const older = { key: 'lastBackupAt', value: T0, updatedAt: T0 };
		const newer = { key: 'lastBackupAt', value: T2, updatedAt: T2 };
		expect(mergeRecord('settings', older, newer)).toBe(newer);
		expect(mergeRecord('settings', newer, older)).toBe(newer);
		expect(mergeRecord('settings', undefined, older)).toBe(older);
	});

	it('writes nothing at all when a write fails half-way', async () => {
		const db = await seeded();
		const before = await exportBackup(db, NOW);
		// Bypasses parseBackup on purpose: a record without its key makes the second write fail.
		const broken = { ...before, stores: { ...before.stores, progress: [progress('z/z'), { v: 1 }] } } as BackupFile;
		await expect(restoreBackup(db, broken, 'replace')).rejects.toThrow();
		expect(await exportBackup(db, NOW)).toEqual(before);
	});
});

describe('a file that is not a good backup is refused with the reason', () => {
	const good = progress('foundations/what-is-ai');
	const cases: [string, string, number | undefined, Partial<ParsedBackup>][] = [
		['empty file', '', undefined, { problem: 'not-json' }],
		['truncated JSON', backupText({ progress: [good] }).slice(0, -20), undefined, { problem: 'not-json' }],
		['a JSON array', '[1,2,3]', undefined, { problem: 'not-a-backup' }],
		['JSON null', 'null', undefined, { problem: 'not-a-backup' }],
		[
			'another application’s file',
			JSON.stringify({ format: 'other-app', version: 1, exportedAt: NOW.toISOString() }),
			undefined,
			{ problem: 'not-a-backup' },
		],
		[
			'a backup from a newer version',
			backupText({}, { version: 7 }),
			undefined,
			{ problem: 'newer-version', version: 7 },
		],
		['a version that is not a number', backupText({}, { version: '1' }), undefined, { problem: 'not-a-backup' }],
		['a file over 25 MB', backupText({}), BACKUP_MAX_BYTES + 1, { problem: 'too-large' }],
		['an unknown store', backupText({ progress: [], passwords: [] }), undefined, { problem: 'bad-structure' }],
		['records that are not a list', backupText({ progress: { a: good } }), undefined, { problem: 'bad-structure' }],
		[
			'a record of the wrong type',
			backupText({ progress: [{ ...good, visitedAt: 5 }] }),
			undefined,
			{ problem: 'bad-record', store: 'progress', index: 0 },
		],
		[
			'a huge string in a record',
			backupText({ progress: [good, { ...good, id: `a/${'b'.repeat(100_000)}` }] }),
			undefined,
			{ problem: 'bad-record', store: 'progress', index: 1 },
		],
		[
			'records in a store no feature writes yet',
			backupText({ drafts: [{ id: 'd1' }] }),
			undefined,
			{ problem: 'bad-record', store: 'drafts' },
		],
		[
			'a setting this version does not know',
			backupText({ settings: [{ key: 'theme', value: 'x', updatedAt: T0 }] }),
			undefined,
			{ problem: 'bad-record', store: 'settings' },
		],
	];

	it.each(cases)('%s', (_, text, bytes, expected) => {
		expect(refused(parseBackup(text, bytes))).toMatchObject(expected);
	});

	it('drops __proto__ keys without touching any object prototype', async () => {
		const text = `{"format":"${BACKUP_FORMAT}","version":1,"exportedAt":"${NOW.toISOString()}","__proto__":{"polluted":1},"stores":{"progress":[{"v":1,"id":"a/b","course":"a","visitedAt":"${T0}","lastVisitedAt":"${T0}","updatedAt":"${T0}","__proto__":{"polluted":2},"constructor":{"prototype":{"polluted":3}}}]}}`;
		const parsed = parseBackup(text);
		if (!parsed.ok) throw new Error(parsed.problem);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		const [record] = parsed.backup.stores.progress! as object[];
		expect(Object.keys(record!).sort()).toEqual(['course', 'id', 'lastVisitedAt', 'updatedAt', 'v', 'visitedAt']);
		expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
		const db = await openRecords();
		await restoreBackup(db, parsed.backup, 'merge');
		expect(Object.keys((await db.get('progress', 'a/b'))!).sort()).toEqual([
			'course',
			'id',
			'lastVisitedAt',
			'updatedAt',
			'v',
			'visitedAt',
		]);
	});

	it('keeps markup in a text field as plain text', () => {
		const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
		const damaged = { store: 'drafts', key: markup, record: markup, error: markup, quarantinedAt: T0 };
		const parsed = parseBackup(backupText({ quarantine: [damaged] }));
		if (!parsed.ok) throw new Error(parsed.problem);
		expect(parsed.backup.stores.quarantine![0]).toEqual(damaged);
	});
});

describe('restore follows the same rules as every other import', () => {
	it('never sets this device’s own settings from a backup, merged or replacing', async () => {
		for (const mode of ['merge', 'replace'] as const) {
			globalThis.indexedDB = new IDBFactory();
			const db = await seeded();
			const later = '2030-01-01T00:00:00.000Z';
			const parsed = parseBackup(
				backupText({
					settings: [
						{ key: 'persistence', value: 'denied', updatedAt: later },
						{ key: 'lastBackupAt', value: later, updatedAt: later },
					],
				}),
			);
			if (!parsed.ok) throw new Error(parsed.problem);
			expect(parsed.counts.settings).toBe(0);
			// Even a caller that skips the check cannot set them.
			const unchecked = {
				...parsed.backup,
				stores: { ...parsed.backup.stores, settings: [{ key: 'persistence', value: 'denied', updatedAt: later }] },
			};
			await restoreBackup(db, unchecked, mode);
			expect(await db.get('settings', 'persistence')).toMatchObject({ value: 'granted' });
			expect(await db.get('settings', 'lastBackupAt')).toMatchObject({ value: T0 });
			db.close();
		}
	});

	it('verifies the checksum of each trainer’s imported report, as the trainer import does', () => {
		const sealed = cohort(T1, 'Amina');
		expect(parseBackup(backupText({ cohorts: [sealed] })).ok).toBe(true);
		const altered = {
			...sealed,
			report: { ...sealed.report, learner: { ...sealed.report.learner, name: 'Someone else' } },
		};
		expect(parseBackup(backupText({ cohorts: [altered] }))).toMatchObject({ ok: false, problem: 'checksum', index: 0 });
	});

	it('caps the damaged records a file may bring: by size and by number', () => {
		const damaged = (record: unknown) => ({ store: 'drafts', key: 'd', record, error: 'e', quarantinedAt: T0 });
		expect(parseBackup(backupText({ quarantine: [damaged('x'.repeat(1000))] })).ok).toBe(true);
		expect(parseBackup(backupText({ quarantine: [damaged('x'.repeat(QUARANTINE_RECORD_MAX_BYTES))] }))).toMatchObject({
			problem: 'quarantine-too-large',
		});
		const many = Array.from({ length: QUARANTINE_MAX_COUNT + 1 }, () => damaged(1));
		expect(parseBackup(backupText({ quarantine: many }))).toMatchObject({ problem: 'quarantine-too-large' });
	});

	it('counts a record listed twice once, and keeps its newest copy', () => {
		const parsed = parseBackup(
			backupText({ progress: [progress('a/b'), progress('a/b', { updatedAt: T1 }), progress('a/c')] }),
		);
		if (!parsed.ok) throw new Error(parsed.problem);
		expect(parsed.counts.progress).toBe(2);
		expect(parsed.backup.stores.progress).toEqual([progress('a/b', { updatedAt: T1 }), progress('a/c')]);
	});

	it('names the true reason a write failed', () => {
		expect(restoreFailure(new DOMException('full', 'QuotaExceededError'))).toBe('full');
		expect(restoreFailure(new DOMException('clone', 'DataCloneError'))).toBe('malformed');
		expect(restoreFailure(new RangeError('Maximum call stack size exceeded'))).toBe('malformed');
		expect(restoreFailure(new DOMException('gone', 'InvalidStateError'))).toBe('refused');
		expect(restoreFailure(null)).toBe('refused');
	});
});

describe('the safety copy of what a restore replaced', () => {
	it('is kept before any restore, can be put back (and that undone), never travels in a backup, and is erased with the rest', async () => {
		const db = await seeded();
		expect(await readSafetyCopy(db)).toBeUndefined();
		const before = await exportBackup(db, NOW);
		const empty = parseBackup(backupText({}));
		if (!empty.ok) throw new Error(empty.problem);
		await restoreBackup(db, empty.backup, 'replace', NOW);
		expect(await db.count('progress')).toBe(0);
		expect(await readSafetyCopy(db)).toMatchObject({ savedAt: NOW.toISOString(), count: 5 });
		expect(Object.keys((await exportBackup(db, NOW)).stores)).not.toContain('safety');

		expect(await undoLastRestore(db, NOW)).toBe(5);
		const back = await exportBackup(db, NOW);
		expect(back.stores.progress).toEqual(before.stores.progress);
		expect(back.stores.cohorts).toEqual(before.stores.cohorts);
		// Undoing kept the empty state as the copy in turn.
		expect(await readSafetyCopy(db)).toMatchObject({ count: 0 });

		await eraseEverything(db);
		expect(await readSafetyCopy(db)).toBeUndefined();
	});

	it('is not kept when the restore fails: nothing changes at all', async () => {
		const db = await seeded();
		const broken = { ...(await exportBackup(db, NOW)), stores: { progress: [{ v: 1 }] } } as BackupFile;
		await expect(restoreBackup(db, broken, 'replace')).rejects.toThrow();
		expect(await readSafetyCopy(db)).toBeUndefined();
	});
});
