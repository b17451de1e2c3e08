import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const DOCS = 'content/docs';

/** Every page file under a folder, as paths relative to it (`courses/foundations/index.md`). */
export function pageFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.mdx?$/.test(f) && statSync(join(dir, f)).isFile())
		.map((f) => relative(dir, join(dir, f)).split('\\').join('/'))
		.sort();
}

export function readPage(path: string): { data: Record<string, unknown>; body: string } {
	const text = readFileSync(path, 'utf8');
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!m) throw new Error(`${path} has no frontmatter`);
	return { data: parse(m[1]!) ?? {}, body: m[2]! };
}

/** Markdown link targets in a page body, plus hero action links. */
export function links(page: { data: Record<string, unknown>; body: string }): string[] {
	const body = [...page.body.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
	const hero = ((page.data.hero as { actions?: { link: string }[] } | undefined)?.actions ?? []).map((a) => a.link);
	return [...hero, ...body];
}
