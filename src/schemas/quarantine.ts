import { z } from 'zod';

/**
 * A record that failed validation when read, moved aside to the `quarantine` store instead of being
 * dropped (src/lib/storage/records.ts). The learner sees how many there are and can download them.
 */
export const quarantineRecord = z.object({
	id: z.number().int().positive().optional(),
	store: z.string().max(50),
	key: z.union([z.string().max(500), z.number()]),
	/** The record as it was found; never shown as HTML. */
	record: z.unknown(),
	/** Why it failed, for whoever looks into it. */
	error: z.string().max(2000),
	quarantinedAt: z.iso.datetime(),
});

export type QuarantineRecord = z.infer<typeof quarantineRecord>;
