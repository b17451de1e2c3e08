/**
 * What a built page needs, read from the HTML and JS themselves: the `/_astro/` files a page links,
 * and the chunks those scripts import, statically or dynamically (a lesson check's quiz code is a
 * dynamic import, and must be downloaded with the course to work offline).
 */

/**
 * `/_astro/…` addresses in an HTML page (base path stripped): src and href, and the component and
 * renderer URLs of Astro islands, which hydrate from them.
 */
export function pageAssets(html: string, base: string): string[] {
	const found = new Set<string>();
	for (const m of html.matchAll(/\s(?:src|href|component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) {
		const path = m[1]!.startsWith(base) ? m[1]!.slice(base.length) : undefined;
		if (path?.startsWith('_astro/')) found.add(path);
	}
	return [...found].sort();
}

/**
 * Chunks a built script imports. Static: `from"./x.js"`, `import"./x.js"`. Dynamic (with `dynamic`):
 * `import(\`./y.js\`)`, Vite's preload list `"_astro/z.js"`, and asset URLs such as `/_astro/a.css`.
 */
export function scriptImports(js: string, { dynamic = true } = {}): string[] {
	const found = new Set<string>();
	const q = '["\'`]';
	const file = '([\\w.-]+\\.(?:js|css))';
	const patterns = [new RegExp(`\\b(?:from|import)\\s*${q}\\./${file}${q}`, 'g')];
	if (dynamic) patterns.push(new RegExp(`${q}(?:\\./|/?(?:[\\w-]+/)*_astro/)${file}${q}`, 'g'));
	for (const re of patterns) for (const m of js.matchAll(re)) found.add(`_astro/${m[1]}`);
	return [...found].sort();
}

/** A set of files and everything they import, transitively. `read` gives a file's text (JS only). */
export function withImports(
	files: string[],
	read: (path: string) => string | undefined,
	options?: { dynamic?: boolean },
): string[] {
	const seen = new Set<string>();
	const queue = [...files];
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		if (!file.endsWith('.js')) continue;
		const text = read(file);
		if (text) queue.push(...scriptImports(text, options));
	}
	return [...seen].sort();
}
