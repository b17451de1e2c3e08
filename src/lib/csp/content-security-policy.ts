import { cspHash } from './csp-hash';

export interface InlineSources {
	scripts: Iterable<string>;
	styles: Iterable<string>;
	styleAttributes: Iterable<string>;
}

/**
 * The strict policy for what a page (or a whole site) carries inline. Scripts run only from the site
 * or by hash, never `'unsafe-inline'`/`'unsafe-eval'`; `'wasm-unsafe-eval'` lets the search engine
 * (WebAssembly) start. Starlight's `style="--depth: 0"` attributes are allowed one by one by hash
 * (`'unsafe-hashes'`). Images may be `data:` URIs: Starlight's and Pagefind's CSS draw icons that way,
 * and an image cannot run code. `frame-ancestors` only works from a header (`header: true`); in a
 * meta tag browsers ignore it with a console error, so it is left out there.
 */
export function contentSecurityPolicy(sources: InlineSources, { header = false } = {}): string {
	const hashes = (texts: Iterable<string>) => [...new Set([...texts].map(cspHash))].sort();
	const attributes = hashes(sources.styleAttributes);
	const directives = [
		`default-src 'self'`,
		[`script-src 'self' 'wasm-unsafe-eval'`, ...hashes(sources.scripts)].join(' '),
		[
			`style-src 'self'`,
			...(attributes.length ? [`'unsafe-hashes'`] : []),
			...hashes(sources.styles),
			...attributes,
		].join(' '),
		`img-src 'self' data:`,
		`object-src 'none'`,
		`base-uri 'self'`,
		`form-action 'self'`,
		...(header ? [`frame-ancestors 'self'`] : []),
	];
	return directives.join('; ');
}
