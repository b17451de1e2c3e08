import { z } from 'zod';

/**
 * The backup file: every record the learner owns, in one JSON file they keep or move to another
 * device (src/lib/storage/backup.ts). Versions: 1 is the first. A newer version is refused with a
 * message rather than half-read; an older one is upgraded record by record (records.ts).
 */
export const BACKUP_FORMAT = 'ai-governance-academy-backup';
export const BACKUP_VERSION = 1;
/** Larger files are refused before they are read: a backup of text records is far smaller. */
export const BACKUP_MAX_BYTES = 25 * 1024 * 1024;
/**
 * Damaged records a backup may bring back into the `quarantine` store: they are kept for whoever looks
 * into them, not read, so a file must not fill the device with them.
 */
export const QUARANTINE_RECORD_MAX_BYTES = 64 * 1024;
export const QUARANTINE_MAX_COUNT = 500;
/** No record the site writes is nested beyond a dozen levels; far deeper ones cannot be stored. */
export const RECORD_MAX_DEPTH = 64;

/** Stores a backup carries. Downloads describe this device's cache, so they stay behind. */
export const backupStores = [
	'progress',
	'attempts',
	'assessments',
	'drafts',
	'assignments',
	'cohorts',
	'settings',
	/** Answers not checked yet: a learner moving device mid-quiz keeps them. Absent in older files. */
	'answers',
	'quarantine',
] as const;

export const backupHeader = z.object({
	format: z.literal(BACKUP_FORMAT),
	version: z.number().int().positive(),
	exportedAt: z.iso.datetime(),
});

export const backupFile = backupHeader.extend({
	version: z.literal(BACKUP_VERSION),
	/** Each store's records as an array; each record is checked by its store's own schema. */
	stores: z
		.object(Object.fromEntries(backupStores.map((s) => [s, z.array(z.unknown()).max(100_000).default([])])))
		.strict(),
});

export type BackupFile = z.infer<typeof backupFile>;
export type BackupStore = (typeof backupStores)[number];
