import { describe, expect, it } from 'vitest';
import { openRecords } from '../../src/lib/storage/db';
import { readStore, validateRecord } from '../../src/lib/storage/records';
import { parseBackup } from '../../src/lib/storage/backup';
import { deleteDraft, restoreDraft, saveDraft, uniqueName } from '../../src/lib/templates/drafts';
import { adoptStored, withName, withValue } from '../../src/lib/templates/merge-draft';
import { createDraftSaver, type SaveState } from '../../src/lib/templates/draft-saver';
import type { DraftRecord } from '../../src/schemas/draft';
import { BACKUP_FORMAT } from '../../src/schemas/backup';
import { freshIndexedDb, T0, T1, T2 } from './storage/fixtures';

freshIndexedDb();

const draft = (id: string, name: string): DraftRecord => ({
	v: 2,
	id,
	template: 'dpia',
	name,
	values: { purpose: 'Checks claims.' },
	changedAt: { purpose: T0 },
	nameChangedAt: T0,
	createdAt: T0,
	updatedAt: T0,
});

const only = (...fields: string[]) => ({ fields: new Set(fields), name: false });

describe('template drafts', () => {
	it('gives a draft started in the same minute as another a distinct name', () => {
		const numbered = (n: number) => `Draft of 7 Dec, 15:10 (${n})`;
		expect(uniqueName('Draft of 7 Dec, 15:10', [], numbered)).toBe('Draft of 7 Dec, 15:10');
		expect(uniqueName('Draft of 7 Dec, 15:10', ['Draft of 7 Dec, 15:10'], numbered)).toBe('Draft of 7 Dec, 15:10 (2)');
		expect(uniqueName('Draft of 7 Dec, 15:10', ['Draft of 7 Dec, 15:10', 'Draft of 7 Dec, 15:10 (2)'], numbered)).toBe(
			'Draft of 7 Dec, 15:10 (3)',
		);
	});

	it('saves, deletes, and restores a deleted draft exactly as it was', async () => {
		const db = await openRecords();
		const saved = await saveDraft(db, withName(draft('dpia:a', 'x'), 'Chatbot', new Date(T1)));
		expect(saved.updatedAt).toBe(T1);
		await saveDraft(db, draft('dpia:b', 'Other'));

		const gone = await deleteDraft(db, 'dpia:a');
		expect(gone).toEqual(saved);
		expect((await readStore<DraftRecord>(db, 'drafts')).records.map((d) => d.id)).toEqual(['dpia:b']);
		expect(await deleteDraft(db, 'dpia:a')).toBeUndefined();

		await restoreDraft(db, gone!);
		const back = (await readStore<DraftRecord>(db, 'drafts')).records;
		expect(back.find((d) => d.id === 'dpia:a')).toEqual(saved);
		db.close();
	});

	it('merges two tabs’ saves answer by answer: neither tab’s older copy overwrites the other’s answer', async () => {
		const db = await openRecords();
		const start = draft('dpia:a', 'Chatbot');
		await saveDraft(db, start);
		// Both tabs opened the same draft; A answers "scope", then B, from its older copy, answers "risks".
		const a = withValue(start, 'scope', 'Typed in tab A', new Date(T1));
		const b = withValue(start, 'risks', 'Typed in tab B', new Date(T2));
		await saveDraft(db, a, only('scope'));
		const stored = await saveDraft(db, b, only('risks'));
		expect(stored.values).toEqual({
			purpose: 'Checks claims.',
			scope: 'Typed in tab A',
			risks: 'Typed in tab B',
		});
		expect(stored.changedAt).toEqual({ purpose: T0, scope: T1, risks: T2 });
		// An older change of an answer never replaces a newer one.
		const late = withValue(start, 'risks', 'Older text', new Date(T1));
		expect((await saveDraft(db, late, only('risks'))).values.risks).toBe('Typed in tab B');
		db.close();
	});

	it('shows another tab’s answers, except in the field being edited or not yet saved', () => {
		const shown = withValue(draft('dpia:a', 'Mine'), 'scope', 'Typing here', new Date(T2));
		const stored = {
			...withValue(withValue(draft('dpia:a', 'Theirs'), 'scope', 'Theirs', new Date(T1)), 'risks', 'New', new Date(T1)),
			nameChangedAt: T1,
		};
		const kept = adoptStored(shown, stored, new Set(['scope']), false);
		expect(kept.outside).toBe(true);
		expect(kept.draft.values).toEqual({ purpose: 'Checks claims.', scope: 'Typing here', risks: 'New' });
		expect(kept.draft.name).toBe('Theirs');
		expect(adoptStored(stored, stored, new Set(), false).outside).toBe(false);
	});

	it('reads a version 1 draft, stored or in a backup, with every answer dated when the draft was', () => {
		const { changedAt: _c, nameChangedAt: _n, ...rest } = draft('dpia:a', 'Old');
		const v1 = { ...rest, v: 1, updatedAt: T1 };
		const read = validateRecord('drafts', v1);
		expect(read).toEqual({ ok: true, value: { ...v1, v: 2, changedAt: { purpose: T1 }, nameChangedAt: T1 } });
		const backup = parseBackup(
			JSON.stringify({
				format: BACKUP_FORMAT,
				version: 1,
				exportedAt: T2,
				stores: { drafts: [v1, draft('dpia:b', 'New')] },
			}),
		);
		expect(backup.ok && backup.backup.stores.drafts).toEqual([read.ok && read.value, draft('dpia:b', 'New')]);
	});
});

describe('saving as the learner types', () => {
	function fakeStore() {
		const writes: { draft: DraftRecord; fields: string[] }[] = [];
		const ends: { resolve: () => void; reject: (e: unknown) => void }[] = [];
		const write = (d: DraftRecord, c: { fields: ReadonlySet<string> }) =>
			new Promise<DraftRecord>((resolve, reject) => {
				writes.push({ draft: d, fields: [...c.fields] });
				ends.push({ resolve: () => resolve(d), reject });
			});
		return { writes, ends, write };
	}

	it('writes a change at once, gathers the keys typed during a write, and keeps a failed change for the next write', async () => {
		const store = fakeStore();
		const states: SaveState['state'][] = [];
		const saver = createDraftSaver(store.write, (s) => states.push(s.state));
		let d = draft('dpia:a', 'x');
		d = withValue(d, 'scope', 'a');
		saver.change(d, { field: 'scope' });
		expect(store.writes).toHaveLength(1);
		d = withValue(d, 'scope', 'ab');
		saver.change(d, { field: 'scope' });
		d = withValue(d, 'risks', 'r');
		saver.change(d, { field: 'risks' });
		expect(store.writes).toHaveLength(1);
		expect(saver.unsaved('dpia:a').fields).toEqual(new Set(['scope', 'risks']));

		store.ends[0]!.resolve();
		await expect.poll(() => store.writes.length).toBe(2);
		expect(store.writes[1]).toMatchObject({
			fields: ['scope', 'risks'],
			draft: { values: { scope: 'ab', risks: 'r' } },
		});

		const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		store.ends[1]!.reject(full);
		await expect.poll(() => states.at(-1)).toBe('failed');
		expect(saver.unsaved('dpia:a').fields).toEqual(new Set(['scope', 'risks']));
		saver.flush();
		expect(store.writes[2]!.fields).toEqual(['scope', 'risks']);
		store.ends[2]!.resolve();
		await expect.poll(() => states.at(-1)).toBe('saved');
		expect(saver.unsaved('dpia:a').fields.size).toBe(0);
	});

	it('hands every change not yet stored, those being written included, to the write made as the page goes', () => {
		const store = fakeStore();
		const saver = createDraftSaver(store.write, () => undefined);
		let d = withValue(draft('dpia:a', 'x'), 'scope', 'a');
		saver.change(d, { field: 'scope' });
		d = withValue(d, 'risks', 'r');
		saver.change(d, { field: 'risks' });
		const left: { draft: DraftRecord; fields: string[] }[] = [];
		saver.leave((draft, changes) => left.push({ draft, fields: [...changes.fields] }));
		expect(left).toEqual([{ draft: d, fields: ['scope', 'risks'] }]);
	});
});
