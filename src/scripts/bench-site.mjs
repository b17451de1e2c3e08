// The folder Lighthouse's runs are served from: the built site as it is, without its service worker
// script, plus the floor pages under `floor/`. Entries are links to the build, so nothing is copied.
// Chromium asks for `/favicon.ico` when a page names no icon, as the floor does: an empty one answers,
// so the floor's bytes do not sometimes include the site's 404 page.
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The worker's script, at the root of the build (src/integrations/offline.ts writes it). */
const WORKER = 'sw.js';

/**
 * @param {string} dist the build
 * @param {Map<string, string>} floors floor page HTML by path below `floor/` (e.g. `en/…/what-is-ai/`)
 * @returns {{ dir: string, remove: () => void }}
 */
export function benchSite(dist, floors) {
	// Were the worker renamed, it would install during the runs unnoticed: stop instead.
	if (!readdirSync(dist).includes(WORKER))
		throw new Error(`no ${WORKER} in ${dist}: tell bench-site.mjs the worker's name`);
	const dir = mkdtempSync(join(tmpdir(), 'academy-bench-'));
	for (const entry of readdirSync(dist)) if (entry !== WORKER) symlinkSync(resolve(dist, entry), join(dir, entry));
	if (!readdirSync(dist).includes('favicon.ico')) writeFileSync(join(dir, 'favicon.ico'), '');
	for (const [path, html] of floors) {
		const file = join(dir, 'floor', path, 'index.html');
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, html);
	}
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
