import { getCollection } from 'astro:content';
import type { UiStringKey } from '../schemas/ui-strings';
import { locales, type Locale } from '../i18n/locales';
import { site } from './site';

/**
 * Our UI strings for every enabled locale, for the pages that speak several languages at once (the
 * chooser and the 404 page). Starlight pages use `Astro.locals.t` instead. A key missing in a locale
 * falls back to English; the content tests make sure none is missing.
 */
export async function stringsByLocale(): Promise<{ locale: Locale; t: (key: UiStringKey) => string }[]> {
	const files = new Map((await getCollection('i18n')).map((e) => [e.id, e.data as Record<string, string>]));
	const english = files.get('en') ?? {};
	return locales
		.filter((l) => site.locales.includes(l.code))
		.map((locale) => {
			// Collection ids are lower-cased file names: zh-CN.json is `zh-cn`.
			const own = files.get(locale.lang.toLowerCase()) ?? {};
			return { locale, t: (key: UiStringKey) => own[key] ?? english[key] ?? key };
		});
}
