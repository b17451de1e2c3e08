// Measures what a learner's browser downloads for a page, as the bench and the budget test need it:
// every response the page causes, by kind, in gzip bytes (what a host that compresses sends).
// `cold` is a first visit with an empty cache; `warm` the next page in the same browser, counting
// only what is not already cached.

/** @typedef {{ html: number, css: number, js: number, other: number, requests: number }} Weight */

function kind(type) {
	if (type.startsWith('text/html')) return 'html';
	if (type.startsWith('text/css')) return 'css';
	if (type.includes('javascript')) return 'js';
	return 'other';
}

/** Sums the server log entries from `from` on. */
export function weigh(log, from = 0) {
	/** @type {Weight} */
	const w = { html: 0, css: 0, js: 0, other: 0, requests: 0 };
	for (const entry of log.slice(from)) {
		w.requests++;
		if (entry.status === 200 || entry.status === 404) w[kind(entry.type)] += entry.gzipBytes;
	}
	return w;
}

export const total = (w) => w.html + w.css + w.js;

/**
 * Opens `first` in a fresh context, waits until the page is idle, then follows a link to `next`.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, log: any[] }} server
 */
export async function measure(browser, server, first, next) {
	// The page's own cost: the service worker's install downloads are measured apart (measureInstall).
	const context = await browser.newContext({ viewport: { width: 390, height: 800 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	const start = server.log.length;
	await page.goto(server.url + first, { waitUntil: 'networkidle' });
	const mid = server.log.length;
	await page.goto(server.url + next, { waitUntil: 'networkidle' });
	const cold = weigh(server.log.slice(0, mid), start);
	const warm = weigh(server.log, mid);
	await context.close();
	return { cold, warm };
}

/**
 * What installing the service worker costs on a first visit: the precached shell and the page it
 * keeps, fetched by the worker itself (gzip bytes, from the server's log).
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, log: any[] }} server
 */
export async function measureInstall(browser, server, path) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const fromWorker = new Set();
	context.on('request', (r) => r.serviceWorker() && fromWorker.add(new URL(r.url()).pathname));
	const start = server.log.length;
	await page.goto(server.url + path, { waitUntil: 'load' });
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.waitForLoadState('networkidle');
	const entries = server.log.slice(start).filter((e) => fromWorker.has(e.path));
	await context.close();
	return { bytes: entries.reduce((n, e) => n + e.gzipBytes, 0), requests: entries.length };
}
