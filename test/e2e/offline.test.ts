import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serve } from './server.mjs';
import { LAN_HOST_RULES, useSite } from './harness';
import { answer, quizQuestions } from './quiz-helpers';
import { CHANGED_LESSON, makeRelease } from './release';

const COURSE = 'en/courses/foundations/';
const LESSON = 'en/courses/foundations/shared-principles/';

// lan.test stands for a classroom server on plain HTTP.
const state = useSite('dist', '/', [LAN_HOST_RULES]);

/** Opens a page and waits until the service worker controls it. */
async function controlled(context: BrowserContext, url: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
	return page;
}

const styled = (page: Page) =>
	page.evaluate(() => /system-ui|apple-system/.test(getComputedStyle(document.body).fontFamily));

async function downloadCourse(page: Page) {
	const box = page.locator('course-download');
	const button = box.locator('[data-download]');
	await button.waitFor();
	await button.click();
	await box.locator('[data-remove]:not([hidden])').waitFor({ timeout: 30_000 });
	return box;
}

describe('pages visited online', () => {
	it('open offline, with the network cut and with the server gone; an unvisited page shows the offline page', async () => {
		const server = await serve({ dir: 'dist' });
		const context = await state.browser.newContext();
		const page = await controlled(context, server.url + 'en/');
		await page.goto(server.url + LESSON);
		await context.setOffline(true);
		await page.reload();
		expect(await page.locator('h1').first().innerText()).toBe('Shared principles for governing AI');
		expect(await styled(page)).toBe(true);
		await page.goto(server.url + 'en/');
		expect(await page.locator('.hero').count()).toBe(1);
		await page.goto(server.url + 'en/courses/data/');
		expect(await page.title()).toMatch(/^You are offline/);
		expect(await page.locator('#offline-notice').innerText()).toBe('Offline: pages on this device still work');

		await context.setOffline(false);
		await server.close();
		await page.goto(server.url + LESSON);
		expect(await page.locator('h1').first().innerText()).toBe('Shared principles for governing AI');
		await page.goto(server.url + 'en/glossary/');
		expect(await page.title()).toMatch(/^You are offline/);
		await context.close();
	});
});

describe('a downloaded course', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await state.browser.newContext();
		page = await controlled(context, state.site.url + COURSE);
	});
	afterAll(() => context?.close());

	it('shows its size first, then a progress bar that reaches the end', async () => {
		const manifest = JSON.parse(readFileSync('dist/offline/en/foundations.json', 'utf8'));
		const box = page.locator('course-download');
		await box.locator('[data-download]').waitFor();
		expect(await box.locator('[data-download]').innerText()).toMatch(/^Download for offline use \(\d+ kB\)$/);
		expect(await box.locator('[data-shared]').innerText()).toContain('also brings its search');
		await downloadCourse(page);
		expect(await box.locator('progress').evaluate((p: HTMLProgressElement) => p.value === p.max)).toBe(true);
		expect(await box.locator('[data-state]').innerText()).toBe('Available offline. Up to date.');
		const kept = await page.evaluate(
			async () => (await (await caches.open('academy-course-en-foundations')).keys()).length,
		);
		expect(kept).toBe(manifest.entries.length);
	});

	it('works with no connection: lessons, the quiz (attempt saved), the glossary and search', async () => {
		await context.setOffline(true);
		for (const slug of ['what-is-ai', 'global-landscape', 'governance-toolbox', 'developing-country-context']) {
			await page.goto(`${state.site.url}${COURSE}${slug}/`);
			expect(await page.locator('lesson-progress').count(), slug).toBe(1);
			expect(await styled(page), slug).toBe(true);
		}
		await page.goto(state.site.url + 'en/glossary/');
		expect(await page.locator('h1').first().innerText()).toBe('Glossary');

		await page.goto(state.site.url + COURSE + 'quiz/');
		const form = 'quiz-foundations';
		await page.locator(`#${form} button[type=submit]`).waitFor();
		for (const q of quizQuestions('en', 'foundations').filter((q) => !q.check)) await answer(page, form, q);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect.poll(() => page.locator('.quiz-history tbody tr').count()).toBe(1);

		await page.goto(state.site.url + CHANGED_LESSON);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await page.locator('.pagefind-ui__search-input').fill('governance');
		await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 10_000 });
		const hrefs = await page
			.locator('.pagefind-ui__result-link')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs.some((h) => h?.startsWith('/en/courses/foundations/'))).toBe(true);
		await context.setOffline(false);
	});

	it('is listed in My learning, and Remove frees its space', async () => {
		await page.goto(state.site.url + 'en/my/');
		await expect
			.poll(() => page.locator('#my-downloads + ul').innerText())
			.toMatch(/Foundations of AI governance \(English\): \d+ kB/);
		await page.goto(state.site.url + COURSE);
		const box = page.locator('course-download');
		await box.locator('[data-remove]').click();
		await expect.poll(() => box.locator('[data-message]').innerText()).toMatch(/^Removed\. Space freed: \d+ kB\.$/);
		expect(await page.evaluate(() => caches.keys())).not.toContain('academy-course-en-foundations');
		expect(await page.evaluate(() => caches.keys())).not.toContain('academy-search-en');
	});
});

describe('a new release', () => {
	it('is offered, never forced; keeps the downloaded course styled; updates only what changed; survives a dropped connection', async () => {
		const context = await state.browser.newContext();
		const page = await controlled(context, state.site.url + COURSE);
		await downloadCourse(page);
		const v1 = JSON.parse(readFileSync('dist/offline/en/foundations.json', 'utf8'));
		const { oldCss, newCss } = await makeRelease('dist', 'dist-next');
		const v2 = JSON.parse(readFileSync('dist-next/offline/en/foundations.json', 'utf8'));
		const changed = new Set(
			v2.entries
				.filter(
					(e: { url: string; revision: string }) =>
						!v1.entries.some((o: { url: string; revision: string }) => o.url === e.url && o.revision === e.revision),
				)
				.map((e: { url: string }) => e.url),
		);
		expect(changed.has(`/${newCss}`)).toBe(true);
		expect(changed.size).toBeLessThan(v2.entries.length);

		// An open quiz with answers holds the prompt back.
		await page.goto(state.site.url + COURSE + 'quiz/');
		await page.locator('#quiz-foundations button[type=submit]').waitFor();
		await page.locator('#quiz-foundations input[type=radio]').first().check();
		state.site.setDir('dist-next');
		try {
			await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
			await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting), null, {
				timeout: 15_000,
			});
			await page.waitForTimeout(2500);
			expect(await page.locator('div#update-prompt').count()).toBe(0);

			// Elsewhere the prompt comes; nothing reloads by itself.
			await page.goto(state.site.url + 'en/');
			await page.evaluate(() => ((window as any).stayed = true));
			await page.locator('div#update-prompt').waitFor({ timeout: 15_000 });
			expect(await page.locator('div#update-prompt').innerText()).toContain('A new version of the academy is ready.');
			await page.waitForTimeout(1000);
			expect(await page.evaluate(() => (window as any).stayed)).toBe(true);

			// The downloaded copy (old pages, old stylesheet no longer on the server) still renders styled.
			await context.setOffline(true);
			await page.goto(state.site.url + LESSON);
			expect(await page.content()).toContain(oldCss);
			expect(await styled(page)).toBe(true);
			await context.setOffline(false);

			// The update stops half-way: the old copy is intact and still works offline.
			await page.goto(state.site.url + COURSE);
			const box = page.locator('course-download');
			await expect.poll(() => box.locator('[data-download]').innerText()).toMatch(/^Update \(\d+ kB\)$/);
			let served = 0;
			await context.route('**/*', (route) => {
				const isDownload = !!route.request().headers()['x-academy-download'];
				if (isDownload && ++served > 3) return route.abort('internetdisconnected');
				return route.continue();
			});
			await box.locator('[data-download]').click();
			await expect.poll(() => box.locator('[data-message]').innerText()).toMatch(/^The download stopped/);
			await context.unroute('**/*');
			await context.setOffline(true);
			await page.goto(state.site.url + CHANGED_LESSON);
			expect(await page.locator('#next-release').count()).toBe(0);
			expect(await styled(page)).toBe(true);
			await context.setOffline(false);

			// Try again: it finishes, fetching only what changed, and not twice what staging kept.
			await page.goto(state.site.url + COURSE);
			const start = state.site.log.length;
			await box.locator('[data-download]').click();
			await expect
				.poll(() => box.locator('[data-message]').innerText(), { timeout: 30_000 })
				.toMatch(/^Updated\. Downloaded: \d+ kB\.$/);
			const fetched = state.site.log.slice(start).map((e) => e.path);
			for (const url of fetched.filter((p) => v2.entries.some((e: { url: string }) => e.url === p)))
				expect(changed.has(url), url).toBe(true);
			expect(fetched.filter((p) => changed.has(p)).length).toBe(changed.size - 3);

			await context.setOffline(true);
			await page.goto(state.site.url + CHANGED_LESSON);
			expect(await page.locator('#next-release').count()).toBe(1);
			expect(await page.content()).toContain(newCss);
			expect(await styled(page)).toBe(true);
			await context.setOffline(false);

			// Accepting the prompt reloads once, into the new version.
			await page.goto(state.site.url + 'en/');
			await page.locator('#update-prompt [data-reload]').click();
			await page.waitForFunction(() => !(window as any).stayed && document.readyState === 'complete', null, {
				timeout: 15_000,
			});
			expect(await page.content()).toContain(newCss);
		} finally {
			state.site.setDir('dist');
			await context.close();
		}
	});
});

describe('hosting', () => {
	it('under a base path, visited pages open offline', async () => {
		const academy = await serve({ dir: 'dist-academy', base: '/academy/' });
		const context = await state.browser.newContext();
		const page = await controlled(context, academy.url + 'en/courses/foundations/what-is-ai/');
		await context.setOffline(true);
		await page.reload();
		expect(await page.locator('h1').first().innerText()).toBe('What AI is and why governance matters');
		expect(await styled(page)).toBe(true);
		await page.goto(academy.url + 'sw/');
		expect(await page.title()).toMatch(/^You are offline/);
		await context.close();
		await academy.close();
	});

	it('on a plain-HTTP address, works online and explains that offline use needs HTTPS', async () => {
		const context = await state.browser.newContext();
		const page = await context.newPage();
		const lan = state.site.url.replace('127.0.0.1', 'lan.test');
		await page.goto(lan + COURSE);
		expect(await page.evaluate(() => isSecureContext)).toBe(false);
		const box = page.locator('course-download');
		await expect.poll(() => box.locator('[data-message]').innerText()).toMatch(/^Offline use needs a secure address/);
		expect(await box.locator('[data-download]').isVisible()).toBe(false);
		expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
		await page.goto(lan + LESSON);
		expect(await page.locator('h1').first().innerText()).toBe('Shared principles for governing AI');
		await context.close();
	});
});
