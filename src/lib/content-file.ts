import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';

/**
 * A YAML content file in a language (`content/<root>/<locale>/<id>.yaml`), or the English one where
 * that language has none yet; validated by its schema, with the file and the problem named on error.
 * Build time only.
 */
export function loadLocalized<S extends z.ZodType>(
	root: string,
	schema: S,
	locale: string,
	id: string,
): { file: z.infer<S>; locale: string } | undefined {
	for (const l of locale === 'en' ? ['en'] : [locale, 'en']) {
		const path = `content/${root}/${l}/${id}.yaml`;
		if (!existsSync(path)) continue;
		const result = schema.safeParse(parse(readFileSync(path, 'utf8')));
		if (!result.success)
			throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
		return { file: result.data, locale: l };
	}
	return undefined;
}

/** The ids of a content folder's English files, sorted. */
export function contentIds(root: string): string[] {
	const dir = `content/${root}/en`;
	return existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.yaml'))
				.map((f) => f.replace(/\.yaml$/, ''))
				.sort()
		: [];
}
