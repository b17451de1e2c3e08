import { createHash } from 'node:crypto';

/**
 * Icons drawn inline (search, menu, language, heading links, previous/next…) are the same on every
 * page, yet each page would carry their drawings again. They move into one sprite file, cached from
 * page to page; each `<svg>` keeps its own attributes (size, classes, `aria-hidden`) and shows the
 * sprite's symbol by `<use>`. Only path-only icons are moved: an SVG with text, styles or ids is left.
 */
const ICON = /(<svg\b[^>]*\bviewBox="([^"]+)"[^>]*>)((?:<path\b[^<>]*\/>)+)<\/svg>/g;

export interface Sprite {
	/** The sprite file's text: one `<symbol>` per distinct drawing. */
	svg: string;
	/** Rewrites a page's inline icons to references to `href` (the sprite's address). */
	rewrite: (html: string, href: string) => string;
}

export function iconSprite(pages: Iterable<string>): Sprite {
	const ids = new Map<string, { id: string; viewBox: string; paths: string }>();
	const key = (viewBox: string, paths: string) => `${viewBox}\n${paths}`;
	for (const html of pages) {
		for (const [, , viewBox, paths] of html.matchAll(ICON)) {
			const k = key(viewBox!, paths!);
			if (!ids.has(k))
				ids.set(k, {
					id: `i${createHash('sha256').update(k).digest('hex').slice(0, 8)}`,
					viewBox: viewBox!,
					paths: paths!,
				});
		}
	}
	const symbols = [...ids.values()]
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((s) => `<symbol id="${s.id}" viewBox="${s.viewBox}">${s.paths}</symbol>`);
	return {
		svg: `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>`,
		rewrite: (html, href) =>
			html.replace(ICON, (whole, open: string, viewBox: string, paths: string) => {
				const icon = ids.get(key(viewBox, paths));
				return icon ? `${open}<use href="${href}#${icon.id}"/></svg>` : whole;
			}),
	};
}
