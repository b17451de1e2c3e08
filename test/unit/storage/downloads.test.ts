import { describe, expect, it } from 'vitest';
import { openRecords } from '../../../src/lib/storage/db';
import { keptBytes, partsOf, pendingAll, pendingBytes, pendingOf } from '../../../src/lib/storage/downloads';
import type { Entry, OfflineManifest } from '../../../src/lib/offline/manifest';
import type { DownloadRecord } from '../../../src/schemas/download';
import { freshIndexedDb, T0, T1 } from './fixtures';

freshIndexedDb();

const entry = (url: string, bytes: number, revision = 'r1'): Entry => ({ url, revision, bytes });
const hub = [entry('/en/', 10), entry('/en/my/', 20)];
const search = [entry('/pagefind/pagefind.js', 100)];
const manifest = (course: string, entries: Entry[]): OfflineManifest => ({
	course,
	locale: 'en',
	version: 'v1',
	entries,
	bytes: entries.reduce((n, e) => n + e.bytes, 0),
	shared: { hub: { entries: hub, bytes: 30 }, search: { entries: search, bytes: 100 } },
});
const foundations = manifest('foundations', [entry('/en/courses/foundations/', 1000), entry('/_astro/a.css', 5)]);
const risk = manifest('risk', [entry('/en/courses/risk/', 2000), entry('/_astro/a.css', 5)]);

const record = (id: string, entries: Entry[], extra: Partial<DownloadRecord> = {}): DownloadRecord => ({
	v: 1,
	id,
	locale: 'en',
	version: 'v1',
	entries,
	bytes: entries.reduce((n, e) => n + e.bytes, 0),
	downloadedAt: T0,
	updatedAt: T0,
	...extra,
});

describe('course downloads on the device', () => {
	it('split a course into its own part and the language parts every course shares', () => {
		expect(partsOf(foundations).map((p) => [p.id, p.cache.startsWith('academy-'), p.entries.length])).toEqual([
			['en/foundations', true, 2],
			['hub/en', true, 2],
			['search/en', true, 1],
		]);
	});

	it('count only what is missing or changed, and the shared parts once for several courses', async () => {
		const db = await openRecords();
		expect(await pendingBytes(db, foundations)).toBe(1005 + 30 + 100);
		expect(await pendingAll(db, [foundations, risk])).toBe(1005 + 2005 + 30 + 100);
		// Foundations and the language's parts are on the device; one hub page changed since.
		await db.put('downloads', record('en/foundations', foundations.entries, { course: 'foundations' }));
		await db.put('downloads', record('hub/en', [hub[0]!, entry('/en/my/', 20, 'old')]));
		await db.put('downloads', record('search/en', search));
		expect(await pendingBytes(db, foundations)).toBe(20);
		expect(await pendingAll(db, [foundations, risk])).toBe(2005 + 20);
		expect(pendingOf(partsOf(risk), await db.getAll('downloads'))).toBe(2005 + 20);
		db.close();
	});

	it('show the language parts with the first course kept, not with every course', () => {
		const first = record('en/foundations', foundations.entries, { course: 'foundations' });
		const second = record('en/risk', risk.entries, { course: 'risk', downloadedAt: T1 });
		const saved = [second, first, record('hub/en', hub), record('search/en', search)];
		expect(keptBytes(saved, first)).toBe(1005 + 30 + 100);
		expect(keptBytes(saved, second)).toBe(2005);
	});
});
