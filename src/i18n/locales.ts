/**
 * The one locale table. The Astro config, the language chooser, the scripts and the tests all read it,
 * so adding a language starts here (see README, "Add a language").
 */
export interface Locale {
	/** URL segment, e.g. `zh-cn`. */
	code: string;
	/** BCP-47 tag for `lang` and for Starlight's UI-string file name (`content/i18n/<lang>.json`). */
	lang: string;
	/** The language's own name, shown in language menus. */
	label: string;
	dir: 'ltr' | 'rtl';
}

export const locales = [
	{ code: 'en', lang: 'en', label: 'English', dir: 'ltr' },
	{ code: 'fr', lang: 'fr', label: 'Français', dir: 'ltr' },
	{ code: 'es', lang: 'es', label: 'Español', dir: 'ltr' },
	{ code: 'ar', lang: 'ar', label: 'العربية', dir: 'rtl' },
	{ code: 'zh-cn', lang: 'zh-CN', label: '简体中文', dir: 'ltr' },
	{ code: 'ru', lang: 'ru', label: 'Русский', dir: 'ltr' },
	{ code: 'pt', lang: 'pt', label: 'Português', dir: 'ltr' },
	{ code: 'sw', lang: 'sw', label: 'Kiswahili', dir: 'ltr' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof locales)[number]['code'];

export const defaultLocale: LocaleCode = 'en';

export const localeCodes: LocaleCode[] = locales.map((l) => l.code);

export function getLocale(code: string): Locale | undefined {
	return locales.find((l) => l.code === code);
}
