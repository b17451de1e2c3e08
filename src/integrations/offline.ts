import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import sharp from 'sharp';
import {
	courseManifest,
	SEARCH_UI_PATH,
	searchTitles,
	searchTitlesPath,
	type OfflineManifest,
} from '../lib/offline/manifest';
import { pageAssets, withImports } from '../lib/offline/assets';
import { writeCsp } from './csp';
import { ICON_SPRITE, writeIconSprite } from './icon-sprite';
import { searchUiFiles } from './search-ui-files';

interface Options {
	base: string;
	locales: string[];
	defaultLocale: string;
	courses: string[];
	/** Files in public/ the shell needs (favicon, logo). */
	shellFiles: string[];
}

/**
 * After the build (and after Starlight's search index, so list this after starlight()): one offline
 * manifest per course and locale in `offline/<locale>/<course>.json`, then the service worker, bundled
 * from src/sw/ and given its precache list: the shell only, from an explicit list (ARCHITECTURE.md,
 * "Offline"), never every page or language.
 */
export function offline(options: Options): AstroIntegration {
	return {
		name: 'academy-offline',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [searchUiFiles()] } });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings, csp } = await finishOffline(fileURLToPath(dir), options);
				for (const w of warnings) logger.warn(w);
				logger.info(`security policy: written into ${csp.pages} pages; header ${csp.headerBytes} bytes`);
				logger.info(
					`service worker: ${count} shell files precached (${(size / 1024).toFixed(1)} KB before compression)`,
				);
			},
		},
	};
}

/**
 * The offline part of a build, on a finished output folder (the tests run it on a changed copy). The
 * pages' icons move into one sprite, then the security policy goes into the pages, so the revisions and sizes recorded below are of the
 * pages as served.
 */
export async function finishOffline(out: string, options: Options) {
	writeIconSprite(out, options.base);
	const csp = writeCsp(out, options.base);
	const read = (p: string) => (existsSync(join(out, p)) ? readFileSync(join(out, p)) : undefined);
	const text = (p: string) => read(p)?.toString();
	// Each locale's search result titles first: they are part of its search download.
	const built = listFiles(out);
	for (const locale of options.locales) {
		mkdirSync(join(out, 'offline', locale), { recursive: true });
		writeFileSync(join(out, searchTitlesPath(locale)), JSON.stringify(searchTitles(built, locale, options.base, read)));
	}
	const files = listFiles(out);
	const searchUi = JSON.parse(text(SEARCH_UI_PATH) ?? '[]') as string[];
	// Without them a course download would leave search needing a connection. (A build in development
	// mode, e.g. with NODE_ENV=test, has no search code to record.)
	const notes =
		searchUi.length === 0
			? [`${SEARCH_UI_PATH} lists no files: course downloads will not bring the search window`]
			: [];

	for (const locale of options.locales) {
		let search: OfflineManifest['shared']['search'] | undefined;
		for (const course of options.courses) {
			const pages = files.filter((f) => f.startsWith(`${locale}/courses/${course}/`) && f.endsWith('index.html'));
			if (pages.length === 0) continue;
			const manifest = courseManifest({ course, locale, pages, base: options.base, files, searchUi, read });
			mkdirSync(join(out, 'offline', locale), { recursive: true });
			writeFileSync(join(out, 'offline', locale, `${course}.json`), JSON.stringify(manifest));
			search = manifest.shared.search;
		}
		// What the first search in this language costs, for the notice in the search window.
		if (search) writeFileSync(join(out, 'offline', locale, 'search.json'), JSON.stringify({ bytes: search.bytes }));
	}

	// Home-screen icons from the favicon, so a rebrand needs only a new public/favicon.svg.
	for (const size of [192, 512]) {
		await sharp(join(out, 'favicon.svg'), { density: (72 * size) / 32 })
			.resize(size, size)
			.png()
			.toFile(join(out, `icon-${size}.png`));
	}
	files.push('icon-192.png', 'icon-512.png');

	const offlinePage = `${options.defaultLocale}/offline/index.html`;
	const shell = [
		offlinePage,
		...withImports(pageAssets(text(offlinePage) ?? '', options.base), text, { dynamic: false }),
		...options.shellFiles,
		ICON_SPRITE,
		'icon-192.png',
		'icon-512.png',
		`${options.defaultLocale}/manifest.webmanifest`,
	];
	const tmp = join(tmpdir(), `academy-sw-${process.pid}.js`);
	await build({
		entryPoints: [fileURLToPath(new URL('../sw/sw.ts', import.meta.url))],
		bundle: true,
		format: 'iife',
		minify: true,
		target: 'es2020',
		outfile: tmp,
		logLevel: 'warning',
		define: {
			__BASE__: JSON.stringify(options.base),
			__LOCALES__: JSON.stringify(options.locales),
			__DEFAULT_LOCALE__: JSON.stringify(options.defaultLocale),
			'process.env.NODE_ENV': '"production"',
		},
	});
	const result = await injectManifest({
		swSrc: tmp,
		swDest: join(out, 'sw.js'),
		globDirectory: out,
		globPatterns: shell,
		// Hashed names already change with their content.
		dontCacheBustURLsMatching: /^_astro\//,
	});
	rmSync(tmp, { force: true });
	return { ...result, warnings: [...notes, ...result.warnings], csp };
}

function listFiles(root: string): string[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' })
		.filter((f) => statSync(join(root, f)).isFile())
		.map((f) => relative(root, join(root, f)).split('\\').join('/'));
}
