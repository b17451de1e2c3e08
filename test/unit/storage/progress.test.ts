import { describe, expect, it, vi } from 'vitest';
import { openRecords } from '../../../src/lib/storage/db';
import { isProgressRecord, lessonIdOfPath, markVisited, readProgress, setComplete } from '../../../src/lib/progress';
import { progressRecord } from '../../../src/schemas/progress';
import { onRecordsChanged } from '../../../src/lib/storage/broadcast';
import { freshIndexedDb, progress, T0 } from './fixtures';

freshIndexedDb();

describe('lesson progress', () => {
	it('creates a record on the first visit and only moves the last visit after that', async () => {
		const db = await openRecords();
		const first = await markVisited(db, 'foundations/what-is-ai');
		expect(first).toMatchObject({ v: 1, id: 'foundations/what-is-ai', course: 'foundations' });
		expect(first.completedAt).toBeUndefined();
		await new Promise((r) => setTimeout(r, 5));
		const second = await markVisited(db, 'foundations/what-is-ai');
		expect(second.visitedAt).toBe(first.visitedAt);
		expect(second.lastVisitedAt > first.lastVisitedAt).toBe(true);
		expect(progressRecord.safeParse(second).success).toBe(true);
	});

	it('marks a lesson complete and not complete again, even before any visit was recorded', async () => {
		const db = await openRecords();
		const done = await setComplete(db, 'risk/tiers', true);
		expect(done?.completedAt).toBeDefined();
		const undone = await setComplete(db, 'risk/tiers', false);
		expect(undone?.completedAt).toBeUndefined();
		expect((await readProgress(db)).get('risk/tiers')?.completedAt).toBeUndefined();
	});

	it('announces each change to listeners in this tab and to other tabs', async () => {
		const db = await openRecords();
		const here = vi.fn();
		const stop = onRecordsChanged(here);
		const otherTab = new BroadcastChannel('academy-records');
		const there = new Promise((resolve) =>
			otherTab.addEventListener('message', (e) => resolve(e.data), { once: true }),
		);
		await markVisited(db, 'foundations/what-is-ai');
		expect(here).toHaveBeenCalledWith({ type: 'records-changed', stores: ['progress'] });
		expect(await there).toEqual({ type: 'records-changed', stores: ['progress'] });
		stop();
		otherTab.close();
	});

	it('leaves a damaged record for "My learning" to quarantine instead of overwriting it', async () => {
		const db = await openRecords();
		await db.put('progress', { id: 'foundations/what-is-ai', v: 99 } as never);
		await markVisited(db, 'foundations/what-is-ai');
		await setComplete(db, 'foundations/what-is-ai', true);
		expect(await db.get('progress', 'foundations/what-is-ai')).toEqual({ id: 'foundations/what-is-ai', v: 99 });
		expect((await readProgress(db)).size).toBe(0);
	});

	// The light check on lesson pages and the zod schema must agree, or a page would show what
	// "My learning" quarantines.
	const samples: unknown[] = [
		progress('foundations/what-is-ai'),
		progress('foundations/what-is-ai', { completedAt: T0 }),
		{ ...progress('a/b'), v: 2 },
		{ ...progress('a/b'), id: 'A/B' },
		{ ...progress('a/b'), id: 'no-slash' },
		{ ...progress('a/b'), id: `x/${'y'.repeat(300)}` },
		{ ...progress('a/b'), visitedAt: 'yesterday' },
		{ ...progress('a/b'), completedAt: 12 },
		{ ...progress('a/b'), course: 7 },
		{ ...progress('a/b'), lastVisitedAt: undefined },
		null,
		'foundations/what-is-ai',
		[],
	];
	it.each(samples.map((s, i) => [i, s]))('sample %i: the light check agrees with the schema', (_, sample) => {
		expect(isProgressRecord(sample)).toBe(progressRecord.safeParse(sample).success);
	});

	it('reads the lesson id from a lesson address in any language, under any base path', () => {
		expect(lessonIdOfPath('/academy/ar/courses/foundations/what-is-ai/')).toBe('foundations/what-is-ai');
		expect(lessonIdOfPath('/fr/courses/foundations/')).toBeUndefined();
		expect(lessonIdOfPath('/en/glossary/')).toBeUndefined();
	});
});
