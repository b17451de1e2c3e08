import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { pageAssets, withImports } from './assets';

/**
 * Offline manifests, made at build time (src/integrations/offline.ts): for each course and locale,
 * every file the course needs to work with no connection, each with a content hash (so an update
 * fetches only what changed) and its size on the wire (gzip, what the learner's data plan pays).
 * Two parts are listed apart, because every course of a locale shares them and they are stored once:
 * the locale's hub pages (home, catalogue, My learning…, with what they need) and its search.
 */
export interface Entry {
	url: string;
	revision: string;
	bytes: number;
}

export interface OfflineManifest {
	course: string;
	locale: string;
	/** Changes whenever any entry changes. */
	version: string;
	entries: Entry[];
	bytes: number;
	/** Downloaded once per locale, whichever course brings them; kept while any course of it is. */
	shared: { hub: Part; search: Part };
}

export interface Part {
	entries: Entry[];
	bytes: number;
}

/**
 * A locale's hub pages, addresses under `/<locale>/`: where the offline page, the home page and every
 * page's header and footer lead. Brought by every course download, so no link there ends offline.
 */
export const HUB_PAGES = [
	'',
	'courses/',
	'my/',
	'help/',
	'guides/offline/',
	'glossary/',
	'templates/',
	'assess/',
	'about/',
	'privacy/',
	'offline/',
] as const;

/** Reads a built file (relative to the output folder), or undefined when there is none. */
export type Reader = (path: string) => Buffer | undefined;

export function entryFor(path: string, base: string, read: Reader): Entry | undefined {
	const body = read(path);
	if (!body) return undefined;
	const url = base + path.replace(/(^|\/)index\.html$/, '$1');
	return { url, revision: createHash('sha256').update(body).digest('hex').slice(0, 16), bytes: gzipSync(body).length };
}

const sum = (entries: Entry[]) => entries.reduce((n, e) => n + e.bytes, 0);

export function versionOf(entries: Entry[]): string {
	return createHash('sha256')
		.update(entries.map((e) => `${e.url} ${e.revision}`).join('\n'))
		.digest('hex')
		.slice(0, 16);
}

/** Same-locale pages a page's main content links to (glossary, self-assessments), as HTML paths. */
export function linkedPages(html: string, pagePath: string, base: string, locale: string): string[] {
	// The page's own text, not the footer (about, privacy and other languages are on every page).
	const start = html.indexOf('sl-markdown-content');
	const main = start < 0 ? '' : html.slice(start, html.indexOf('<footer', start) >>> 0);
	const pageUrl = new URL(`http://x${base}${pagePath.replace(/index\.html$/, '')}`);
	const found = new Set<string>();
	for (const m of main.matchAll(/\shref="([^"#]*)(?:#[^"]*)?"/g)) {
		if (!m[1] || /^[a-z]+:/.test(m[1])) continue;
		const path = new URL(m[1], pageUrl).pathname;
		if (!path.startsWith(`${base}${locale}/`) || !path.endsWith('/')) continue;
		found.add(`${path.slice(base.length)}index.html`);
	}
	return [...found].sort();
}

/**
 * Where a locale's list of search results' addresses and titles is kept (fragment file name to
 * `[url, title]`): offline, the worker answers a result that is not on the device with its title,
 * marked "not downloaded", instead of leaving a placeholder that never loads.
 */
export const searchTitlesPath = (locale: string) => `offline/${locale}/search-titles.json`;

/**
 * Where the build records the files the search window loads when first opened (the Pagefind UI and
 * its stylesheet), from the bundle itself (src/integrations/search-ui-files.ts).
 */
export const SEARCH_UI_PATH = 'offline/search-ui.json';

export function searchTitles(
	files: string[],
	locale: string,
	base: string,
	read: Reader,
): Record<string, [string, string]> {
	const titles: Record<string, [string, string]> = {};
	for (const [fragment, url] of fragmentPages(files, locale, read)) {
		const page = url.startsWith(base) ? `${url.slice(base.length)}index.html` : undefined;
		titles[fragment.slice('pagefind/fragment/'.length)] = [url, (page && pageTitle(read(page)?.toString())) || url];
	}
	return titles;
}

/**
 * A page's title as Pagefind shows it in results: by Pagefind's documented default, the text of the
 * page's first `<h1>` (read from the page, not from Pagefind's own files).
 */
export function pageTitle(html: string | undefined): string | undefined {
	const h1 = html && /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
	return h1
		? decodeEntities(h1.replace(/<[^>]*>/g, ''))
				// Spaces and line breaks only: a no-break space (French "cours : X") stays, as in Pagefind.
				.replace(/[ \t\r\n]+/g, ' ')
				.trim()
		: undefined;
}

const ENTITIES = new Map([
	['amp', '&'],
	['lt', '<'],
	['gt', '>'],
	['quot', '"'],
	['apos', "'"],
	['nbsp', '\u00a0'],
]);
const decodeEntities = (text: string) =>
	text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) =>
		name.startsWith('#x') || name.startsWith('#X')
			? String.fromCodePoint(parseInt(name.slice(2), 16))
			: name.startsWith('#')
				? String.fromCodePoint(Number(name.slice(1)))
				: (ENTITIES.get(name.toLowerCase()) ?? whole),
	);

/**
 * Each of a locale's Pagefind fragment files with the address of its page. Pagefind documents no way
 * to tell which fragment is a page's, so this reads the one field it needs (`url`) from the fragment;
 * test/unit/pagefind-output.test.ts checks that against the installed Pagefind.
 */
export function fragmentPages(files: string[], locale: string, read: Reader): Map<string, string> {
	const pages = new Map<string, string>();
	for (const f of files.filter((f) => f.startsWith(`pagefind/fragment/${locale}_`))) {
		const body = read(f);
		const url = body && fragmentUrl(body);
		if (url) pages.set(f, url);
	}
	return pages;
}

/** A fragment is gzip, then Pagefind's signature, then JSON with the page's `url`. */
export function fragmentUrl(body: Buffer): string | undefined {
	try {
		const json = gunzipSync(body)
			.toString()
			.replace(/^pagefind_dcd/, '');
		const { url } = JSON.parse(json) as { url?: unknown };
		return typeof url === 'string' ? url : undefined;
	} catch {
		// Not a fragment this code can read: the page is simply left out of offline search.
		return undefined;
	}
}

/** Pagefind's files for one locale: engine, wasm, metadata and index chunks (not page fragments). */
export function searchFiles(files: string[], locale: string, read: Reader): string[] {
	const entry = JSON.parse(read('pagefind/pagefind-entry.json')?.toString() ?? '{"languages":{}}') as {
		languages?: Record<string, { wasm?: string | null; hash: string } | undefined>;
	};
	const lang = entry.languages?.[locale];
	if (!lang) return [];
	return files
		.filter(
			(f) =>
				f === 'pagefind/pagefind-entry.json' ||
				f === 'pagefind/pagefind.js' ||
				f === 'pagefind/pagefind-worker.js' ||
				f === `pagefind/wasm.${lang.wasm ?? 'unknown'}.pagefind` ||
				f === `pagefind/pagefind.${lang.hash}.pf_meta` ||
				(f.startsWith(`pagefind/index/${locale}_`) && f.endsWith('.pf_index')) ||
				(f.startsWith(`pagefind/filter/${locale}_`) && f.endsWith('.pf_filter')) ||
				f === searchTitlesPath(locale),
		)
		.sort();
}

/** Page URL (base stripped) of each of a locale's Pagefind fragments, for searching downloaded pages. */
export function fragmentsByPage(files: string[], locale: string, base: string, read: Reader): Map<string, string> {
	const map = new Map<string, string>();
	for (const [f, url] of fragmentPages(files, locale, read))
		map.set(url.startsWith(base) ? url.slice(base.length - 1) : url, f);
	return map;
}

export interface CourseInput {
	course: string;
	locale: string;
	/** The course's own pages (course page, lessons, quiz), as HTML paths. */
	pages: string[];
	base: string;
	/** Every file of the build, relative to its folder. */
	files: string[];
	/** The files the search window loads when first opened, as the build recorded them (SEARCH_UI_PATH). */
	searchUi: string[];
	read: Reader;
}

/** HTML paths of a locale's hub pages that the build has. */
export const hubPages = (locale: string, files: string[]) =>
	HUB_PAGES.map((p) => `${locale}/${p}index.html`).filter((p) => files.includes(p));

export function courseManifest({
	course,
	locale,
	pages,
	base,
	files,
	searchUi: searchSources,
	read,
}: CourseInput): OfflineManifest {
	const text = (p: string) => read(p)?.toString();
	const allPages = new Set(pages);
	for (const page of pages)
		for (const linked of linkedPages(text(page) ?? '', page, base, locale))
			if (!linked.includes('/courses/') && files.includes(linked)) allPages.add(linked);
	const hub = hubPages(locale, files);

	// Pages, the files they load (scripts with what they import) and their search fragments.
	const fragments = fragmentsByPage(files, locale, base, read);
	const filesOf = (list: string[]) => [
		...list,
		...withImports(
			list.flatMap((p) => pageAssets(text(p) ?? '', base)),
			text,
		),
		...list.map((p) => fragments.get(`/${p.replace(/index\.html$/, '')}`)).filter((f): f is string => !!f),
	];
	const courseFiles = filesOf([...allPages]);
	const hubFiles = filesOf(hub);
	// The search window's code is shared by all courses of every language: what it loads when first
	// opened, less what the pages load anyway.
	const pagesLoad = withImports(
		[...allPages, ...hub].flatMap((p) => pageAssets(text(p) ?? '', base)),
		text,
		{ dynamic: false },
	);
	const searchUi = withImports(searchSources, text, { dynamic: false }).filter(
		(a) => files.includes(a) && !pagesLoad.includes(a),
	);

	const entries = (list: Iterable<string>) =>
		[...new Set(list)]
			.sort()
			.map((p) => entryFor(p, base, read))
			.filter((e): e is Entry => !!e);
	// Each file in one part only: the hub's files are not stored again with every course.
	const hubEntries = entries(hubFiles.filter((f) => !searchUi.includes(f)));
	const own = entries(courseFiles.filter((f) => !searchUi.includes(f) && !hubFiles.includes(f)));
	const search = entries([...searchUi, ...searchFiles(files, locale, read)]);
	return {
		course,
		locale,
		version: versionOf([...own, ...hubEntries, ...search]),
		entries: own,
		bytes: sum(own),
		shared: { hub: { entries: hubEntries, bytes: sum(hubEntries) }, search: { entries: search, bytes: sum(search) } },
	};
}
