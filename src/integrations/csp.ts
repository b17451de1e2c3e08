import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy } from '../lib/csp/content-security-policy';
import { apacheSnippet, headersFile, nginxSnippet } from '../lib/csp/host-headers';
import { inlineContent } from '../lib/csp/inline-content';
import { withCspMeta } from '../lib/csp/with-csp-meta';

/** Where the header versions of the policy go, inside the build. */
export const CSP_FILES = { headers: '_headers', nginx: 'csp-nginx.conf', apache: 'csp-apache.conf' } as const;

/**
 * A strict Content-Security-Policy for a finished build, on every HTML page and for the host.
 *
 * Astro's own CSP cannot hash Starlight's inline scripts, and those change with each institution's
 * config, so the hashes are taken from the output. Each page gets a meta tag with its own hashes (a
 * lesson then carries ~14 hashes rather than the site's ~50: fewer bytes on every page); the header
 * files carry the union, which allows every page's own. Run it after Pagefind and before anything that
 * records the pages' bytes (the offline manifests and the worker's precache revisions).
 */
export function writeCsp(out: string, base: string): { pages: number; headerBytes: number } {
	const pages = readdirSync(out, { recursive: true, encoding: 'utf8' })
		.map((f) => f.split('\\').join('/'))
		.filter((f) => f.endsWith('.html'));
	const all = { scripts: new Set<string>(), styles: new Set<string>(), styleAttributes: new Set<string>() };
	for (const page of pages) {
		const html = readFileSync(join(out, page), 'utf8');
		const found = inlineContent(html);
		if (found.eventHandlers.length)
			throw new Error(`${page}: inline event handlers (${found.eventHandlers.join(', ')}) break the strict policy`);
		for (const key of ['scripts', 'styles', 'styleAttributes'] as const) for (const t of found[key]) all[key].add(t);
		writeFileSync(join(out, page), withCspMeta(html, contentSecurityPolicy(found), found));
	}
	const policy = contentSecurityPolicy(all, { header: true });
	writeFileSync(join(out, CSP_FILES.headers), headersFile(base, policy));
	writeFileSync(join(out, CSP_FILES.nginx), nginxSnippet(policy));
	writeFileSync(join(out, CSP_FILES.apache), apacheSnippet(policy));
	return { pages: pages.length, headerBytes: policy.length };
}
