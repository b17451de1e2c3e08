/// <reference lib="webworker" />
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import type { PageToWorker } from './messages';
import { assetHandler, BASE, cacheOpenPages, isDownload, pageHandler } from './routes';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// A course download fetches the current files itself, into its own cache: straight to the network,
// before any other route (the precache would answer with the shell's copy of the offline page).
registerRoute(
	({ request }) => isDownload(request),
	({ request }) => fetch(request),
);

// The shell, from an explicit list made at build time (src/integrations/offline.ts). Pagefind adds a
// changing `ts` parameter to one request.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/^ts$/] });
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
// Pages by address, not by navigation mode: fetched pages must be handled like visited ones.
registerRoute(
	({ url, request }) =>
		ours(url) &&
		!isDownload(request) &&
		request.method === 'GET' &&
		(url.pathname.endsWith('/') || url.pathname.endsWith('.html')),
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
			await self.clients.claim();
			if (firstInstall) await cacheOpenPages();
		})(),
	);
});

self.addEventListener('message', (event: ExtendableMessageEvent) => {
	const message = event.data as PageToWorker | undefined;
	if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
});
