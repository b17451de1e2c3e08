import { readdirSync, readFileSync } from 'node:fs';
import type { UiStringKey } from '../../src/schemas/ui-strings';
import { isolate } from '../../src/lib/text/isolate';

/** The hostile-input catalogue (README.md): every case of every import path, read from its file. */
export type Part = string | { repeat: string; times: number };
export interface HostileCase {
	file: string;
	description: string;
	input: string | Part[];
	expect: 'refused' | 'accepted';
	message?: UiStringKey;
	params?: Record<string, string | number>;
	/** For an accepted case: text the page must show as text. */
	shows?: string;
}

export const PATHS = [
	'assignment-link',
	'assignment-file',
	'report-link',
	'report-file',
	'report-paste',
	'backup-file',
	'template-file',
] as const;
export type ImportPath = (typeof PATHS)[number];

const root = new URL('.', import.meta.url).pathname;

export function hostileCases(path: ImportPath): HostileCase[] {
	return readdirSync(`${root}${path}`)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => ({
			file,
			...(JSON.parse(readFileSync(`${root}${path}/${file}`, 'utf8')) as Omit<HostileCase, 'file'>),
		}));
}

/** The input as one text: parts joined, a repeated part repeated. */
export function inputText(c: HostileCase): string {
	return typeof c.input === 'string'
		? c.input
		: c.input.map((p) => (typeof p === 'string' ? p : p.repeat.repeat(p.times))).join('');
}

/** The English message a refusal must show: the key's text with its placeholders filled. */
export function expectedMessage(c: HostileCase, strings: Record<string, string>, lang = 'en'): string {
	const vars = { ...c.params };
	// Dates are shown as the page's language writes a long date.
	if (typeof vars.date === 'string')
		vars.date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(vars.date));
	// Names and titles from outside are set apart in a message (src/lib/text/isolate.ts).
	for (const key of ['title', 'name'] as const) if (typeof vars[key] === 'string') vars[key] = isolate(vars[key]);
	return (strings[c.message!] ?? c.message!).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}
