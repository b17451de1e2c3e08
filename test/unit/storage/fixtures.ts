import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import type { ProgressRecord } from '../../../src/schemas/progress';

/** A fresh, empty IndexedDB (a spec-complete in-memory one) for every test. */
export function freshIndexedDb() {
	beforeEach(() => {
		globalThis.indexedDB = new IDBFactory();
	});
}

export const T0 = '2026-01-10T09:00:00.000Z';
export const T1 = '2026-02-20T12:30:00.000Z';
export const T2 = '2026-03-05T08:15:00.000Z';

export function progress(id: string, extra: Partial<ProgressRecord> = {}): ProgressRecord {
	return { v: 1, id, course: id.split('/')[0]!, visitedAt: T0, lastVisitedAt: T0, updatedAt: T0, ...extra };
}
