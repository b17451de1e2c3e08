import type { AcademyDb } from './db';
import { storeNames } from './db';
import { announceChange } from './broadcast';

/** Cache Storage names the offline feature uses all start with this, so other sites' caches stay. */
export const CACHE_PREFIX = 'academy-';
/** What the site and Starlight keep in web storage (see the privacy page). */
export const LOCAL_KEYS = ['academy:locale', 'starlight-theme'];
export const SESSION_KEYS = ['sl-sidebar-state'];

/** "Delete all my data": every store, downloaded courses, and the site's web-storage entries. */
export async function eraseEverything(db: AcademyDb): Promise<void> {
	const tx = db.transaction(storeNames, 'readwrite');
	await Promise.all([...storeNames.map((s) => tx.objectStore(s).clear()), tx.done]);
	if (typeof caches !== 'undefined') {
		for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
	}
	for (const key of LOCAL_KEYS) safely(() => localStorage.removeItem(key));
	for (const key of SESSION_KEYS) safely(() => sessionStorage.removeItem(key));
	announceChange(storeNames);
}

function safely(fn: () => void) {
	try {
		fn();
	} catch {
		// Web storage blocked: then nothing was stored there either.
	}
}
