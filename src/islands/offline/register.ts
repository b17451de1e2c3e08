import type { PageToWorker, WorkerToPage } from '../../sw/messages';

/**
 * On every page: a calm online/offline notice, and, where the browser allows a service worker (a
 * secure context), its registration after the page has loaded.
 *
 * The connection can drop in ways the browser does not announce (the server is gone, the Wi-Fi has
 * no internet), and browsers differ in when they fire `online`/`offline`; so the notice is checked on
 * load, on return to the page, on those events, and whenever the worker says this page's address
 * failed on the network and came from the device.
 */
const root = document.documentElement;
let servedFromDevice = false;
const setOffline = () => {
	const offline = servedFromDevice || !navigator.onLine;
	root.toggleAttribute('data-offline', offline);
	// Filled and emptied, so the live region announces the change.
	const notice = document.getElementById('offline-notice');
	if (notice) notice.textContent = offline ? (notice.dataset.text ?? '') : '';
};
addEventListener('online', () => {
	servedFromDevice = false;
	setOffline();
});
addEventListener('offline', setOffline);
addEventListener('pageshow', setOffline);
addEventListener('DOMContentLoaded', setOffline);
document.addEventListener('visibilitychange', setOffline);

// A release published while this page is open can remove a file it loads later (a lesson check's
// code): the import fails and the page would stop answering. Say so, with the update prompt's words
// (already in the page), and reload on request: the page then comes with the new version's files.
addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
	const reason: unknown = event.reason;
	if (!(reason instanceof TypeError) || !/dynamically imported module|importing a module script/i.test(reason.message))
		return;
	const template = document.querySelector<HTMLTemplateElement>('template#update-prompt-template');
	if (!template || document.getElementById('update-prompt')) return;
	document.body.append(template.content.cloneNode(true));
	const prompt = document.getElementById('update-prompt')!;
	prompt.querySelector('[data-reload]')!.addEventListener('click', () => location.reload());
	prompt.querySelector('[data-later]')!.addEventListener('click', () => prompt.remove());
});

if ('serviceWorker' in navigator && isSecureContext) {
	navigator.serviceWorker.addEventListener('message', (event: MessageEvent<WorkerToPage | undefined>) => {
		if (event.data?.type !== 'SERVED_FROM_DEVICE') return;
		servedFromDevice = true;
		setOffline();
	});
	navigator.serviceWorker.controller?.postMessage({ type: 'HOW_WAS_I_SERVED' } satisfies PageToWorker);

	addEventListener(
		'load',
		() =>
			void (async () => {
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
			})(),
	);
}
