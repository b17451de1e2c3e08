import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_NAME, migrations, openRecords } from '../../../src/lib/storage/db';
import { discardAnswers, isSavedAnswers, loadAnswers, saveAnswers } from '../../../src/lib/quiz/saved-answers';
import { exportBackup, parseBackup, restoreBackup } from '../../../src/lib/storage/backup';
import { eraseEverything } from '../../../src/lib/storage/erase';
import { readStore } from '../../../src/lib/storage/records';
import { savedAnswersRecord } from '../../../src/schemas/saved-answers';
import type { Answer } from '../../../src/schemas/quiz';
import { freshIndexedDb, progress, T0, T1 } from './fixtures';

freshIndexedDb();

const given: Record<string, Answer> = {
	'what-is-ai-1': { type: 'single', option: 'b' },
	'kinds-2': { type: 'multiple', options: ['a', 'c'] },
	'law-3': { type: 'true-false', value: false },
	'steps-4': { type: 'ordering', order: ['collect', '', 'deploy'] },
	'match-5': { type: 'matching', matches: { gdpr: 'eu', pipl: 'cn' } },
};
const record = { v: 1 as const, id: 'quiz/foundations', seed: 0, answers: given, updatedAt: T0 };

describe('answers in progress', () => {
	it('are saved as given, come back after the page (and its connection) is gone, and go once checked', async () => {
		let db = await openRecords();
		await saveAnswers(db, 'quiz/foundations', 0, { 'what-is-ai-1': given['what-is-ai-1']! }, new Date(T0));
		await saveAnswers(db, 'quiz/foundations', 0, given, new Date(T1));
		await saveAnswers(db, 'check/foundations/what-is-ai', 42, { 'law-3': given['law-3']! });
		db.close();

		db = await openRecords();
		expect(await loadAnswers(db, 'quiz/foundations')).toEqual({ ...record, updatedAt: T1 });
		expect((await loadAnswers(db, 'check/foundations/what-is-ai'))?.seed).toBe(42);
		await discardAnswers(db, 'quiz/foundations');
		expect(await loadAnswers(db, 'quiz/foundations')).toBeUndefined();
		expect(await loadAnswers(db, 'check/foundations/what-is-ai')).toBeDefined();
		db.close();
	});

	it('refuse to save or load a record that is not well formed, and My learning sets it aside', async () => {
		const db = await openRecords();
		await expect(saveAnswers(db, 'Quiz 1', 0, {})).rejects.toThrow();
		await expect(saveAnswers(db, 'quiz/x', -1, {})).rejects.toThrow();
		await db.put('answers', { ...record, answers: { q: { type: 'single', option: '<b>' } } } as never);
		expect(await loadAnswers(db, 'quiz/foundations')).toBeUndefined();
		expect((await readStore(db, 'answers')).quarantined).toBe(1);
		db.close();
	});

	it('are checked the same way by the light check (lesson pages) and by the schema (backups, My learning)', () => {
		const cases: unknown[] = [
			record,
			{ ...record, id: 'check/foundations/what-is-ai' },
			{ ...record, id: 'quiz/Foundations' },
			{ ...record, id: 'other/foundations' },
			{ ...record, seed: 1.5 },
			{ ...record, seed: 2 ** 32 },
			{ ...record, updatedAt: 'yesterday' },
			{ ...record, v: 2 },
			{ ...record, answers: { q: { type: 'single', option: 'a', extra: 1 } } }, // extra keys: ignored by both
			{ ...record, answers: { q: { type: 'single' } } },
			{ ...record, answers: { q: { type: 'ordering', order: ['a', '', 'B'] } } },
			{ ...record, answers: { q: { type: 'ordering', order: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] } } },
			{ ...record, answers: { q: { type: 'multiple', options: ['a', 1] } } },
			{ ...record, answers: { q: { type: 'matching', matches: { a: 'B' } } } },
			{ ...record, answers: { q: { type: 'essay', text: 'x' } } },
			{ ...record, answers: [] },
		];
		for (const c of cases) expect(isSavedAnswers(c), JSON.stringify(c)).toBe(savedAnswersRecord.safeParse(c).success);
		expect(isSavedAnswers(record)).toBe(true);
	});

	it('travel in a backup and come back from it', async () => {
		const db = await openRecords();
		await db.put('answers', record);
		const file = await exportBackup(db, new Date(T1));
		expect(file.stores.answers).toEqual([record]);
		await discardAnswers(db, 'quiz/foundations');
		const parsed = parseBackup(JSON.stringify(file));
		if (!parsed.ok) throw new Error(parsed.problem);
		expect(parsed.counts.answers).toBe(1);
		await restoreBackup(db, parsed.backup, 'merge');
		expect(await loadAnswers(db, 'quiz/foundations')).toEqual(record);
		// A backup made before this store existed restores, and "replace" empties the store.
		const old = parseBackup(JSON.stringify({ ...file, stores: { progress: [] } }));
		if (!old.ok) throw new Error(old.problem);
		await restoreBackup(db, old.backup, 'replace');
		expect(await db.count('answers')).toBe(0);
		db.close();
	});

	it('are erased with everything else by "delete all my data"', async () => {
		const db = await openRecords();
		await db.put('answers', record);
		await eraseEverything(db);
		expect(await db.count('answers')).toBe(0);
		db.close();
	});
});

describe('upgrade from version 1', () => {
	it('adds the answers store and keeps every record the learner had', async () => {
		const v1 = await openDB(DB_NAME, 1, { upgrade: (db, _o, _n, tx) => void migrations[1]!(db as never, tx as never) });
		expect([...v1.objectStoreNames]).not.toContain('answers');
		await v1.put('progress', progress('foundations/what-is-ai'));
		v1.close();

		const db = await openRecords();
		expect(db.version).toBeGreaterThanOrEqual(2);
		expect([...db.objectStoreNames]).toContain('answers');
		expect(await db.get('progress', 'foundations/what-is-ai')).toEqual(progress('foundations/what-is-ai'));
		await saveAnswers(db, 'quiz/foundations', 0, given);
		expect(await loadAnswers(db, 'quiz/foundations')).toBeDefined();
		db.close();
	});
});
