import type { UiStringKey } from '../schemas/ui-strings';

/** UI strings passed to an island, and a `t()` that fills `{{name}}` placeholders (as Starlight's does). */
export type Strings = Partial<Record<UiStringKey, string>>;

export function makeT(strings: Strings) {
	return (key: UiStringKey, vars: Record<string, string | number> = {}) =>
		(strings[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

/**
 * A string with plural forms, `<base>_one`, `<base>_few`, … as the language's rules pick for `count`
 * (`Intl.PluralRules`), with `<base>_other` as the fallback. `{{count}}` is filled in the language's digits.
 */
export function plural(strings: Record<string, string | undefined>, lang: string, base: string, count: number): string {
	const form = new Intl.PluralRules(lang).select(count);
	const text = strings[`${base}_${form}`] ?? strings[`${base}_other`] ?? base;
	return text.replace('{{count}}', new Intl.NumberFormat(lang).format(count));
}

export type T = ReturnType<typeof makeT>;

/** Picks the strings an island needs from Starlight's `Astro.locals.t`, so only those are sent. */
export function pickStrings(t: (key: UiStringKey) => string, keys: readonly UiStringKey[]): Strings {
	return Object.fromEntries(keys.map((k) => [k, t(k)]));
}
