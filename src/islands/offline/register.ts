/**
 * On every page: a calm online/offline notice, and, where the browser allows a service worker (a
 * secure context), its registration and update prompt, loaded after the page so they never delay it.
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
	addEventListener('load', () => {
		const start = () => import('./update-prompt').then((m) => m.registerWorker());
		('requestIdleCallback' in window ? requestIdleCallback : setTimeout)(start);
	});
}
