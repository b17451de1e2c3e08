import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serve } from './server.mjs';
import { LAN_HOST_RULES, useSite } from './harness';
import { answer, quizQuestions } from './quiz-helpers';
import { CHANGED_LESSON, makeRelease } from './release';
import { formatBytes } from '../../src/lib/format';

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

const OFFLINE_NOTICE = 'Offline: pages on this device still work';
const notice = (page: Page) => page.locator('#offline-notice').innerText();

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
		await expect.poll(() => notice(page)).toBe(OFFLINE_NOTICE);

		// The server gone, the network up: the browser says nothing, the page still says it is offline.
		await context.setOffline(false);
		await server.close();
		await page.goto(server.url + LESSON);
		expect(await page.locator('h1').first().innerText()).toBe('Shared principles for governing AI');
		await expect.poll(() => notice(page)).toBe(OFFLINE_NOTICE);
		await page.goto(server.url + 'en/glossary/');
		expect(await page.title()).toMatch(/^You are offline/);
		await expect.poll(() => notice(page)).toBe(OFFLINE_NOTICE);
		await context.close();
	});

	it("never shows the browser's error page: right after the first visit, on reload, or at an address without its slash", async () => {
		const server = await serve({ dir: 'dist' });
		const context = await state.browser.newContext();
		const lesson = 'en/courses/foundations/what-is-ai/';
		// The first page of the first visit, made before the worker existed: the worker takes it over.
		const page = await controlled(context, server.url + LESSON);
		await context.setOffline(true);
		await page.reload();
		expect(await page.locator('h1').first().innerText()).toMatch(
			/^(Shared principles for governing AI|You are offline)$/,
		);
		await page.goto(server.url + lesson);
		expect(await page.title()).toMatch(/^You are offline/);

		await context.setOffline(false);
		await page.goto(server.url + lesson);
		await context.setOffline(true);
		for (const address of [lesson, lesson.replace(/\/$/, '')]) {
			await page.goto(server.url + address);
			expect(await page.locator('h1').first().innerText(), address).toBe('What AI is and why governance matters');
			await page.reload();
			expect(await page.locator('h1').first().innerText(), address).toBe('What AI is and why governance matters');
		}
		await page.goto(server.url + 'en/about');
		expect(await page.title()).toMatch(/^You are offline/);

		await context.setOffline(false);
		await server.close();
		await page.goto(server.url + lesson.replace(/\/$/, ''));
		expect(await page.locator('h1').first().innerText()).toBe('What AI is and why governance matters');
		await context.close();
	});
});

describe('a downloaded course, on a host that sends Vary: Origin (as `npm start` does)', () => {
	it("brings the language's hub pages: every link of the offline page and of the home page opens the real page, with its scripts", async () => {
		const server = await serve({ dir: 'dist', vary: true });
		const context = await state.browser.newContext();
		const page = await controlled(context, server.url + COURSE);
		await downloadCourse(page);
		const hubPage = async (address: string) => {
			await page.goto(address);
			expect(await page.title(), address).not.toMatch(/^You are offline/);
			expect(await styled(page), address).toBe(true);
			// The page's scripts came from the device too: the search button is enabled by one.
			await expect.poll(() => page.locator('button[data-open-modal]').isEnabled(), { timeout: 5000 }).toBe(true);
		};
		const linksOf = async (selector: string) =>
			(await page.locator(selector).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).filter((href) =>
				href.startsWith(server.url + 'en/'),
			);

		for (const cut of ['network', 'server'] as const) {
			if (cut === 'network') await context.setOffline(true);
			else {
				await context.setOffline(false);
				await server.close();
			}
			await page.goto(server.url + 'en/courses/data/');
			expect(await page.title(), cut).toMatch(/^You are offline/);
			const fromOffline = await linksOf('main .sl-markdown-content a, main ul a');
			expect(fromOffline.length, cut).toBeGreaterThanOrEqual(4);
			for (const address of fromOffline) await hubPage(address);

			await page.goto(server.url + 'en/');
			const fromHome = await linksOf('.hero a, main .sl-markdown-content a');
			expect(fromHome.length, cut).toBeGreaterThanOrEqual(3);
			for (const address of new Set(fromHome)) await hubPage(address);

			// A lesson keeps its scripts: its progress element is defined.
			await page.goto(server.url + LESSON);
			expect(await page.evaluate(() => !!customElements.get('lesson-progress')), cut).toBe(true);
		}
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
		expect(await box.locator('[data-shared]').innerText()).toContain("also brings, once, the language's main pages");
		await downloadCourse(page);
		expect(await box.locator('progress').evaluate((p: HTMLProgressElement) => p.value === p.max)).toBe(true);
		expect(await box.locator('[data-state]').innerText()).toBe('Available offline. Up to date.');
		const kept = (name: string) => page.evaluate(async (n) => (await (await caches.open(n)).keys()).length, name);
		expect(await kept('academy-course-en-foundations')).toBe(manifest.entries.length);
		// The hub pages are stored once, apart, and not again with the course.
		expect(await kept('academy-hub-en')).toBe(manifest.shared.hub.entries.length);
		expect(manifest.entries.map((e: { url: string }) => e.url)).not.toContain('/en/my/');
		expect(manifest.shared.hub.entries.map((e: { url: string }) => e.url)).toContain('/en/my/');
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
		// Pages of other courses are not on the device: listed with their title, marked, never a
		// placeholder waiting for ever.
		await expect.poll(() => page.locator('#starlight__search .pagefind-ui__loading').count()).toBe(0);
		const notDownloaded = page.locator('.pagefind-ui__result', { hasText: 'Not downloaded:' });
		expect(await notDownloaded.count()).toBeGreaterThan(0);
		expect(await notDownloaded.first().locator('.pagefind-ui__result-link').getAttribute('href')).toMatch(
			/^\/en\/(?!courses\/foundations\/)/,
		);
		expect(await notDownloaded.first().locator('.pagefind-ui__result-link').innerText()).not.toBe('');
		await context.setOffline(false);
	});

	it('is listed in My learning; a second course shares the hub pages and search; Remove frees its space', async () => {
		await page.goto(state.site.url + 'en/my/');
		await expect
			.poll(() => page.locator('#my-downloads + ul').innerText(), { timeout: 10_000 })
			.toMatch(/Foundations of AI governance \(English\): \d+ kB/);

		// A second course of the language costs only its own files.
		const second = JSON.parse(readFileSync('dist/offline/en/cooperation.json', 'utf8'));
		await page.goto(state.site.url + 'en/courses/cooperation/');
		const other = page.locator('course-download');
		await other.locator('[data-download]').waitFor();
		expect(await other.locator('[data-shared]').innerText()).toBe('');
		expect(await other.locator('[data-download]').innerText()).toBe(
			`Download for offline use (${formatBytes(second.bytes, 'en')})`,
		);
		await downloadCourse(page);

		await page.goto(state.site.url + COURSE);
		const box = page.locator('course-download');
		await box.locator('[data-remove]').click();
		await expect.poll(() => box.locator('[data-message]').innerText()).toMatch(/^Removed\. Space freed: \d+ kB\.$/);
		let names = await page.evaluate(() => caches.keys());
		expect(names).not.toContain('academy-course-en-foundations');
		// The other course still needs them.
		expect(names).toContain('academy-hub-en');
		expect(names).toContain('academy-search-en');

		await page.goto(state.site.url + 'en/courses/cooperation/');
		await other.locator('[data-remove]').click();
		await expect.poll(() => other.locator('[data-message]').innerText()).toMatch(/^Removed\./);
		names = await page.evaluate(() => caches.keys());
		expect(names).not.toContain('academy-hub-en');
		expect(names).not.toContain('academy-search-en');
	});
});

describe('a new release', () => {
	it('is offered, never forced; keeps the downloaded course styled; updates only what changed; survives a dropped connection', async () => {
		const context = await state.browser.newContext();
		const page = await controlled(context, state.site.url + COURSE);
		await downloadCourse(page);
		// The course's own files and the hub pages it brings (the stylesheet every page uses is there).
		type Entry = { url: string; revision: string };
		const filesOf = (dir: string): Entry[] => {
			const m = JSON.parse(readFileSync(`${dir}/offline/en/foundations.json`, 'utf8'));
			return [...m.entries, ...m.shared.hub.entries];
		};
		const v1 = filesOf('dist');
		const { oldCss, newCss } = await makeRelease('dist', 'dist-next');
		const v2 = filesOf('dist-next');
		const changed = new Set(
			v2.filter((e) => !v1.some((o) => o.url === e.url && o.revision === e.revision)).map((e) => e.url),
		);
		expect(changed.has(`/${newCss}`)).toBe(true);
		expect(changed.size).toBeLessThan(v2.length);

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
			await expect
				.poll(() => box.locator('[data-download]').innerText(), { timeout: 10_000 })
				.toMatch(/^Update \(\d+ kB\)$/);
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
			for (const url of fetched.filter((p) => v2.some((e) => e.url === p))) expect(changed.has(url), url).toBe(true);
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
		// Making the release re-does the offline step on ~580 pages (manifests, worker, security policy).
	}, 120_000);
});

describe('bad answers and damaged copies', () => {
	const MY = 'en/my/';
	/** What the device holds under an address, in any of the site's caches: its content type, or null. */
	const keptType = (page: Page, url: string) =>
		page.evaluate(async (u) => (await caches.match(u, { ignoreVary: true }))?.headers.get('content-type') ?? null, url);

	it("never keeps a proxy's page given for a script, and replaces one already kept", async () => {
		const context = await state.browser.newContext();
		const page = await controlled(context, state.site.url + 'en/');
		const island = readFileSync('dist/en/my/index.html', 'utf8').match(/\/_astro\/MyLearning\.[\w-]+\.js/)![0];
		const url = state.site.url + island.slice(1);
		let blocked = false;
		await context.route(
			url,
			(route) => {
				blocked = true;
				return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Blocked by proxy</p>' });
			},
			{ times: 1 },
		);
		await page.goto(state.site.url + MY);
		await expect.poll(() => blocked).toBe(true);
		expect(await page.locator('#my-delete').count()).toBe(0);
		expect(await keptType(page, url)).toBeNull();
		// The next visit online gets the real script.
		await page.goto(state.site.url + MY);
		await page.locator('#my-delete').waitFor();
		expect(await keptType(page, url)).toMatch(/javascript/);

		// A bad copy already on the device (kept by an older version) is dropped and fetched again.
		await page.evaluate(async (u) => {
			const cache = await caches.open('academy-assets');
			await cache.put(u, new Response('<p>Blocked</p>', { headers: { 'content-type': 'text/html' } }));
		}, url);
		expect(await keptType(page, url)).toBe('text/html');
		// A new tab: a reload may take the script from the tab's memory, never asking the worker.
		await page.close();
		const next = await context.newPage();
		await next.goto(state.site.url + MY);
		await next.locator('#my-delete').waitFor();
		expect(await keptType(next, url)).toMatch(/javascript/);
		await context.close();
	});

	it('shows the page again, not a damaged copy, once it can be fetched', async () => {
		const context = await state.browser.newContext();
		const page = await controlled(context, state.site.url + LESSON);
		await page.evaluate(async (u) => {
			const cache = await caches.open('academy-pages');
			await cache.put(u, new Response('<p>garb', { headers: { 'content-type': 'text/html' } }));
		}, state.site.url + LESSON);
		await page.goto(state.site.url + LESSON);
		expect(await page.locator('h1').first().innerText()).toBe('Shared principles for governing AI');
		// And the copy kept for offline use is whole again.
		await context.setOffline(true);
		await page.reload();
		expect(await page.locator('h1').first().innerText()).toBe('Shared principles for governing AI');
		await context.close();
	});

	it('"Delete all my data" leaves none of the site\'s caches, the worker\'s own shell included', async () => {
		const context = await state.browser.newContext();
		const page = await controlled(context, state.site.url + MY);
		await page.waitForFunction(async () => (await caches.keys()).some((n) => n.includes('precache')));
		await page.locator('#my-delete').waitFor();
		await page.getByRole('button', { name: 'Delete all my data' }).click();
		await page.getByRole('button', { name: 'Yes, delete everything' }).click();
		await expect.poll(() => page.getByText('All your data has been deleted from this browser.').count()).toBe(1);
		expect(await page.evaluate(() => caches.keys())).toEqual([]);
		await context.close();
	});
});

describe('a release published while a page is open', () => {
	/** The release: every file the old version loaded later is gone from the server (a 404 page). */
	const publish = (context: BrowserContext) =>
		context.route('**/_astro/**', (route) =>
			route.fulfill({ status: 404, contentType: 'text/html', body: readFileSync('dist/404.html', 'utf8') }),
		);

	it("a lesson's check says so and offers a reload, which brings a working check", async () => {
		const context = await state.browser.newContext();
		const page = await context.newPage();
		await page.goto(state.site.url + CHANGED_LESSON);
		await page.waitForLoadState('networkidle');
		await publish(context);
		const check = page.locator('quiz-check');
		await check.scrollIntoViewIfNeeded();
		const prompt = page.locator('#update-prompt');
		await prompt.waitFor();
		expect(await prompt.innerText()).toContain('A new version of the academy is ready.');
		await context.unroute('**/_astro/**');
		await prompt.getByRole('button', { name: 'Reload to update' }).click();
		await check.scrollIntoViewIfNeeded();
		await check.locator('button[type=submit]').waitFor();
		for (const q of quizQuestions('en', 'foundations').filter((q) => q.check && q.lesson === 'what-is-ai'))
			await answer(page, 'check-what-is-ai', q);
		await check.getByRole('button', { name: 'Check my answers' }).click();
		await check
			.locator('.summary')
			.filter({ hasText: /Points/ })
			.waitFor();
		await context.close();
	});

	it('an open course quiz still checks the answers', async () => {
		const context = await state.browser.newContext();
		const page = await context.newPage();
		await page.goto(state.site.url + COURSE + 'quiz/');
		const form = 'quiz-foundations';
		await page.locator(`#${form} button[type=submit]`).waitFor();
		await page.waitForLoadState('networkidle');
		await publish(context);
		for (const q of quizQuestions('en', 'foundations').filter((q) => !q.check)) await answer(page, form, q);
		await page.getByRole('button', { name: 'Check my answers' }).click();
		await expect.poll(() => page.locator(`#${form} .summary`).innerText()).toContain('Your score: 100%');
		await context.close();
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
		await expect
			.poll(() => box.locator('[data-message]').innerText(), { timeout: 10_000 })
			.toMatch(/^Offline use needs a secure address/);
		expect(await box.locator('[data-download]').isVisible()).toBe(false);
		expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
		await page.goto(lan + LESSON);
		expect(await page.locator('h1').first().innerText()).toBe('Shared principles for governing AI');
		await context.close();
	});
});
