import type { AcademyDb } from './db';
import type { OfflineManifest } from '../offline/manifest';
import type { DownloadRecord } from '../../schemas/download';
import { CACHES, DOWNLOAD_HEADER } from '../../sw/messages';
import { announceChange } from './broadcast';
import { bytesOf, changedEntries, downloadsOf, partsOf, pendingAll, sharedParts, type Part } from './downloads';

/*
 * Fetching and removing course downloads (how parts are staged and committed: see downloads.ts). Pages
 * load this module only when the learner downloads or removes something.
 */

export class DownloadError extends Error {
	constructor(readonly reason: 'network' | 'full') {
		super(reason);
	}
}

/** Downloads what is missing or changed; `onProgress` gets bytes done and bytes in all. */
export async function download(
	db: AcademyDb,
	manifest: OfflineManifest,
	onProgress: (done: number, total: number) => void,
): Promise<number> {
	const records = await downloadsOf(db);
	const work = partsOf(manifest).map((part) => ({
		part,
		todo: changedEntries(
			part,
			records.find((r) => r.id === part.id),
		),
	}));
	const total = work.reduce((n, w) => n + bytesOf(w.todo), 0);
	let done = 0;
	onProgress(0, total);
	for (const { part, todo } of work) {
		const staging = await caches.open(`${part.cache}-staging`);
		for (const entry of todo) {
			const key = location.origin + entry.url;
			const staged = await staging.match(key);
			if (staged?.headers.get('x-revision') !== entry.revision) {
				const response = await fetch(key, { headers: { [DOWNLOAD_HEADER]: '1' }, cache: 'no-cache' }).catch(
					() => undefined,
				);
				if (!response || response.status !== 200) throw new DownloadError('network');
				const headers = new Headers(response.headers);
				headers.set('x-revision', entry.revision);
				const body = await response.blob().catch(() => undefined);
				if (!body) throw new DownloadError('network');
				await staging.put(key, new Response(body, { status: 200, headers })).catch((e) => {
					throw quota(e) ? new DownloadError('full') : e;
				});
			}
			done += entry.bytes;
			onProgress(done, total);
		}
	}
	// Only once every part has arrived: a course updated alone could drop files that moved to a
	// shared part not yet on the device.
	for (const { part } of work)
		await commit(
			db,
			part,
			records.find((r) => r.id === part.id),
		);
	announceChange(['downloads']);
	return total;
}

const quota = (e: unknown) => e instanceof DOMException && e.name === 'QuotaExceededError';

/** Moves a complete staging cache into place, drops files the new version no longer lists, records it. */
async function commit(db: AcademyDb, part: Part, previous: DownloadRecord | undefined) {
	const staging = await caches.open(`${part.cache}-staging`);
	const cache = await caches.open(part.cache);
	for (const request of await staging.keys()) await cache.put(request, (await staging.match(request))!);
	const wanted = new Set(part.entries.map((e) => location.origin + e.url));
	for (const request of await cache.keys()) if (!wanted.has(request.url)) await cache.delete(request);
	await caches.delete(`${part.cache}-staging`);
	const now = new Date().toISOString();
	const record: DownloadRecord = {
		v: 1,
		id: part.id,
		locale: part.locale,
		...(part.course ? { course: part.course } : {}),
		version: part.version,
		entries: part.entries,
		bytes: bytesOf(part.entries),
		downloadedAt: previous?.downloadedAt ?? now,
		updatedAt: now,
	};
	await db.put('downloads', record);
}

/**
 * Removes a course; the language's hub pages and search go too when no other course of that
 * language is kept (until then the other courses still need them).
 */
export async function remove(db: AcademyDb, locale: string, course: string): Promise<number> {
	const records = await downloadsOf(db);
	const mine = records.find((r) => r.id === `${locale}/${course}`);
	let freed = mine?.bytes ?? 0;
	await caches.delete(CACHES.course(locale, course));
	await caches.delete(`${CACHES.course(locale, course)}-staging`);
	await db.delete('downloads', `${locale}/${course}`);
	const others = records.filter((r) => r.course && r.locale === locale && r.course !== course);
	if (others.length === 0) {
		for (const { id, cache } of sharedParts(locale)) {
			freed += records.find((r) => r.id === id)?.bytes ?? 0;
			await caches.delete(cache);
			await caches.delete(`${cache}-staging`);
			await db.delete('downloads', id);
		}
	}
	announceChange(['downloads']);
	return freed;
}

/** Downloads several courses one after another; progress is over the whole. Throws DownloadError on failure. */
export async function downloadAll(
	db: AcademyDb,
	manifests: OfflineManifest[],
	onProgress: (done: number, total: number) => void,
): Promise<void> {
	const total = await pendingAll(db, manifests);
	let before = 0;
	for (const manifest of manifests) {
		let last = 0;
		await download(db, manifest, (done) => {
			last = done;
			onProgress(before + done, total);
		});
		before += last;
	}
	onProgress(total, total);
}
