import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { ProgressRecord } from '../../schemas/progress';
import type { AttemptRecord } from '../../schemas/attempt';
import type { AssessmentRecord } from '../../schemas/assessment-record';
import type { DraftRecord } from '../../schemas/draft';
import type { AssignmentRecord, CohortRecord } from '../../schemas/assignment-record';
import type { DownloadRecord } from '../../schemas/download';
import type { SettingRecord } from '../../schemas/settings';
import type { SavedAnswersRecord } from '../../schemas/saved-answers';
import type { QuarantineRecord } from '../../schemas/quarantine';
import type { SafetyCopyRecord } from '../../schemas/safety-copy';

/**
 * The learner's records: one IndexedDB database, one object store per record kind. This file has no
 * zod (only its types), so lesson pages can use it within their byte budget; validation lives in
 * records.ts.
 */
export const DB_NAME = 'academy';

/**
 * Every store's key and value, for the type checker. Values are what the site writes; what a store
 * holds on a device may be older or damaged, which is why the readers in records.ts validate. No store
 * has an index yet: a migration that adds one adds it here too.
 */
export interface AcademySchema extends DBSchema {
	progress: { key: string; value: ProgressRecord };
	attempts: { key: string; value: AttemptRecord };
	assessments: { key: string; value: AssessmentRecord };
	drafts: { key: string; value: DraftRecord };
	assignments: { key: string; value: AssignmentRecord };
	cohorts: { key: string; value: CohortRecord };
	downloads: { key: string; value: DownloadRecord };
	settings: { key: SettingRecord['key']; value: SettingRecord };
	answers: { key: string; value: SavedAnswersRecord };
	quarantine: { key: number; value: QuarantineRecord };
	safety: { key: string; value: SafetyCopyRecord };
}

/** The open database, typed: a wrong store name or record shape is a type error. */
export type AcademyDb = IDBPDatabase<AcademySchema>;

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

export type StoreName = StoreNames<AcademySchema>;
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

export type UpgradeTx = IDBPTransaction<AcademySchema, StoreName[], 'versionchange'>;
export type Migration = (db: AcademyDb, tx: UpgradeTx) => void | Promise<void>;

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
export function openRecords(options: OpenOptions = {}): Promise<AcademyDb> {
	const steps = options.migrations ?? migrations;
	const version = options.version ?? DB_VERSION;
	return openDB<AcademySchema>(options.name ?? DB_NAME, version, {
		upgrade(db, oldVersion, newVersion, tx) {
			const run = async () => {
				for (let v = oldVersion + 1; v <= (newVersion ?? version); v++) {
					const step = steps[v];
					if (!step) throw new Error(`No migration to version ${v}`);
					await step(db, tx);
				}
			};
			// idb ignores what `upgrade` returns: a failed step must abort the upgrade itself, so the
			// database stays whole at its old version instead of opening half migrated.
			run().catch((error: unknown) => {
				console.error('Records upgrade failed:', error);
				tx.done.catch(() => {}); // the open request reports the failure
				tx.abort();
			});
		},
		blocked: () => options.onBlocked?.(),
		blocking(_current, _blocked, event) {
			// Let the other tab upgrade instead of leaving both waiting.
			(event.target as IDBDatabase).close();
			options.onOutdated?.();
		},
	});
}
