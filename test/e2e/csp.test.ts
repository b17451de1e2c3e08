import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { inlineContent } from '../../src/lib/csp/inline-content';
import { DESKTOP, useSite } from './harness';

// Every page type, in English and in Arabic, with each interactive part used, under the strict
// Content-Security-Policy the build writes into the pages: not one violation. Each language is one
// walk through the site in one context (a course download included), hence the longer time allowed.
const state = useSite();

interface Violation {
	directive: string;
	blocked: string;
	sample: string;
	page: string;
}

/** Records every CSP violation a page reports, before any of the page's own scripts run. */
function recordViolations() {
	const w = window as unknown as { cspViolations: Violation[] };
	w.cspViolations = [];
	document.addEventListener('securitypolicyviolation', (e) =>
		w.cspViolations.push({
			directive: e.violatedDirective,
			blocked: e.blockedURI,
			sample: e.sample,
			page: location.pathname,
		}),
	);
}

/** Each of the page's reports, and that its policy is the first thing in `<head>` after the charset. */
async function checkPage(page: Page, problems: string[]) {
	const { violations, metaFirst } = await page.evaluate(() => {
		const second = document.head.children[1];
		return {
			violations: (window as unknown as { cspViolations: Violation[] }).cspViolations,
			metaFirst:
				document.head.firstElementChild?.hasAttribute('charset') === true &&
				second?.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
		};
	});
	if (!metaFirst) problems.push(`${page.url()}: no CSP meta tag right after the charset`);
	for (const v of violations) problems.push(`${v.page}: ${v.directive} blocked ${v.blocked} ${v.sample}`);
}

function strings(lang: string): Record<string, string> {
	return JSON.parse(readFileSync(`content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
}

async function newContext(problems: string[]): Promise<BrowserContext> {
	const context = await state.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
	await context.addInitScript(recordViolations);
	context.on('console', (m) => {
		if (/Content[- ]Security[- ]Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
	});
	return context;
}

/** Opens `path`, runs `use` on it, then checks what the page reported. */
async function visit(page: Page, path: string, problems: string[], use?: () => Promise<void>) {
	await page.goto(state.site.url + path);
	await use?.();
	await checkPage(page, problems);
}

async function usesEverything(locale: 'en' | 'ar', lang: string) {
	const t = strings(lang);
	const problems: string[] = [];
	const context = await newContext(problems);
	const page = await context.newPage();
	const at = (p: string) => `${locale}/${p}`;

	if (locale === 'en') await visit(page, '', problems, () => page.locator('main a, ul a').first().waitFor());
	await visit(page, at(''), problems, async () => {
		await page.locator('site-search button[data-open-modal]:not([disabled])').first().click();
		await page.locator('.pagefind-ui__search-input').fill(locale === 'en' ? 'governance' : 'الذكاء');
		await page.locator('.pagefind-ui__result').first().waitFor();
	});
	await visit(page, at('courses/foundations/'), problems, async () => {
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
		await page.locator('course-download [data-download]').click();
		await page.locator('course-download [data-remove]:not([hidden])').waitFor({ timeout: 30_000 });
	});
	await visit(page, at('courses/foundations/what-is-ai/'), problems, async () => {
		const check = page.locator('quiz-check');
		await check.scrollIntoViewIfNeeded();
		await check.locator('button[type=submit]').waitFor();
		for (const set of await check.locator('fieldset').all()) await set.locator('input').first().check();
		await check.getByRole('button', { name: t['quiz.check'] }).click();
		await check.locator('.summary').filter({ hasText: /\S/ }).waitFor();
	});
	await visit(page, at('courses/foundations/quiz/'), problems, async () => {
		const form = page.locator('form.quiz');
		await form.locator('button[type=submit]').waitFor();
		for (const set of await form.locator('fieldset').all()) {
			const select = set.locator('select');
			if (await select.count()) for (const s of await select.all()) await s.selectOption({ index: 1 });
			else await set.locator('input').first().check();
		}
		await page.getByRole('button', { name: t['quiz.check'] }).click();
		await form.locator('.summary').filter({ hasText: /\S/ }).waitFor();
	});
	await visit(page, at('assess/risk-check/'), problems, async () => {
		const result = page.locator('.assessment-result');
		await page.locator('form.assessment .step').waitFor();
		while (!(await result.count())) {
			for (const set of await page.locator('form.assessment fieldset').all())
				await set.locator('input[type=radio]').first().check();
			await page.locator('form.assessment button[type=submit]').click();
		}
	});
	await visit(page, at('templates/dpia/'), problems, async () => {
		await page.locator('.template-form[data-ready]').waitFor();
		await page.locator('.template-form textarea').first().fill('Checks benefit claims for errors.');
		// Word, then Markdown: the first two export buttons (an untranslated template shows in English).
		const exports = page.locator('.template-form .actions button');
		for (const n of [0, 1]) await Promise.all([page.waitForEvent('download'), exports.nth(n).click()]);
	});
	let link = '';
	await visit(page, at('trainer/'), problems, async () => {
		await page.fill('#assignment-title', 'Week 1');
		const course = page.locator('.builder details').first();
		if (!(await course.evaluate((d) => (d as HTMLDetailsElement).open))) await course.locator('summary').click();
		await course.locator('input[type=checkbox]').first().check();
		await page.getByRole('button', { name: t['trainer.submit'] }).click();
		await expect.poll(() => page.locator('#assignment-link').inputValue()).toContain('/assignment/#a=');
		link = await page.locator('#assignment-link').inputValue();
		await page.getByRole('button', { name: t['trainer.showQr'] }).click();
		await page.locator('.share .qr-code path').waitFor({ state: 'attached' });
	});
	await visit(page, link.slice(state.site.url.length), problems, () => page.locator('#assignment-title').waitFor());
	await visit(page, at('my/'), problems, () => page.locator('.my-learning section').first().waitFor());
	for (const path of ['courses/', 'templates/', 'assess/', 'guides/offline/', 'glossary/', 'offline/', 'privacy/'])
		await visit(page, at(path), problems);
	// The not-found page shows its heading in the address's language by an inline script.
	await visit(page, at('no-such-page/'), problems, () => page.locator('h1:visible').first().waitFor());
	await context.close();
	return problems;
}

describe('a strict Content-Security-Policy', () => {
	it('is written into every built page, first after the charset, with no inline event handlers', () => {
		const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(100);
		for (const file of pages) {
			const html = readFileSync(`dist/${file}`, 'utf8');
			expect(html, file).toMatch(
				/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"\/?><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'[^"]*">/i,
			);
			expect(inlineContent(html).eventHandlers, file).toEqual([]);
		}
		// The institution's build, under its base path, gets its own.
		expect(readFileSync('dist-academy/en/index.html', 'utf8')).toContain(
			'<meta http-equiv="content-security-policy" content="default-src \'self\';',
		);
		expect(readFileSync('dist-academy/_headers', 'utf8')).toMatch(/^\/academy\/\*\n {2}Content-Security-Policy: /);
		for (const file of ['_headers', 'csp-nginx.conf', 'csp-apache.conf'])
			expect(readFileSync(`dist/${file}`, 'utf8'), file).toMatch(
				/default-src 'self'; script-src .*; frame-ancestors 'self'/,
			);
	});

	it('reports no violation on any page type in English, each interactive part used', async () => {
		expect(await usesEverything('en', 'en')).toEqual([]);
	}, 150_000);

	it('reports no violation on any page type in Arabic, each interactive part used', async () => {
		expect(await usesEverything('ar', 'ar')).toEqual([]);
	}, 150_000);
});
