// Runs Lighthouse with the bench's settings against the system Chromium (headless, with the flags the
// browser tests use) and keeps the four figures the bench prints.
import lighthouse from 'lighthouse';
// Lighthouse's own launcher (a dependency of `lighthouse`): it opens the debugging port Lighthouse needs.
import { launch as launchChrome } from 'chrome-launcher';
// eslint-disable-next-line no-restricted-imports
import { CHROMIUM, CHROMIUM_ARGS } from '../../test/e2e/browser.mjs';
import { LIGHTHOUSE_SETTINGS } from './lighthouse-settings.mjs';

/** One Chromium for every run: Lighthouse empties its cache and the page's storage before each. */
export function startChromium() {
	return launchChrome({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
}

/** @typedef {{ lcp: number, fcp: number, tbt: number, bytes: number }} Figures */

/**
 * @param {number} port Chromium's debugging port
 * @param {string} url
 * @returns {Promise<Figures>}
 */
export async function runLighthouse(port, url) {
	const result = await lighthouse(
		url,
		{ port, logLevel: process.env.LH_LOG ?? 'error', output: 'json' },
		{ extends: 'lighthouse:default', settings: structuredClone(LIGHTHOUSE_SETTINGS) },
	);
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { audits, runtimeError } = result.lhr;
	if (runtimeError)
		throw new Error(`Lighthouse could not measure ${url}: ${runtimeError.code} ${runtimeError.message}`);
	const value = (id) => {
		const v = audits[id]?.numericValue;
		if (typeof v !== 'number') throw new Error(`Lighthouse gave no ${id} for ${url}`);
		return v;
	};
	return {
		lcp: value('largest-contentful-paint'),
		fcp: value('first-contentful-paint'),
		tbt: value('total-blocking-time'),
		bytes: value('total-byte-weight'),
	};
}
