// Launches the system Chromium (Debian's package): test tools cannot download browsers here.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium keeps calling home, which this closed network refuses.
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** @param {import('playwright-core').LaunchOptions} [options] */
export function launch(options = {}) {
	return chromium.launch({ ...options, executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}
