/**
 * Messages between pages and the service worker, one typed union both sides import. workbox-window's
 * `messageSkipWaiting()` sends the first.
 */
export type PageToWorker =
	/** The learner accepted the update prompt: the waiting worker takes over, then the page reloads. */
	{ type: 'SKIP_WAITING' };

/** Requests made by a course download carry this header, so the worker passes them straight through. */
export const DOWNLOAD_HEADER = 'X-Academy-Download';

/** Cache names; all start with `academy-` so "Delete all my data" finds them (lib/storage/erase.ts). */
export const CACHES = {
	pages: 'academy-pages',
	assets: 'academy-assets',
	course: (locale: string, course: string) => `academy-course-${locale}-${course}`,
	search: (locale: string) => `academy-search-${locale}`,
} as const;
