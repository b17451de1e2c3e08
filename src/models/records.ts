import { signal } from '@preact/signals';
import type { AcademyDb } from '../lib/storage/db';
import { records } from '../islands/records-client';
import { readStore } from '../lib/storage/records';
import { onRecordsChanged } from '../lib/storage/broadcast';
import type { StoreName } from '../lib/storage/db';
import type { ProgressRecord } from '../schemas/progress';
import type { SettingRecord } from '../schemas/settings';
import type { QuarantineRecord } from '../schemas/quarantine';
import type { AttemptRecord } from '../schemas/attempt';
import type { AssessmentRecord } from '../schemas/assessment-record';
import type { DownloadRecord } from '../schemas/download';
import type { DraftRecord } from '../schemas/draft';
import type { AssignmentRecord, CohortRecord } from '../schemas/assignment-record';

/**
 * The learner's records for the islands of a page, as signals. Loads every store through the
 * validating reader (bad records go to quarantine), and reloads when any tab changes them.
 */
export type Status = 'loading' | 'ready' | 'unavailable';

export const status = signal<Status>('loading');
export const progress = signal<ProgressRecord[]>([]);
export const settings = signal<SettingRecord[]>([]);
export const quarantine = signal<QuarantineRecord[]>([]);
/** Course-quiz attempts, newest first. */
export const attempts = signal<AttemptRecord[]>([]);
export const assessments = signal<AssessmentRecord[]>([]);
/** Courses and searches kept for offline use on this device. */
export const downloads = signal<DownloadRecord[]>([]);
/** Template drafts. */
export const drafts = signal<DraftRecord[]>([]);
/** Assignments received and made on this device. */
export const assignments = signal<AssignmentRecord[]>([]);
/** Reports imported by a trainer. */
export const cohorts = signal<CohortRecord[]>([]);
export const estimate = signal<{ usage?: number; quota?: number }>({});

let db: AcademyDb | undefined;

export async function loadRecords(): Promise<AcademyDb | undefined> {
	if (db) return db;
	// The page's one connection, which also asks for a reload if another tab upgrades the database.
	db = (await records()) ?? undefined;
	if (!db) {
		status.value = 'unavailable';
		return undefined;
	}
	await refresh();
	onRecordsChanged(() => void refresh());
	return db;
}

/**
 * Reads every store again. Also called by an action that changed records and is about to say so, so
 * what it says and what the page shows change together, not one after the other.
 */
export async function refresh() {
	if (!db) return;
	// A store that cannot be read (a record too deep to copy, say) leaves its list empty, not the page.
	const read = <T>(store: StoreName) =>
		readStore<T>(db!, store).catch((error: unknown) => {
			console.warn(`The ${store} records could not be read:`, error);
			return { records: [] as T[], quarantined: 0 };
		});
	const [p, s, a, r, d, dr, as, co] = await Promise.all([
		read<ProgressRecord>('progress'),
		read<SettingRecord>('settings'),
		read<AttemptRecord>('attempts'),
		read<AssessmentRecord>('assessments'),
		read<DownloadRecord>('downloads'),
		read<DraftRecord>('drafts'),
		read<AssignmentRecord>('assignments'),
		read<CohortRecord>('cohorts'),
		// Not shown anywhere, but read so a damaged record is set aside before it can spoil a backup.
		read('answers'),
	]);
	// Read last: the reads above may just have moved records here.
	const q = await read<QuarantineRecord>('quarantine');
	progress.value = p.records;
	settings.value = s.records;
	attempts.value = a.records.sort((x, y) => y.finishedAt.localeCompare(x.finishedAt));
	assessments.value = r.records;
	downloads.value = d.records;
	drafts.value = dr.records;
	quarantine.value = q.records;
	assignments.value = as.records.sort((x, y) => y.savedAt.localeCompare(x.savedAt));
	cohorts.value = co.records;
	estimate.value = (await navigator.storage?.estimate?.().catch(() => undefined)) ?? {};
	status.value = 'ready';
}

export function setting<K extends SettingRecord['key']>(key: K) {
	return settings.value.find((s) => s.key === key) as Extract<SettingRecord, { key: K }> | undefined;
}
