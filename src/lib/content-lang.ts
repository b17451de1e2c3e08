import { getLocale } from '../i18n/locales';

/** `lang` and `dir` for a content element, as attributes. */
export interface ContentLang {
	lang: string;
	dir: 'ltr' | 'rtl';
}

/**
 * The language of a docs entry (`ar/courses/risk/index`, `en/courses/risk/index`) shown on a page of
 * `pageLocale`, when it differs: an untranslated page falls back to English, and that English must be
 * marked so it reads left to right inside a right-to-left page (and is spoken as English). `undefined`
 * when the entry is in the page's own language, so nothing needs marking.
 */
export function fallbackLang(entryId: string, pageLocale: string): ContentLang | undefined {
	const entryLocale = getLocale(entryId.split('/')[0] ?? '');
	if (!entryLocale || entryLocale.code === pageLocale) return undefined;
	return { lang: entryLocale.lang, dir: entryLocale.dir };
}
