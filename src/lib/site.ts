import { loadSiteConfig } from './site-config';
import { accentCss } from './theme';

/** The institution config, read once per build. For .astro files; astro.config.mjs reads it itself. */
export const site = loadSiteConfig();

export const accentStyle = accentCss(site.accent);

/** Joins Astro's base path and a path inside the site: `withBase('/', 'fr/')` is `/fr/`. */
export function withBase(base: string, path: string): string {
	return base.replace(/\/?$/, '/') + path.replace(/^\//, '');
}

/** `getStaticPaths` for a page that exists once per enabled language. */
export function localePaths() {
	return site.locales.map((locale) => ({ params: { locale } }));
}
