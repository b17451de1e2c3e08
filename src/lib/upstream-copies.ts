/**
 * Files copied from Starlight where wrapping its component (`Default`) could not do the job. A copy
 * does not follow Starlight's fixes, and it leans on names Starlight does not promise to keep (its
 * `virtual:starlight/…` modules, its CSS custom properties). `src/components/upstream.json` records,
 * for each copy, the upstream file, the version and hash it was compared with, and those names;
 * `test/unit/starlight-copies.test.ts` fails when an upgrade changes any of them.
 */
export interface UpstreamCopy {
	/** Our file, from the project root. */
	file: string;
	/** The file it copies, inside the package. */
	upstream: string;
	/** The package version whose file our copy was last compared with. */
	version: string;
	/** SHA-256 (hex) of that upstream file's text. */
	sha256: string;
	/** What our copy changes, and why it is a copy. */
	changes: string;
	/** Starlight's private modules and CSS custom properties the copy relies on. */
	private: string[];
}

export interface UpstreamRecord {
	package: string;
	copies: UpstreamCopy[];
}

const VIRTUAL = /["'](virtual:starlight\/[\w/-]+)["']/g;
const USED_PROPERTY = /var\(\s*(--(?:__)?sl-[\w-]+)/g;
const DECLARED_PROPERTY = /(--[\w-]+)\s*:/g;

/** Custom properties a file declares (`--name: value`). */
export function declaredProperties(text: string): string[] {
	return [...new Set([...text.matchAll(DECLARED_PROPERTY)].map((m) => m[1]!))].sort();
}

/**
 * Starlight's private names a file uses: `virtual:starlight/…` modules, and `--sl-…`/`--__sl-…` custom
 * properties read with `var()`, except those our own files declare (`own`).
 */
export function privateNames(text: string, own: ReadonlySet<string> = new Set()): string[] {
	const modules = [...text.matchAll(VIRTUAL)].map((m) => m[1]!);
	const properties = [...text.matchAll(USED_PROPERTY)].map((m) => m[1]!).filter((p) => !own.has(p));
	return [...new Set([...modules, ...properties])].sort();
}
