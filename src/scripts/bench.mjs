// `npm run bench`: builds the site and prints what a learner's phone downloads, plus build time and
// page count. Numbers to watch, not a timed test; the byte budgets are also asserted by
// test/e2e/budget.test.ts. Budgets (PRODUCT.md, "Light"): a lesson <= 40 KB cold, <= 12 KB warm.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
// The bench measures with the very server and browser the page-weight tests use, so their numbers agree.
// eslint-disable-next-line no-restricted-imports
import { serve } from '../../test/e2e/server.mjs';
// eslint-disable-next-line no-restricted-imports
import { launch } from '../../test/e2e/browser.mjs';
import { readFileSync } from 'node:fs';
import { measure, measureInstall, total } from './page-weight.mjs';

export const BUDGET = { cold: 40 * 1024, warm: 12 * 1024, precache: 150 * 1024, course: 600 * 1024 };
// The page a learner opens from a trainer's link, and the trainer's own (its weight before the
// assignment page was slimmed, rounded up: it must not grow). Asserted in test/e2e/budget.test.ts.
const TOOLS_BUDGET = { 'en/assignment/': 45 * 1024, 'en/trainer/': 89 * 1024 };
const LESSON = 'en/courses/foundations/what-is-ai/';
// The next page a learner opens in the same course (the course has one lesson so far).
const NEXT = 'en/courses/foundations/';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

await import('./link-content.mjs');
const started = performance.now();
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit' });
const buildSeconds = (performance.now() - started) / 1000;
const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

const server = await serve({ dir: 'dist' });
const browser = await launch();
const { cold, warm } = await measure(browser, server, LESSON, NEXT);
const install = await measureInstall(browser, server, LESSON);
const tools = {};
for (const path of Object.keys(TOOLS_BUDGET)) tools[path] = (await measure(browser, server, path, NEXT)).cold;
await browser.close();
await server.close();

const row = (name, w, budget) =>
	`${name.padEnd(6)} ${kb(total(w)).padStart(9)}  (html ${kb(w.html)}, css ${kb(w.css)}, js ${kb(w.js)}; other ${kb(w.other)}; ${w.requests} requests)  budget ${kb(budget)} ${total(w) <= budget ? 'ok' : 'OVER'}`;
console.log(`\nLesson page /${LESSON}, gzip bytes on the wire (HTML + CSS + JS):`);
console.log(row('cold', cold, BUDGET.cold));
console.log(row('warm', warm, BUDGET.warm) + `  (next: /${NEXT})`);
console.log('\nTrainer tools, first visit (the QR code library loads only when a code is shown):');
for (const [path, w] of Object.entries(tools)) console.log(`${row('cold', w, TOOLS_BUDGET[path])}  /${path}`);
console.log(
	`\nService worker install (precached shell + the page it keeps): ${kb(install.bytes)} in ${install.requests} requests, budget ${kb(BUDGET.precache)} ${install.bytes <= BUDGET.precache ? 'ok' : 'OVER'}`,
);

console.log(
	"\nCourse downloads, gzip. A language's hub pages (home, catalogue, My learning…) and search are downloaded once,\n" +
		'with the first course of that language; the budget applies to a course plus its share of them (divided among\n' +
		'the courses of the language).',
);
const manifests = readdirSync('dist/offline', { recursive: true, encoding: 'utf8' })
	.filter((f) => f.endsWith('.json') && !/search(-titles)?\.json$/.test(f))
	.map((f) => JSON.parse(readFileSync(`dist/offline/${f}`, 'utf8')))
	.sort((a, b) => `${a.locale}/${a.course}`.localeCompare(`${b.locale}/${b.course}`));
for (const m of manifests) {
	const courses = manifests.filter((x) => x.locale === m.locale).length;
	const shared = m.shared.hub.bytes + m.shared.search.bytes;
	const share = m.bytes + shared / courses;
	console.log(
		`  ${`${m.locale}/${m.course}`.padEnd(20)} course ${kb(m.bytes).padStart(9)}  hub ${kb(m.shared.hub.bytes).padStart(9)}  ` +
			`search ${kb(m.shared.search.bytes).padStart(9)}  first download ${kb(m.bytes + shared).padStart(9)}  ` +
			`with share ${kb(share).padStart(9)} ${share <= BUDGET.course ? 'ok' : 'OVER'}`,
	);
}

console.log(`\nBuild: ${buildSeconds.toFixed(1)} s, ${pages} HTML pages`);
