import { z } from 'zod';

/**
 * Small settings in the `settings` store, one record per key. Written by src/lib/storage/persistence.ts
 * (persistence) and the backup code (lastBackupAt). Version 1 is the first.
 */
export const settingRecord = z.discriminatedUnion('key', [
	z.object({
		key: z.literal('persistence'),
		/** The browser's answer to navigator.storage.persist(), or why it could not be asked. */
		value: z.enum(['granted', 'denied', 'unavailable']),
		updatedAt: z.iso.datetime(),
	}),
	z.object({ key: z.literal('lastBackupAt'), value: z.iso.datetime(), updatedAt: z.iso.datetime() }),
]);

export type SettingRecord = z.infer<typeof settingRecord>;
/**
 * Settings that describe this device only: whether this browser keeps the records, and when this
 * device last made a backup (its reminder). A backup neither carries them nor, when restored, sets them.
 */
export const deviceSettings = ['persistence', 'lastBackupAt'] as const;
