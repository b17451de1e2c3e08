import { z } from 'zod';

/**
 * What the last restore replaced, in the `safety` store, one record (src/lib/storage/backup.ts): a
 * whole backup of the device taken in the same transaction as the restore, so "Undo the last restore"
 * can put it back. Device-only: never in a backup, erased with everything else. Version 1 is the first.
 */
export const SAFETY_COPY_ID = 'last-restore';

export const safetyCopyRecord = z.object({
	v: z.literal(1),
	id: z.literal(SAFETY_COPY_ID),
	/** When the restore that replaced it ran. */
	savedAt: z.iso.datetime(),
	/** A backup file object; checked record by record as any backup is before it is put back. */
	backup: z.unknown(),
});

export type SafetyCopyRecord = z.infer<typeof safetyCopyRecord>;
