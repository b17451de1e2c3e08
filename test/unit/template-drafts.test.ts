import { describe, expect, it } from 'vitest';
import { openRecords } from '../../src/lib/storage/db';
import { readStore } from '../../src/lib/storage/records';
import { deleteDraft, restoreDraft, saveDraft, uniqueName } from '../../src/lib/templates/drafts';
import type { DraftRecord } from '../../src/schemas/draft';
import { freshIndexedDb, T0, T1 } from './storage/fixtures';

freshIndexedDb();

const draft = (id: string, name: string): DraftRecord => ({
	v: 1,
	id,
	template: 'dpia',
	name,
	values: { purpose: 'Checks claims.' },
	createdAt: T0,
	updatedAt: T0,
});

describe('template drafts', () => {
	it('gives a draft started in the same minute as another a distinct name', () => {
		const numbered = (n: number) => `Draft of 7 Dec, 15:10 (${n})`;
		expect(uniqueName('Draft of 7 Dec, 15:10', [], numbered)).toBe('Draft of 7 Dec, 15:10');
		expect(uniqueName('Draft of 7 Dec, 15:10', ['Draft of 7 Dec, 15:10'], numbered)).toBe('Draft of 7 Dec, 15:10 (2)');
		expect(uniqueName('Draft of 7 Dec, 15:10', ['Draft of 7 Dec, 15:10', 'Draft of 7 Dec, 15:10 (2)'], numbered)).toBe(
			'Draft of 7 Dec, 15:10 (3)',
		);
	});

	it('saves with the time, deletes, and restores a deleted draft exactly as it was', async () => {
		const db = await openRecords();
		const saved = await saveDraft(db, draft('dpia:a', 'Chatbot'), new Date(T1));
		expect(saved.updatedAt).toBe(T1);
		await saveDraft(db, draft('dpia:b', 'Other'), new Date(T1));

		const gone = await deleteDraft(db, 'dpia:a');
		expect(gone).toEqual(saved);
		expect((await readStore<DraftRecord>(db, 'drafts')).records.map((d) => d.id)).toEqual(['dpia:b']);
		expect(await deleteDraft(db, 'dpia:a')).toBeUndefined();

		await restoreDraft(db, gone!);
		const back = (await readStore<DraftRecord>(db, 'drafts')).records;
		expect(back.find((d) => d.id === 'dpia:a')).toEqual(saved);
		db.close();
	});
});
