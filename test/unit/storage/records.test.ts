import { describe, expect, it } from 'vitest';
import { openRecords } from '../../../src/lib/storage/db';
import { putRecords, readStore, validateRecord } from '../../../src/lib/storage/records';
import { freshIndexedDb, progress, T1 } from './fixtures';

freshIndexedDb();

describe('records validated on read', () => {
	it('returns valid records and moves a failing one to quarantine, with the reason, in one go', async () => {
		const db = await openRecords();
		await db.put('progress', progress('foundations/what-is-ai'));
		await db.put('progress', { v: 1, id: 'foundations/broken', course: 'foundations', visitedAt: 'soon' } as never);
		const { records, quarantined } = await readStore(db, 'progress');
		expect(records).toEqual([progress('foundations/what-is-ai')]);
		expect(quarantined).toBe(1);
		expect(await db.get('progress', 'foundations/broken')).toBeUndefined();
		const [kept] = await db.getAll('quarantine');
		expect(kept).toMatchObject({ store: 'progress', key: 'foundations/broken', record: { visitedAt: 'soon' } });
		expect(kept?.error).toMatch(/visitedAt/);
		// Read again: nothing more to move, nothing lost.
		expect(await readStore(db, 'progress')).toEqual({ records: [progress('foundations/what-is-ai')], quarantined: 0 });
		expect(await db.count('quarantine')).toBe(1);
	});

	it('quarantines anything found in a store whose feature does not write it yet', async () => {
		const db = await openRecords();
		await db.put('attempts', { id: 'x', score: 3 } as never);
		expect(await readStore(db, 'attempts')).toEqual({ records: [], quarantined: 1 });
		expect((await db.getAll('quarantine'))[0]).toMatchObject({ store: 'attempts', record: { score: 3 } });
	});

	it('checks settings by key', () => {
		expect(validateRecord('settings', { key: 'persistence', value: 'granted', updatedAt: T1 }).ok).toBe(true);
		expect(validateRecord('settings', { key: 'persistence', value: 'maybe', updatedAt: T1 }).ok).toBe(false);
		expect(validateRecord('settings', { key: 'colour', value: 'blue', updatedAt: T1 }).ok).toBe(false);
	});

	it('writes a batch only if every record is valid', async () => {
		const db = await openRecords();
		await expect(putRecords(db, 'progress', [progress('a/b'), { id: 'c/d' }])).rejects.toThrow(/v:|visitedAt/);
		expect(await db.count('progress')).toBe(0);
		await putRecords(db, 'progress', [progress('a/b'), progress('c/d')]);
		expect(await db.count('progress')).toBe(2);
	});
});
