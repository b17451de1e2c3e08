/**
 * The learner's language among the site's: the one they chose on the language chooser (remembered
 * under `academy:locale`), else the first of the browser's languages the site has (by its exact tag, or
 * by its main language: fr-SN gives fr). Undefined when none matches.
 */
export const LOCALE_KEY = 'academy:locale';

export function preferredLocale(
	stored: string | null,
	browser: readonly string[],
	site: readonly { code: string; lang: string }[],
): string | undefined {
	if (stored && site.some((l) => l.code === stored)) return stored;
	for (const wanted of browser) {
		const tag = wanted.toLowerCase();
		const found =
			site.find((l) => l.lang.toLowerCase() === tag) ?? site.find((l) => l.lang.split('-')[0] === tag.split('-')[0]);
		if (found) return found.code;
	}
	return undefined;
}
