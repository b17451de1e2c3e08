// Measures what a learner's browser downloads for a page, as the bench and the budget test need it:
// every response the page causes, by kind, in gzip bytes (what a host that compresses sends).
// `cold` is a first visit with an empty cache; `warm` the next page in the same browser, counting
// only what is not already cached. The service worker is blocked: its install is measured apart.
import { gzipSync } from 'node:zlib';

/**
 * The page-weight budgets of the performance issue, in bytes: gzip bytes on the wire in Chromium,
 * service worker blocked, every response counted (the security policy in the HTML too).
 * `lessonCold`: a lesson on a first visit. `nextLessonBeyondText`: the next lesson of the same course
 * opened after it, minus what its own text costs (`beyondOwnText`). `assignmentCold`: the page a
 * learner opens from a trainer's link, on a first visit.
 */
export const BYTE_BUDGETS = Object.freeze({
	lessonCold: 25_000,
	nextLessonBeyondText: 4_000,
	assignmentCold: 45 * 1024,
});

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

/** HTML, CSS and JavaScript only (the budget test's older measure). */
export const total = (w) => w.html + w.css + w.js;

/** Every response, whatever its kind: what the byte budgets count. */
export const everything = (w) => w.html + w.css + w.js + w.other;

/** What a page's own text costs at best: `gzip -9` of its `main.innerText`, in bytes. */
export const ownTextBytes = (text) => gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;

/**
 * Bytes a page costs beyond its own text: the bytes on the wire for opening it minus `gzip -9` of its
 * `main.innerText`. The rest is the page's frame: navigation, styles, scripts, the security policy.
 * @param {number} wireBytes
 * @param {string} mainText
 */
export const beyondOwnText = (wireBytes, mainText) => wireBytes - ownTextBytes(mainText);

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
 * A first visit to `path`, with an empty cache, until the page is idle.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, log: any[] }} server
 * @returns {Promise<Weight>}
 */
export async function measureCold(browser, server, path) {
	const context = await browser.newContext({ viewport: { width: 390, height: 800 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	const start = server.log.length;
	await page.goto(server.url + path, { waitUntil: 'networkidle' });
	const cold = weigh(server.log, start);
	await context.close();
	return cold;
}

/**
 * Opens the lesson `first` in a fresh context, then the next lesson of the same course, found as a
 * learner finds it: the page's "next" link. The next lesson's cost is what reaches the wire with the
 * first lesson's files in the HTTP cache (no service worker).
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, log: any[] }} server
 * @param {string} first a lesson's path below the site's base, e.g. `en/courses/foundations/what-is-ai/`
 * @returns {Promise<{ next: string, cold: Weight, warm: Weight, ownText: number, beyond: number }>}
 */
export async function measureNextLesson(browser, server, first) {
	const context = await browser.newContext({ viewport: { width: 390, height: 800 }, serviceWorkers: 'block' });
	const page = await context.newPage();
	const start = server.log.length;
	await page.goto(server.url + first, { waitUntil: 'networkidle' });
	const mid = server.log.length;
	const href = await page.locator('a[rel~="next"]').first().getAttribute('href');
	const nextUrl = new URL(href ?? '', page.url()).href;
	const course = new URL('..', page.url()).href;
	if (!href || !nextUrl.startsWith(course) || nextUrl === course)
		throw new Error(`/${first} has no "next" link to another lesson of its course (found ${href})`);
	await page.goto(nextUrl, { waitUntil: 'networkidle' });
	const text = await page.locator('main').first().innerText();
	const cold = weigh(server.log.slice(0, mid), start);
	const warm = weigh(server.log, mid);
	await context.close();
	return {
		next: nextUrl.slice(server.url.length),
		cold,
		warm,
		ownText: ownTextBytes(text),
		beyond: beyondOwnText(everything(warm), text),
	};
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
