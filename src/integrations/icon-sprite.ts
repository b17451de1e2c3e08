import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconSprite } from '../lib/icon-sprite';

/** The sprite's file name at the site's root; the service worker's shell keeps it (offline.ts). */
export const ICON_SPRITE = 'icons.svg';

/** Moves every page's inline icons into one cached sprite (src/lib/icon-sprite.ts). */
export function writeIconSprite(out: string, base: string): { pages: number; icons: number } {
	const pages = readdirSync(out, { recursive: true, encoding: 'utf8' })
		.map((f) => f.split('\\').join('/'))
		.filter((f) => f.endsWith('.html'));
	const html = new Map(pages.map((p) => [p, readFileSync(join(out, p), 'utf8')]));
	const sprite = iconSprite(html.values());
	const icons = sprite.svg.split('<symbol').length - 1;
	// Run again on a finished build (as the tests do), the pages have no inline icons left: keep the sprite.
	if (icons === 0) return { pages: pages.length, icons };
	writeFileSync(join(out, ICON_SPRITE), sprite.svg);
	for (const [page, text] of html) writeFileSync(join(out, page), sprite.rewrite(text, `${base}${ICON_SPRITE}`));
	return { pages: pages.length, icons };
}
