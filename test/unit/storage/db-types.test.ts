import { describe, expect, expectTypeOf, it } from 'vitest';
import { openRecords, type AcademyDb } from '../../../src/lib/storage/db';
import type { DownloadRecord } from '../../../src/schemas/download';
import type { SettingRecord } from '../../../src/schemas/settings';
import { freshIndexedDb, progress } from './fixtures';

freshIndexedDb();

// The checks that matter here run in `npm run check`: each `@ts-expect-error` fails the type check the
// day the line below it stops being an error, i.e. the day the database loses its types.
describe('the typed database', () => {
	it('refuses a wrong store name or record shape, and reads records with their types', async () => {
		const db: AcademyDb = await openRecords();
		expectTypeOf(db.get('downloads', 'en/foundations')).resolves.toEqualTypeOf<DownloadRecord | undefined>();
		expectTypeOf(db.get('settings', 'persistence')).resolves.toEqualTypeOf<SettingRecord | undefined>();
		await db.put('progress', progress('foundations/what-is-ai'));
		// @ts-expect-error: no such store
		await expect(db.put('progres', progress('foundations/what-is-ai'))).rejects.toThrow();
		// @ts-expect-error: a progress record in the downloads store
		await db.put('downloads', progress('foundations/global-landscape'));
		// @ts-expect-error: settings are keyed by their name, never by a number
		await db.get('settings', 1);
		// @ts-expect-error: the quarantine's keys are numbers it gives itself
		await db.get('quarantine', 'x');
		expect(await db.count('progress')).toBe(1);
		db.close();
	});
});
