import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { siteConfigSchema, type SiteConfig } from '../schemas/site';

/** Where the institution config lives. `ACADEMY_CONFIG` points a build at another file (tests do). */
export const siteConfigPath = process.env.ACADEMY_CONFIG ?? 'content/site.yaml';

/** Reads and validates the institution config; a wrong value throws one message listing every problem. */
export function loadSiteConfig(path = siteConfigPath): SiteConfig {
	const result = parseSiteConfig(readFileSync(path, 'utf8'));
	if (!result.success) throw new Error(`${path} has ${result.error}`);
	return result.data;
}

export function parseSiteConfig(text: string): { success: true; data: SiteConfig } | { success: false; error: string } {
	let raw: unknown;
	try {
		raw = parse(text);
	} catch (e) {
		return { success: false, error: `invalid YAML: ${(e as Error).message}` };
	}
	const result = siteConfigSchema.safeParse(raw);
	if (result.success) return { success: true, data: result.data };
	const problems = result.error.issues.map((i) => `  - ${i.path.join('.') || '(top level)'}: ${i.message}`);
	return { success: false, error: `${problems.length} problem(s):\n${problems.join('\n')}` };
}
