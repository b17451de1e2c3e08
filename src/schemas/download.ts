import { z } from 'zod';
import { slug } from './quiz';

/**
 * A course (or a part the courses of a language share: hub pages, search) kept for offline use on
 * this device, in the `downloads` store, written by src/islands/offline/download.ts. The files
 * themselves are in Cache Storage; this record says which version, so an update fetches only what
 * changed. Device-only: not in backups.
 * Version 1 is the first.
 */
export const downloadEntry = z.object({
	url: z.string().max(500),
	revision: z.string().max(64),
	bytes: z.number().int().min(0),
});

export const downloadRecord = z.object({
	v: z.literal(1),
	/** `<locale>/<course>` for a course; `hub/<locale>` and `search/<locale>` for the parts its courses share. */
	id: z.string().max(100),
	locale: z.string().max(10),
	course: slug.optional(),
	version: z.string().max(64),
	entries: z.array(downloadEntry).max(5000),
	bytes: z.number().int().min(0),
	downloadedAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
});

export type DownloadRecord = z.infer<typeof downloadRecord>;
