/**
 * Messages between pages and the service worker, one typed union each way that both sides import.
 * workbox-window's `messageSkipWaiting()` sends the first.
 */
export type PageToWorker =
	/** The learner accepted the update prompt: the waiting worker takes over, then the page reloads. */
	| { type: 'SKIP_WAITING' }
	/** Sent by every page as it loads: "was I served from the device because the network failed?" */
	| { type: 'HOW_WAS_I_SERVED' };

export type WorkerToPage =
	/** The answer when the page's own address could not be fetched: it came from the device. */
	{ type: 'SERVED_FROM_DEVICE' };

/** Requests made by a course download carry this header, so the worker passes them straight through. */
export const DOWNLOAD_HEADER = 'X-Academy-Download';

/** Cache names; all start with `academy-` so "Delete all my data" finds them (lib/storage/erase.ts). */
export const CACHE_PREFIX = 'academy-';
export const CACHES = {
	pages: 'academy-pages',
	assets: 'academy-assets',
	course: (locale: string, course: string) => `academy-course-${locale}-${course}`,
	/** A language's hub pages (home, catalogue, My learning…), shared by its downloaded courses. */
	hub: (locale: string) => `academy-hub-${locale}`,
	search: (locale: string) => `academy-search-${locale}`,
} as const;
