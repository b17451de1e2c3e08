import { courseIds } from '../schemas/site';

/**
 * Glob patterns for the docs collection: every page of the enabled locales, less the folders of
 * disabled courses. Files starting with `_` are drafts and partials, as with Starlight's own loader.
 */
export function docsPattern(locales: readonly string[], courses: readonly string[]): string[] {
	const localeGlob = locales.length === 1 ? locales[0] : `{${locales.join(',')}}`;
	const disabled = courseIds.filter((c) => !courses.includes(c));
	return [`${localeGlob}/**/[^_]*.{md,mdx}`, ...disabled.map((c) => `!*/courses/${c}/**`)];
}
