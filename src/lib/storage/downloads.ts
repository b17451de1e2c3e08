import type { AcademyDb } from './db';
import type { OfflineManifest, Entry } from '../offline/manifest';
import type { DownloadRecord } from '../../schemas/download';
import { CACHES } from '../../sw/messages';

/**
 * The `downloads` store: what a course download is made of, and what of it is already on the device,
 * all a course page needs to show its state. The code that fetches and removes (download-course.ts)
 * loads only when it is used.
 *
 * Course downloads. Files go first into staging caches; only when every one has arrived do they move
 * into the course's cache and the language's shared ones (hub pages, search), so a dropped connection
 * leaves the previous complete copy untouched, and a retry skips what staging already holds. The record in the `downloads` store says which version is
 * on the device, so an update fetches only changed files.
 */
export interface Part {
	/** The download record id and the cache it fills. */
	id: string;
	cache: string;
	locale: string;
	course?: string;
	version: string;
	entries: Entry[];
}

export function partsOf(manifest: OfflineManifest): Part[] {
	const { locale, course } = manifest;
	return [
		{
			id: `${locale}/${course}`,
			cache: CACHES.course(locale, course),
			locale,
			course,
			version: manifest.version,
			entries: manifest.entries,
		},
		{
			id: `hub/${locale}`,
			cache: CACHES.hub(locale),
			locale,
			version: manifest.version,
			entries: manifest.shared.hub.entries,
		},
		{
			id: `search/${locale}`,
			cache: CACHES.search(locale),
			locale,
			version: manifest.version,
			entries: manifest.shared.search.entries,
		},
	];
}

/** The parts a locale's courses share, stored once: its hub pages and its search. */
export const sharedParts = (locale: string) => [
	{ id: `hub/${locale}`, cache: CACHES.hub(locale) },
	{ id: `search/${locale}`, cache: CACHES.search(locale) },
];

/**
 * The download records, checked only for the fields this code reads: course pages carry no zod
 * (~80 KB); "My learning" validates the store in full and quarantines anything odd.
 */
export async function downloadsOf(db: AcademyDb): Promise<DownloadRecord[]> {
	const all: unknown[] = await db.getAll('downloads');
	return all.filter(
		(r): r is DownloadRecord =>
			typeof r === 'object' &&
			r !== null &&
			(r as DownloadRecord).v === 1 &&
			typeof (r as DownloadRecord).id === 'string' &&
			Array.isArray((r as DownloadRecord).entries),
	);
}

/** What is missing or changed for a part, compared with the copy on the device. */
export function changedEntries(part: Part, record: DownloadRecord | undefined): Entry[] {
	const have = new Map(record?.entries.map((e) => [e.url, e.revision]));
	return part.entries.filter((e) => have.get(e.url) !== e.revision);
}

export const bytesOf = (entries: Entry[]) => entries.reduce((n, e) => n + e.bytes, 0);

/** Bytes to fetch to bring these parts up to date, given the records on the device. */
export const pendingOf = (parts: Part[], saved: DownloadRecord[]) =>
	parts.reduce(
		(n, part) =>
			n +
			bytesOf(
				changedEntries(
					part,
					saved.find((r) => r.id === part.id),
				),
			),
		0,
	);

/** Bytes to fetch to bring every part up to date. */
export async function pendingBytes(db: AcademyDb, manifest: OfflineManifest): Promise<number> {
	return pendingOf(partsOf(manifest), await downloadsOf(db));
}

/** Bytes still to fetch for several courses at once; the parts they share count once. */
export async function pendingAll(db: AcademyDb, manifests: OfflineManifest[]): Promise<number> {
	const unique = new Map<string, Part>();
	for (const part of manifests.flatMap(partsOf)) if (!unique.has(part.id)) unique.set(part.id, part);
	return pendingOf([...unique.values()], await downloadsOf(db));
}

/** What a kept course takes on the device; the language's hub pages and search count with its first course. */
export function keptBytes(saved: DownloadRecord[], course: DownloadRecord): number {
	const first = saved
		.filter((r) => r.course && r.locale === course.locale)
		.sort((a, b) => a.downloadedAt.localeCompare(b.downloadedAt))[0];
	if (first?.id !== course.id) return course.bytes;
	return (
		course.bytes + sharedParts(course.locale).reduce((n, p) => n + (saved.find((r) => r.id === p.id)?.bytes ?? 0), 0)
	);
}
