import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openRecords } from '../../../src/lib/storage/db';
import { exportBackup, parseBackup, restoreBackup, undoLastRestore } from '../../../src/lib/storage/backup';
import { validateRecord } from '../../../src/lib/storage/records';
import {
	BACKUP_FORMAT,
	QUARANTINE_MAX_COUNT,
	QUARANTINE_RECORD_MAX_BYTES,
	backupStores,
} from '../../../src/schemas/backup';
import { deviceSettings } from '../../../src/schemas/settings';

/**
 * Property tests of the backup parser and restore: generated backups, valid (from the schemas'
 * shapes) and hostile (inherited names, bidi controls, null bytes, deep nesting, huge strings,
 * wrong types, repeated ids). Runs are bounded so the suite stays quick.
 */
const RUNS = { numRuns: 200 };
const DB_RUNS = { numRuns: 40 };

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/).filter((s) => s !== 'constructor');
const iso = fc
	.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString());

const progressRecord = fc
	.record({ course: slug, lesson: slug, visitedAt: iso, lastVisitedAt: iso, updatedAt: iso, done: fc.option(iso) })
	.map(({ course, lesson, done, ...dates }) => ({
		v: 1,
		id: `${course}/${lesson}`,
		course,
		...dates,
		...(done ? { completedAt: done } : {}),
	}));

const assessmentRecord = fc
	.record({
		id: slug,
		answers: fc.dictionary(slug, fc.oneof(slug, fc.integer({ min: 0, max: 4 }))),
		at: iso,
		level: slug,
	})
	.map(({ id, answers, at, level }) => ({
		v: 1,
		id,
		answers,
		step: 0,
		startedAt: at,
		updatedAt: at,
		completedAt: at,
		result: { type: 'level', level, adjusted: 40 },
	}));

const quarantineRecord = fc
	.record({
		store: slug,
		key: fc.oneof(fc.string({ maxLength: 20 }), fc.integer()),
		record: fc.jsonValue({ maxDepth: 3 }),
		at: iso,
	})
	.map(({ store, key, record, at }) => ({ store, key, record, error: 'bad', quarantinedAt: at }));

const setting = iso.chain((at) =>
	fc.constantFrom(
		{ key: 'persistence', value: 'granted', updatedAt: at },
		{ key: 'lastBackupAt', value: at, updatedAt: at },
	),
);

const validBackup = fc
	.record({
		progress: fc.array(progressRecord, { maxLength: 8 }),
		assessments: fc.array(assessmentRecord, { maxLength: 3 }),
		settings: fc.array(setting, { maxLength: 2 }),
		quarantine: fc.array(quarantineRecord, { maxLength: 3 }),
		exportedAt: iso,
	})
	.map(({ exportedAt, ...stores }) => ({ format: BACKUP_FORMAT, version: 1, exportedAt, stores }));

/** Names that reach Object.prototype, and text that misleads a reader or a parser. */
const hostileKey = fc.constantFrom(
	'__proto__',
	'constructor',
	'toString',
	'prototype',
	'valueOf',
	'hasOwnProperty',
	'a\u202eb',
	'x\u0000y',
	'id',
	'v',
	'key',
);
const hostileValue = fc.oneof(
	fc.anything({ key: fc.oneof(hostileKey, fc.string()), maxDepth: 4 }),
	fc.constantFrom('constructor', '__proto__', 'toString', '\u202egnp.exe', 'a\u0000b', 'x'.repeat(70_000)),
);
/** A record that looks like a store's record with one field (or the id) replaced by something hostile. */
const hostileRecord = fc.oneof(
	fc.tuple(progressRecord, hostileKey, hostileValue).map(([r, k, v]) => ({ ...r, [k]: v })),
	fc
		.tuple(assessmentRecord, hostileValue)
		.map(([r, level]) => ({ ...r, result: { type: 'level', level, adjusted: 1 } })),
	fc.tuple(progressRecord, hostileKey).map(([r, k]) => ({ ...r, id: `${k}/x`, course: k })),
	hostileValue,
);
const hostileBackup = fc
	.record({
		base: validBackup,
		store: fc.constantFrom(...backupStores, 'passwords', '__proto__'),
		records: fc.array(hostileRecord, { maxLength: 4 }),
		duplicate: fc.boolean(),
	})
	.map(({ base, store, records, duplicate }) => {
		const stores: Record<string, unknown> = { ...base.stores };
		const given = Object.hasOwn(stores, store) ? (stores[store] as unknown[]) : [];
		const list = [...given, ...records];
		// defineProperty, so a store named `__proto__` is an own key, as JSON.parse would make it.
		Object.defineProperty(stores, store, {
			value: duplicate && list.length ? [...list, list[0]] : list,
			enumerable: true,
			configurable: true,
			writable: true,
		});
		return { ...base, stores };
	});

/** A deeply nested value as text: building it as an object and stringifying would itself overflow. */
const deepText = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const untouched = () => {
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
};
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

/** Whatever parseBackup accepts, each record passes its store's schema and the file's limits. */
function acceptedIsValid(text: string) {
	const parsed = parseBackup(text);
	if (!parsed.ok) return;
	for (const name of backupStores) {
		const records = parsed.backup.stores[name] ?? [];
		expect(parsed.counts[name]).toBe(records.length);
		for (const record of records) expect(validateRecord(name, record).ok).toBe(true);
		if (name === 'settings') for (const r of records) expect(deviceSettings).not.toContain((r as { key: string }).key);
		if (name === 'quarantine') {
			expect(records.length).toBeLessThanOrEqual(QUARANTINE_MAX_COUNT);
			for (const r of records) expect(JSON.stringify(r).length).toBeLessThanOrEqual(QUARANTINE_RECORD_MAX_BYTES);
		}
	}
}

describe('parseBackup, given any text', () => {
	it('never throws, and accepts only what the schemas accept', () => {
		const texts = fc.oneof(
			fc.string(),
			fc.json(),
			validBackup.map((b) => JSON.stringify(b)),
			hostileBackup.map((b) => JSON.stringify(b)),
			// Inherited names written into the text itself, where JSON.parse makes them own properties.
			validBackup.map((b) => JSON.stringify(b).replaceAll('"v":1', '"__proto__":{"polluted":1},"v":1')),
			fc.integer({ min: 100, max: 10_000 }).map((depth) =>
				JSON.stringify({
					format: BACKUP_FORMAT,
					version: 1,
					exportedAt: '2026-01-01T00:00:00Z',
					stores: { quarantine: ['D'] },
				}).replace(
					'"D"',
					`{"store":"s","key":"k","record":${deepText(depth)},"error":"e","quarantinedAt":"2026-01-01T00:00:00Z"}`,
				),
			),
		);
		fc.assert(
			fc.property(texts, (text) => {
				expect(() => parseBackup(text)).not.toThrow();
				acceptedIsValid(text);
				untouched();
			}),
			RUNS,
		);
	});

	it('accepts every valid backup, counting each record once however often it is listed', () => {
		fc.assert(
			fc.property(validBackup, (backup) => {
				const doubled = {
					...backup,
					stores: { ...backup.stores, progress: [...backup.stores.progress, ...backup.stores.progress] },
				};
				const parsed = parseBackup(JSON.stringify(doubled));
				expect(parsed.ok).toBe(true);
				if (!parsed.ok) return;
				expect(parsed.counts.progress).toBe(new Set(backup.stores.progress.map((p) => p.id)).size);
				// Device settings never come in.
				expect(parsed.counts.settings).toBe(0);
			}),
			RUNS,
		);
	});

	it('refuses a record nested ten thousand levels deep as malformed, naming where it is', () => {
		const text = JSON.stringify({
			format: BACKUP_FORMAT,
			version: 1,
			exportedAt: '2026-01-01T00:00:00Z',
			stores: { progress: ['D'] },
		}).replace('"D"', deepText(10_000));
		expect(parseBackup(text)).toMatchObject({ ok: false, problem: 'malformed', store: 'progress', index: 0 });
	});
});

describe('restoring a generated backup', () => {
	it('round-trips: what is restored exports back the same (less device settings)', async () => {
		await fc.assert(
			fc.asyncProperty(validBackup, async (backup) => {
				globalThis.indexedDB = new IDBFactory();
				const db = await openRecords();
				const parsed = parseBackup(JSON.stringify(backup));
				if (!parsed.ok) throw new Error(parsed.problem);
				await restoreBackup(db, parsed.backup, 'replace');
				const again = parseBackup(JSON.stringify(await exportBackup(db)));
				if (!again.ok) throw new Error(again.problem);
				expect(again.counts).toEqual(parsed.counts);
				const sortById = (list: unknown[]) =>
					[...list].sort((a, b) => String((a as { id: string }).id).localeCompare(String((b as { id: string }).id)));
				expect(sortById(again.backup.stores.progress!)).toEqual(sortById(parsed.backup.stores.progress!));
				db.close();
			}),
			DB_RUNS,
		);
	});

	it('never throws and never touches a prototype, merged or replacing, hostile or not; undo puts back what was there', async () => {
		await fc.assert(
			fc.asyncProperty(
				validBackup,
				fc.oneof(validBackup, hostileBackup),
				fc.constantFrom('merge', 'replace' as const),
				async (first, second, mode) => {
					globalThis.indexedDB = new IDBFactory();
					const db = await openRecords();
					const one = parseBackup(JSON.stringify(first));
					if (!one.ok) throw new Error(one.problem);
					await restoreBackup(db, one.backup, 'replace');
					const before = await exportBackup(db, new Date(0));
					const two = parseBackup(JSON.stringify(second));
					if (two.ok) {
						await restoreBackup(db, two.backup, mode);
						untouched();
						await undoLastRestore(db);
						const after = await exportBackup(db, new Date(0));
						expect(after.stores.progress).toEqual(before.stores.progress);
						expect(after.stores.assessments).toEqual(before.stores.assessments);
					}
					untouched();
					db.close();
				},
			),
			DB_RUNS,
		);
	});
});
