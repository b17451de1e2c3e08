import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * A page shown in English because it has no translation yet: Starlight marks all of `<main>` as
 * English, which turned the fallback notice, progress and buttons, all in the page's own language,
 * left to right (an Arabic full stop at the wrong end). `<main>` keeps the page's language; the
 * English title and text are marked where they are (overrides/PageTitle.astro, MarkdownContent.astro).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (route.isFallback) route.entryMeta = { lang: route.lang, dir: route.dir, locale: route.locale };
});
