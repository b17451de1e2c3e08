// Launches the system Chromium (Debian's package): test tools cannot download browsers here.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export function launch(options = {}) {
	return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...(options.args ?? [])], ...options, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}
