import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';

/**
 * The learner's records: one IndexedDB database, one object store per record kind. This file has no
 * zod, so lesson pages can use it within their byte budget; validation lives in records.ts.
 */
export const DB_NAME = 'academy';

/** Every store and its key. All were created in version 1; a feature owns each record's schema. */
export const STORES = {
	/** Lesson visits and completion, by `<course>/<lesson>` (src/schemas/progress.ts). */
	progress: { keyPath: 'id' },
	/** Quiz attempts (the quiz feature). */
	attempts: { keyPath: 'id' },
	/** Self-assessment answers and results (the assessment feature). */
	assessments: { keyPath: 'id' },
	/** Template drafts (the template feature). */
	drafts: { keyPath: 'id' },
	/** Assignments received from trainers (the trainer feature). */
	assignments: { keyPath: 'id' },
	/** Progress reports imported on a trainer's device (the trainer feature). */
	cohorts: { keyPath: 'id' },
	/** Courses downloaded for offline use, on this device only (the offline feature). */
	downloads: { keyPath: 'id' },
	/** Small settings by key (src/schemas/settings.ts). */
	settings: { keyPath: 'key' },
	/** Answers of a quiz or lesson check not checked yet (src/schemas/saved-answers.ts). Since version 2. */
	answers: { keyPath: 'id' },
	/** Records that failed validation, kept aside instead of being dropped (src/schemas/quarantine.ts). */
	quarantine: { keyPath: 'id', autoIncrement: true },
	/** What the last restore replaced, so it can be undone (src/schemas/safety-copy.ts). Since version 3. */
	safety: { keyPath: 'id' },
} as const;

export type StoreName = keyof typeof STORES;
export const storeNames = Object.keys(STORES) as StoreName[];

/** The stores version 1 created, fixed: a store added later is created by its own migration. */
const V1_STORES = [
	'progress',
	'attempts',
	'assessments',
	'drafts',
	'assignments',
	'cohorts',
	'downloads',
	'settings',
	'quarantine',
] as const satisfies readonly StoreName[];

type UpgradeTx = IDBPTransaction<unknown, StoreName[], 'versionchange'>;
export type Migration = (db: IDBPDatabase, tx: UpgradeTx) => void | Promise<void>;

/**
 * Migrations by the version they upgrade to. Add one for each new version, never edit a published
 * one: a learner's browser may still be at any earlier version.
 * - 1: every store of the first release.
 * - 2: `answers`, the answers in progress, so a reload does not lose them.
 * - 3: `safety`, the copy of what the last restore replaced.
 */
export const migrations: Record<number, Migration> = {
	1: (db) => {
		for (const name of V1_STORES) db.createObjectStore(name, STORES[name]);
	},
	2: (db) => {
		db.createObjectStore('answers', STORES.answers);
	},
	3: (db) => {
		db.createObjectStore('safety', STORES.safety);
	},
};

export const DB_VERSION = Math.max(...Object.keys(migrations).map(Number));

export interface OpenOptions {
	/** Another tab holds an older version open: ask the learner to close or reload it. */
	onBlocked?: () => void;
	/** This tab holds a version that another tab wants to upgrade: it has closed, reload. */
	onOutdated?: () => void;
	/** Tests pass other migrations and versions; the site uses the ones above. */
	migrations?: Record<number, Migration>;
	version?: number;
	name?: string;
}

/** Opens the database, running every migration between the stored version and this one in order. */
export function openRecords(options: OpenOptions = {}): Promise<IDBPDatabase> {
	const steps = options.migrations ?? migrations;
	const version = options.version ?? DB_VERSION;
	return openDB(options.name ?? DB_NAME, version, {
		async upgrade(db, oldVersion, newVersion, tx) {
			for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) {
				const step = steps[v];
				if (!step) throw new Error(`No migration to version ${v}`);
				await step(db, tx as unknown as UpgradeTx);
			}
		},
		blocked: () => options.onBlocked?.(),
		blocking(_current, _blocked, event) {
			// Let the other tab upgrade instead of leaving both waiting.
			(event.target as IDBDatabase).close();
			options.onOutdated?.();
		},
	});
}
