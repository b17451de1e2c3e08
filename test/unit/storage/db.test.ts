import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, migrations, openRecords, STORES, storeNames, type AcademyDb } from '../../../src/lib/storage/db';
import { freshIndexedDb } from './fixtures';

freshIndexedDb();

describe('the records database', () => {
	it('migration 1 creates every store with its key', async () => {
		const db = await openRecords();
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual([...storeNames].sort());
		const tx = db.transaction(storeNames);
		for (const name of storeNames) {
			expect(tx.objectStore(name).keyPath).toBe(STORES[name].keyPath);
			expect(tx.objectStore(name).autoIncrement).toBe(name === 'quarantine');
		}
		db.close();
	});

	it('has a migration for every version up to the current one', () => {
		for (let v = 1; v <= DB_VERSION; v++) expect(migrations[v], `migration ${v}`).toBeTypeOf('function');
	});

	it('runs only the migrations a stored database has not had, in order, keeping its records', async () => {
		const steps = {
			1: vi.fn((db) => db.createObjectStore('notes', { keyPath: 'id' })),
			2: vi.fn((_db, tx) => tx.objectStore('notes').createIndex('byDay', 'day')),
		};
		const v1 = await openRecords({ name: 'm', version: 1, migrations: steps });
		await v1.put('notes' as never, { id: 'a', day: 1 });
		v1.close();
		const v2 = await openRecords({ name: 'm', version: 2, migrations: steps });
		expect(steps[1]).toHaveBeenCalledTimes(1);
		expect(steps[2]).toHaveBeenCalledTimes(1);
		expect(await v2.getFromIndex('notes' as never, 'byDay' as never, 1 as never)).toEqual({ id: 'a', day: 1 });
		v2.close();
	});

	it('leaves the database whole at its old version when a migration fails or is missing', async () => {
		const steps = {
			1: (db: AcademyDb) => void db.createObjectStore('notes' as never, { keyPath: 'id' }),
			2: (db: AcademyDb) => void db.createObjectStore('more' as never),
			3: () => {
				throw new Error('a bug in a migration');
			},
		};
		const v1 = await openRecords({ name: 'broken', version: 1, migrations: steps });
		v1.close();
		vi.spyOn(console, 'error').mockImplementation(() => {});
		await expect(openRecords({ name: 'broken', version: 3, migrations: steps })).rejects.toThrow();
		await expect(openRecords({ name: 'broken', version: 4, migrations: steps })).rejects.toThrow();
		const still = await openRecords({ name: 'broken', version: 1, migrations: steps });
		expect([...still.objectStoreNames]).toEqual(['notes']);
		still.close();
	});

	it('lets a newer tab upgrade: the older connection closes and is told to reload', async () => {
		const steps = { 1: (db: any) => db.createObjectStore('notes'), 2: () => {} };
		const onOutdated = vi.fn();
		const old = await openRecords({ name: 'tabs', version: 1, migrations: steps, onOutdated });
		const newer = await openRecords({ name: 'tabs', version: 2, migrations: steps });
		expect(onOutdated).toHaveBeenCalledTimes(1);
		expect(newer.version).toBe(2);
		expect(() => old.transaction('notes' as never)).toThrow();
		newer.close();
	});
});
