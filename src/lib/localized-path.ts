/**
 * The same page in another language: `/academy/fr/about/` -> `/academy/ar/about/`.
 * Every locale carries its prefix, so the first segment after the base path is the locale.
 */
export function localizedPath(pathname: string, base: string, locale: string): string {
	const root = base.replace(/\/?$/, '/');
	if (!pathname.startsWith(root)) return `${root}${locale}/`;
	const rest = pathname.slice(root.length).split('/').slice(1).join('/');
	return `${root}${locale}/${rest}`;
}

/** The locale code a path starts with (after the base path), if it is one of `codes`. */
export function localeOfPath(pathname: string, base: string, codes: readonly string[]): string | undefined {
	const root = base.replace(/\/?$/, '/');
	if (!pathname.startsWith(root)) return undefined;
	const first = pathname.slice(root.length).split('/')[0]!.toLowerCase();
	return codes.find((c) => c === first);
}
