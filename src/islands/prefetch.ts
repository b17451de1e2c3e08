/**
 * Loads code a page fetches only when used (the QR code library, report checks, the report maker)
 * ahead, when the page is idle and a service worker keeps what it fetches, so those parts also work
 * offline. Not when the learner asked the browser to save data, nor on a first visit without a worker:
 * then they load when used.
 */
export function prefetchWhenIdle(load: () => Promise<unknown>) {
	const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
	if (!navigator.serviceWorker?.controller || connection?.saveData) return;
	('requestIdleCallback' in window ? requestIdleCallback : setTimeout)(() => void load().catch(() => undefined));
}
