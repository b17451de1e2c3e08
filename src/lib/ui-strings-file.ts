import { existsSync, readFileSync } from 'node:fs';
import { getLocale } from '../i18n/locales';

/**
 * Our UI strings for a locale straight from `content/i18n`, English filling gaps, for build-time code
 * that runs outside Astro's pages (the Markdown plugin for lesson checks). Pages use `Astro.locals.t`.
 */
export function uiStringsFor(locale: string): Record<string, string> {
	const read = (lang: string) => {
		const path = `content/i18n/${lang}.json`;
		return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
	};
	return { ...read('en'), ...read(getLocale(locale)?.lang ?? 'en') };
}
