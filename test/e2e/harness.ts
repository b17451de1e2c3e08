import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './browser.mjs';
import { serve } from './server.mjs';
import { locales } from '../../src/i18n/locales';

export { locales };
export type Site = Awaited<ReturnType<typeof serve>>;

/** Chromium resolves lan.test to this machine: a plain-HTTP address it does not treat as secure. */
export const LAN_HOST_RULES = '--host-resolver-rules=MAP lan.test 127.0.0.1';

/** Starts a server for a build and one browser for the file; both stop after it. */
export function useSite(dir = 'dist', base = '/', browserArgs: string[] = []) {
	const state = {} as { site: Site; browser: Browser };
	beforeAll(async () => {
		state.site = await serve({ dir, base });
		state.browser = await launch({ args: browserArgs });
	});
	afterAll(async () => {
		await state.browser?.close();
		await state.site?.close();
	});
	return state;
}

export const PHONE = { width: 390, height: 800 };
export const DESKTOP = { width: 1280, height: 900 };

/** A page in a fresh context; `path` is relative to the site's base. */
export async function open(
	state: { site: Site; browser: Browser },
	path: string,
	options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; context: BrowserContext }> {
	const context = await state.browser.newContext({ viewport: PHONE, ...options });
	const page = await context.newPage();
	const response = await page.goto(state.site.url + path.replace(/^\//, ''));
	if (!response) throw new Error(`no response for ${path}`);
	return { page, context };
}
