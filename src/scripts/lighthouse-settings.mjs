// The one set of Lighthouse settings `npm run bench` measures with, as the performance issue fixed
// them: a mobile phone on a slow 2G-like link (250 kb/s, 300 ms round trips) with a 4x slower CPU,
// simulated rather than applied, so a run takes seconds and does not depend on this machine's network.

/** Lighthouse's own factors from a round trip and a throughput to its DevTools throttling values
 * (the same as in its `mobileRegular3G` preset), so that the settings agree whichever method reads them. */
const RTT_FACTOR = 3.75;
const THROUGHPUT_FACTOR = 0.9;
const RTT_MS = 300;
const THROUGHPUT_KBPS = 250;

export const LIGHTHOUSE_SETTINGS = Object.freeze({
	formFactor: /** @type {const} */ ('mobile'),
	// Lighthouse's default phone (a Moto G Power): what its mobile reports use.
	screenEmulation: Object.freeze({ mobile: true, width: 412, height: 823, deviceScaleFactor: 1.75, disabled: false }),
	throttlingMethod: /** @type {const} */ ('simulate'),
	throttling: Object.freeze({
		rttMs: RTT_MS,
		throughputKbps: THROUGHPUT_KBPS,
		requestLatencyMs: RTT_MS * RTT_FACTOR,
		downloadThroughputKbps: THROUGHPUT_KBPS * THROUGHPUT_FACTOR,
		uploadThroughputKbps: THROUGHPUT_KBPS * THROUGHPUT_FACTOR,
		cpuSlowdownMultiplier: 4,
	}),
	onlyCategories: Object.freeze(['performance']),
	// Cold: Lighthouse empties the HTTP cache and the origin's storage (service workers included)
	// before each run. The bench also serves the site without its worker script (Chromium fetches it
	// outside the page, where Lighthouse's URL blocking does not reach), so no worker can install
	// during a run and serve or precache anything: the page is measured as a first visit.
	disableStorageReset: false,
	// What the bench does not print and Lighthouse would spend seconds on in every run: a screenshot of
	// the whole page, navigating away and back (back/forward cache), the filmstrip and Speed Index.
	// None of them changes the figures printed.
	disableFullPageScreenshot: true,
	skipAudits: Object.freeze(['bf-cache', 'speed-index', 'screenshot-thumbnails', 'final-screenshot']),
});
