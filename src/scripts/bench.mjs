// `npm run bench`: builds the site, then prints what a learner's phone downloads and how fast a lesson
// shows on a slow phone and link, next to the floor (the same lesson as one bare HTML page), plus the
// offline costs, build time and page count. Numbers to watch, never a failure on times; byte budgets
// are exported from page-weight.mjs for the tests. `npm run bench -- --no-build` measures the last build.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
// The bench measures with the very server and browser the page-weight tests use, so their numbers agree.
// eslint-disable-next-line no-restricted-imports
import { serve } from '../../test/e2e/server.mjs';
// eslint-disable-next-line no-restricted-imports
import { launch } from '../../test/e2e/browser.mjs';
import { BYTE_BUDGETS, everything, measureCold, measureInstall, measureNextLesson } from './page-weight.mjs';
import { LIGHTHOUSE_SETTINGS } from './lighthouse-settings.mjs';
import { runLighthouse, startChromium } from './run-lighthouse.mjs';
import { floorPage, readLesson } from './floor-page.mjs';
import { benchSite } from './bench-site.mjs';
import { summarize } from './summarize.mjs';

const BUDGET = { precache: 150 * 1024, course: 600 * 1024 };
/** The performance issue's goals for a lesson, in the same Lighthouse run as its floor. */
const GOALS = { lcpOverFloor: 1.15, tbtMs: 200 };
/** A lesson every language of the first course has; the next one is found from its "next" link. */
const LESSON = 'courses/foundations/what-is-ai/';
const LANGUAGES = ['en', 'ar'];
const RUNS = 5;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const bytes = (n) => `${Math.round(n).toLocaleString('en')} B`;
const verdict = (ok) => (ok ? 'ok' : 'OVER');
/** Where the bench is, on stderr: the figures on stdout stay clean to copy. */
const progress = (step) =>
	process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)} s] ${step}\n`);

const build = !process.argv.includes('--no-build');
const started = performance.now();
await import('./link-content.mjs');
if (build) {
	progress('building the site');
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit' });
}
const buildSeconds = (performance.now() - started) / 1000;
const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

// Bytes, from the server's own log: a Chromium tab with the service worker blocked.
progress('measuring bytes');
const server = await serve({ dir: 'dist' });
const browser = await launch();
const lesson = await measureNextLesson(browser, server, `en/${LESSON}`);
const tools = {
	assignment: await measureCold(browser, server, 'en/assignment/'),
	trainer: await measureCold(browser, server, 'en/trainer/'),
};
const install = await measureInstall(browser, server, `en/${LESSON}`);
const floors = new Map();
for (const lang of LANGUAGES)
	floors.set(`${lang}/${LESSON}`, floorPage(await readLesson(browser, server.url + `${lang}/${LESSON}`)));
await browser.close();
await server.close();

const row = (name, w, budget) =>
	`  ${name.padEnd(48)} ${bytes(everything(w)).padStart(9)}  (html ${kb(w.html)}, css ${kb(w.css)}, js ${kb(w.js)}, other ${kb(w.other)}; ${w.requests} requests)` +
	(budget === undefined ? '' : `  budget ${bytes(budget)} ${verdict(everything(w) <= budget)}`);
console.log('\nBytes: gzip on the wire in Chromium, every response counted, service worker blocked.');
console.log(row(`/en/${LESSON} cold`, lesson.cold, BYTE_BUDGETS.lessonCold));
console.log(row(`/${lesson.next} next`, lesson.warm));
console.log(
	`  ${'  next, beyond its own text'.padEnd(48)} ${bytes(lesson.beyond).padStart(9)}  (its own text, gzip -9 of main.innerText: ${bytes(lesson.ownText)})` +
		`  budget ${bytes(BYTE_BUDGETS.nextLessonBeyondText)} ${verdict(lesson.beyond <= BYTE_BUDGETS.nextLessonBeyondText)}`,
);
console.log(row('/en/assignment/ cold', tools.assignment, BYTE_BUDGETS.assignmentCold));
console.log(row('/en/trainer/ cold', tools.trainer));
console.log(
	`\nService worker install (precached shell + the page it keeps): ${kb(install.bytes)} in ${install.requests} requests, budget ${kb(BUDGET.precache)} ${verdict(install.bytes <= BUDGET.precache)}`,
);

// Lighthouse: our lesson and its floor, one after the other, on one server and one Chromium.
console.log(`\nLighthouse ${RUNS} runs each, ours and the floor in turn. Settings:`);
console.log(JSON.stringify(LIGHTHOUSE_SETTINGS));
const site = benchSite('dist', floors);
const lhServer = await serve({ dir: site.dir });
const chromium = await startChromium();
/** @type {Map<string, import('./run-lighthouse.mjs').Figures[]>} */
const results = new Map();
try {
	for (let run = 0; run < RUNS; run++)
		for (const lang of LANGUAGES)
			for (const [which, path] of [
				['ours', `${lang}/${LESSON}`],
				['floor', `floor/${lang}/${LESSON}`],
			]) {
				const key = `${lang} ${which}`;
				progress(`Lighthouse run ${run + 1} of ${RUNS}: ${key}`);
				results.set(key, [...(results.get(key) ?? []), await runLighthouse(chromium.port, lhServer.url + path)]);
			}
} finally {
	chromium.kill();
	await lhServer.close();
	site.remove();
}
// The worker script is not in the folder served: a request for it proves the page tried, nothing more.
const served = lhServer.log.filter((e) => e.status === 200).map((e) => e.path);
if (served.some((p) => p.endsWith('/sw.js'))) throw new Error('the service worker script was served during the runs');

const ms = (n) => `${Math.round(n)} ms`;
const spread = (figures, metric, format) => {
	const s = summarize(figures.map((f) => f[metric]));
	return `${format(s.median)} (${format(s.min)}-${format(s.max)})`.padEnd(32);
};
for (const lang of LANGUAGES) {
	const ours = results.get(`${lang} ours`) ?? [];
	const floor = results.get(`${lang} floor`) ?? [];
	const median = (figures, metric) => summarize(figures.map((f) => f[metric])).median;
	console.log(`\n/${lang}/${LESSON}  median (min-max) of ${RUNS}`);
	console.log(`  ${''.padEnd(6)}${'ours'.padEnd(32)}${'floor'.padEnd(32)}ours/floor`);
	for (const [metric, label, format] of [
		['lcp', 'LCP', ms],
		['fcp', 'FCP', ms],
		['tbt', 'TBT', ms],
		['bytes', 'bytes', bytes],
	]) {
		const ratio = median(ours, metric) / median(floor, metric);
		let goal = '';
		if (metric === 'lcp') goal = `  goal <= ${GOALS.lcpOverFloor} ${verdict(ratio <= GOALS.lcpOverFloor)}`;
		if (metric === 'tbt') goal = `  goal ours <= ${GOALS.tbtMs} ms ${verdict(median(ours, metric) <= GOALS.tbtMs)}`;
		const shown = Number.isFinite(ratio) ? ratio.toFixed(2) : '-';
		console.log(`  ${label.padEnd(6)}${spread(ours, metric, format)}${spread(floor, metric, format)}${shown}${goal}`);
	}
}

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
			`with share ${kb(share).padStart(9)} ${verdict(share <= BUDGET.course)}`,
	);
}

console.log(
	`\n${build ? `Build: ${buildSeconds.toFixed(1)} s` : 'Build: skipped (--no-build)'}, ${pages} HTML pages; bench ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
