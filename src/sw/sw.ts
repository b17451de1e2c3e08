/// <reference lib="webworker" />
import { cleanupOutdatedCaches, PrecacheRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import type { PageToWorker, WorkerToPage } from './messages';
import { precache } from './precache';
import { assetHandler, BASE, cacheOpenPages, isDownload, pageHandler, wasServedFromDevice } from './routes';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// A course download fetches the current files itself, into its own cache: straight to the network,
// before any other route (the precache would answer with the shell's copy of the offline page).
registerRoute(
	({ request }) => isDownload(request),
	({ request }) => fetch(request),
);

// The shell, from an explicit list made at build time (src/integrations/offline.ts). Pagefind adds a
// changing `ts` parameter to one request.
precache.precache(self.__WB_MANIFEST);
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/^ts$/] }));
cleanupOutdatedCaches();

const ours = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith(BASE);

// A course download fetches its files itself, into its own cache: let those requests through.
registerRoute(
	({ url, request }) =>
		ours(url) &&
		!isDownload(request) &&
		(url.pathname.startsWith(`${BASE}_astro/`) || url.pathname.startsWith(`${BASE}pagefind/`)),
	assetHandler,
);
// Pages by address (fetched pages must be handled like visited ones), and every navigation, such as
// `/x` typed without its slash: offline, the learner gets a page, never the browser's error page.
registerRoute(
	({ url, request }) =>
		ours(url) &&
		!isDownload(request) &&
		request.method === 'GET' &&
		(request.mode === 'navigate' || url.pathname.endsWith('/') || url.pathname.endsWith('.html')),
	pageHandler,
);

let firstInstall = false;

self.addEventListener('install', () => {
	// The first worker takes over at once (nothing to interrupt); an update waits for the learner.
	firstInstall = !self.registration.active;
	if (firstInstall) void self.skipWaiting();
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await self.registration.navigationPreload?.enable();
			// The open pages first, then control: once a page sees a controller, it opens offline too.
			if (firstInstall) await cacheOpenPages();
			await self.clients.claim();
		})(),
	);
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
	const message = event.data as PageToWorker | undefined;
	if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
	const source = event.source;
	if (message?.type === 'HOW_WAS_I_SERVED' && source instanceof Client && wasServedFromDevice(source.id))
		source.postMessage({ type: 'SERVED_FROM_DEVICE' } satisfies WorkerToPage);
});
