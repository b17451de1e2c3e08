/**
 * The site's policy for hosts that send headers, which can also carry `frame-ancestors` (no framing
 * by other sites). The same policy as the pages' meta tags, with every page's hashes together.
 */

/** Netlify and Cloudflare Pages read `_headers` at the root of the published folder. */
export function headersFile(base: string, policy: string): string {
	return `${base}*\n  Content-Security-Policy: ${policy}\n`;
}

/** For an nginx `server` or `location` block: `include /path/to/site/csp-nginx.conf;`. */
export function nginxSnippet(policy: string): string {
	return `# Content-Security-Policy of this build (made by npm run build): include it in the site's server block.\nadd_header Content-Security-Policy "${policy}" always;\n`;
}

/** For Apache (httpd.conf, a <Directory> or .htaccess; needs mod_headers). */
export function apacheSnippet(policy: string): string {
	return `# Content-Security-Policy of this build (made by npm run build); needs mod_headers.\n<IfModule mod_headers.c>\n  Header always set Content-Security-Policy "${policy}"\n</IfModule>\n`;
}
