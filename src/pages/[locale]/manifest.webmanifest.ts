import type { APIRoute } from 'astro';
import { site, withBase, localePaths } from '../../lib/site';
import { getLocale } from '../../i18n/locales';
import { accentPalette } from '../../lib/theme';

/** A web app manifest per language, from the institution config, so the site installs and starts offline. */
export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) => {
	const locale = getLocale(params.locale!)!;
	const base = import.meta.env.BASE_URL;
	const manifest = {
		name: site.name,
		short_name: site.shortName,
		lang: locale.lang,
		dir: locale.dir,
		start_url: withBase(base, `${locale.code}/`),
		scope: base,
		id: withBase(base, `${locale.code}/`),
		display: 'standalone',
		background_color: '#ffffff',
		theme_color: accentPalette(site.accent).light['--sl-color-accent'],
		icons: [
			{ src: withBase(base, 'favicon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
			{ src: withBase(base, 'icon-192.png'), sizes: '192x192', type: 'image/png' },
			{ src: withBase(base, 'icon-512.png'), sizes: '512x512', type: 'image/png' },
		],
	};
	return new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/manifest+json' } });
};
