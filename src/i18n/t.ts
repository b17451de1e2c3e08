import type { UiStringKey } from '../schemas/ui-strings';

/** UI strings passed to an island, and a `t()` that fills `{{name}}` placeholders (as Starlight's does). */
export type Strings = Partial<Record<UiStringKey, string>>;

export function makeT(strings: Strings) {
	return (key: UiStringKey, vars: Record<string, string | number> = {}) =>
		(strings[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

export type T = ReturnType<typeof makeT>;

/** Picks the strings an island needs from Starlight's `Astro.locals.t`, so only those are sent. */
export function pickStrings(t: (key: UiStringKey) => string, keys: readonly UiStringKey[]): Strings {
	return Object.fromEntries(keys.map((k) => [k, t(k)]));
}
