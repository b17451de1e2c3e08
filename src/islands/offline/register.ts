/**
 * On every page: a calm online/offline notice, and, where the browser allows a service worker (a
 * secure context), its registration after the page has loaded.
 */
const root = document.documentElement;
const setOffline = () => {
	root.toggleAttribute('data-offline', !navigator.onLine);
	// Filled and emptied, so the live region announces the change.
	const notice = document.getElementById('offline-notice');
	if (notice) notice.textContent = navigator.onLine ? '' : (notice.dataset.text ?? '');
};
addEventListener('online', setOffline);
addEventListener('offline', setOffline);
addEventListener('DOMContentLoaded', setOffline);

if ('serviceWorker' in navigator && isSecureContext) {
	addEventListener('load', async () => {
		const base = import.meta.env.BASE_URL;
		const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
		// workbox-window, for the update prompt, downloads only once an update is actually waiting.
		const offer = () => import('./update-prompt').then((m) => m.promptForUpdate());
		if (registration.waiting && navigator.serviceWorker.controller) return void offer();
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed' && navigator.serviceWorker.controller) void offer();
			});
		});
	});
}
