import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { CacheExpiration } from 'workbox-expiration';
import { fitsRequest } from '../lib/offline/fits-request';
import { CACHE_PREFIX, CACHES, DOWNLOAD_HEADER } from './messages';
import { precache } from './precache';

declare const self: ServiceWorkerGlobalScope;
/** Injected at bundle time (src/integrations/offline.ts): the worker cannot see Astro's config. */
declare const __BASE__: string;
declare const __LOCALES__: string[];
declare const __DEFAULT_LOCALE__: string;

export const BASE = __BASE__;
/** After this long without an answer, a page already on the device is shown instead of waiting. */
const NETWORK_TIMEOUT_MS = 4000;
const pageExpiration = new CacheExpiration(CACHES.pages, { maxEntries: 300 });
const assetExpiration = new CacheExpiration(CACHES.assets, { maxEntries: 300, maxAgeSeconds: 90 * 24 * 3600 });
/**
 * Every lookup ignores `Vary`: a host that sends `Vary: Origin` (`astro preview`) would otherwise hide
 * a stored script from the module request, which carries an `Origin` header the stored one lacked.
 */
const MATCH: MultiCacheQueryOptions = { ignoreSearch: true, ignoreVary: true };

/**
 * Pages whose own address failed on the network and came from the device (a copy or the offline
 * page), by client id: asked by each page as it loads, so it can say it is offline however the
 * connection dropped (the browser's `offline` event does not come when only the server is gone).
 */
const servedFromDevice = new Set<string>();
export const wasServedFromDevice = (clientId: string) => servedFromDevice.has(clientId);
function rememberServedFromDevice(event: FetchEvent) {
	const id = event.resultingClientId || event.clientId;
	if (!id) return;
	servedFromDevice.add(id);
	// Only the latest few matter: a page asks as soon as it loads.
	if (servedFromDevice.size > 50) servedFromDevice.delete(servedFromDevice.values().next().value!);
}

/** `/x` and `/x/` are one page: cache keys always end with a slash, without query or hash. */
export function pageKey(url: URL): string {
	const path = url.pathname.endsWith('/') || /\.\w+$/.test(url.pathname) ? url.pathname : `${url.pathname}/`;
	return url.origin + path;
}

export function localeOf(url: URL): string {
	const first = url.pathname.slice(BASE.length).split('/')[0] ?? '';
	return __LOCALES__.includes(first) ? first : __DEFAULT_LOCALE__;
}

const offlinePage = (locale: string) => `${self.location.origin}${BASE}${locale}/offline/`;

export const isDownload = (request: Request) => request.headers.has(DOWNLOAD_HEADER);

async function fetchWithTimeout(request: Request, preload?: Promise<Response | undefined>): Promise<Response> {
	return (await preload) ?? fetch(request);
}

/**
 * Pages: the network first, so learners see the latest text; if it fails, or says nothing for a few
 * seconds while a copy is on the device, that copy (visited, or from a downloaded course); else the
 * offline page of the address's language. Only complete 200 answers are kept; never redirects.
 */
export async function pageHandler(options: RouteHandlerCallbackOptions): Promise<Response> {
	const { request, url } = options;
	const event = options.event as FetchEvent;
	const key = pageKey(url);
	const network = fetchWithTimeout(request, event.preloadResponse as Promise<Response | undefined>).then(
		async (response) => {
			if (response.status === 200 && !response.redirected && response.type === 'basic') {
				const cache = await caches.open(CACHES.pages);
				await cache.put(key, response.clone());
				await pageExpiration.updateTimestamp(key);
				event.waitUntil(Promise.all([pageExpiration.expireEntries(), cacheOfflinePage(localeOf(url))]));
			}
			return response;
		},
	);
	const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), NETWORK_TIMEOUT_MS));
	try {
		const first = await Promise.race([network, timeout]);
		if (first !== 'timeout') return first;
		const cached = await caches.match(key, MATCH);
		if (cached) {
			event.waitUntil(network.catch(() => undefined));
			return cached;
		}
		return await network;
	} catch {
		if (request.mode === 'navigate') rememberServedFromDevice(event);
		return (
			(await caches.match(key, MATCH)) ??
			(await caches.match(offlinePage(localeOf(url)), MATCH)) ??
			(await precache.matchPrecache(`${BASE}${__DEFAULT_LOCALE__}/offline/index.html`)) ??
			Response.error()
		);
	}
}

/** The offline page of each language a learner reads is kept on the first visit in that language. */
async function cacheOfflinePage(locale: string) {
	const url = offlinePage(locale);
	if (await caches.match(url, MATCH)) return;
	const response = await fetch(url).catch(() => undefined);
	if (response?.status === 200) await (await caches.open(CACHES.pages)).put(url, response);
}

/**
 * Hashed assets and the search files never change under one name: any copy on the device (shell,
 * visited pages, downloaded courses, search) will do; otherwise fetch and keep.
 */
export async function assetHandler({ request, url }: RouteHandlerCallbackOptions): Promise<Response> {
	const cached = await caches.match(request, MATCH);
	if (cached && fitsRequest(url.pathname, cached.headers.get('content-type'))) return cached;
	// A wrong answer kept by an older worker (a proxy's page under a script's name): drop it, fetch again.
	if (cached) await forgetEverywhere(request);
	const response = await fetch(request).catch(async (error: unknown) => {
		const missing = url.pathname.startsWith(`${BASE}pagefind/fragment/`) && (await notDownloadedFragment(url));
		if (missing) return missing;
		throw error;
	});
	if (!fitsRequest(url.pathname, response.headers.get('content-type'))) return response;
	if (response.status === 200 && url.pathname.startsWith(`${BASE}_astro/`)) {
		const cache = await caches.open(CACHES.assets);
		await cache.put(url.origin + url.pathname, response.clone());
		await assetExpiration.updateTimestamp(url.origin + url.pathname);
		void assetExpiration.expireEntries();
	}
	if (response.status === 200 && url.pathname.startsWith(`${BASE}pagefind/`)) {
		await (await caches.open(CACHES.search(localeOfSearch(url)))).put(url.origin + url.pathname, response.clone());
	}
	return response;
}

/** Removes a request's entries from every cache of ours (course, hub, search, assets…). */
async function forgetEverywhere(request: Request) {
	for (const name of await caches.keys())
		if (name.startsWith(CACHE_PREFIX)) await (await caches.open(name)).delete(request, MATCH);
}

/**
 * Offline, a search result whose page is not on the device: a stand-in with its address and title
 * (from the language's list, downloaded with its search) and `notDownloaded`, which the search
 * window shows as "not downloaded" (components/overrides/Search.astro). Pagefind reads a fragment
 * that starts with its signature as it is, uncompressed.
 */
async function notDownloadedFragment(url: URL): Promise<Response | undefined> {
	const locale = localeOfSearch(url);
	const list = await caches.match(`${self.location.origin}${BASE}offline/${locale}/search-titles.json`, MATCH);
	const titles = (await list?.json().catch(() => undefined)) as Record<string, [string, string]> | undefined;
	const found = titles?.[url.pathname.split('/').pop() ?? ''];
	if (!found) return undefined;
	const [page, title] = found;
	const fragment = {
		url: page,
		content: '',
		word_count: 0,
		filters: {},
		meta: { title },
		anchors: [],
		notDownloaded: true,
	};
	return new Response(`pagefind_dcd${JSON.stringify(fragment)}`, {
		headers: { 'content-type': 'application/octet-stream' },
	});
}

/** Pagefind files are per language by name (`en_…`, `wasm.en.…`); shared ones go with the default. */
function localeOfSearch(url: URL): string {
	const name = url.pathname.split('/').pop() ?? '';
	return (
		__LOCALES__.find((l) => name.startsWith(`${l}_`) || name.includes(`.${l}_`) || name.includes(`.${l}.`)) ??
		__DEFAULT_LOCALE__
	);
}

/** After the first install: keep the page the learner is on, which loaded before the worker existed. */
export async function cacheOpenPages() {
	const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const cache = await caches.open(CACHES.pages);
	for (const client of windows) {
		const url = new URL(client.url);
		if (!url.pathname.startsWith(BASE)) continue;
		const response = await fetch(client.url).catch(() => undefined);
		if (response?.status === 200 && !response.redirected) await cache.put(pageKey(url), response);
		await cacheOfflinePage(localeOf(url));
	}
}
