import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { courseOutline, markFallbacks } from './lib/sidebar';
import { defaultLocale, getLocale } from './i18n/locales';

/**
 * Shapes Starlight's sidebar for a course site: the current course in full, every other course as a
 * single link to its course page (a smaller page than seven folded lists), localized group names,
 * lessons in their `order`, previous/next links that stay inside the current course, and links to
 * the self-assessments, "My learning" and "Where to get help" after the courses.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const t = context.locals.t;
	const pages = await getCollection('docs');
	const catalogue = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/${route.locale}/courses/`;
	const orderById = new Map(pages.map((p) => [p.id, p.data.order]));
	const { sidebar, pagination } = courseOutline(route.sidebar, {
		base: import.meta.env.BASE_URL,
		coursesLabel: t('sidebar.courses'),
		overviewLabel: t('sidebar.overview'),
		lessonOrder: (id) => orderById.get(id),
		catalogue: { label: t('sidebar.allCourses'), href: catalogue, isCurrent: context.url.pathname === catalogue },
	});
	// After the courses: the self-assessments, the learner's own page and where to get help.
	const root = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/${route.locale}/`;
	const link = (label: string, href: string) => ({
		type: 'link' as const,
		label,
		href,
		isCurrent: context.url.pathname.startsWith(href),
		badge: undefined,
		attrs: {},
	});
	sidebar.splice(
		1,
		0,
		link(t('sidebar.assess'), `${root}assess/`),
		link(t('sidebar.templates'), `${root}templates/`),
		link(t('sidebar.my'), `${root}my/`),
		link(t('sidebar.help'), `${root}help/`),
	);
	// Tags no reader, search engine or link preview uses, sent with every page: the generators' names,
	// and a large-image card for a page that has no image.
	route.head = route.head.filter(
		(tag) => !(tag.tag === 'meta' && (tag.attrs?.name === 'generator' || tag.attrs?.name === 'twitter:card')),
	);
	// A course or page not yet translated is listed by its English title, marked as English.
	const ids = new Set(pages.map((p) => p.id));
	const marked = markFallbacks(
		sidebar,
		(id) => ids.has(id) || ids.has(`${id}/index`),
		import.meta.env.BASE_URL,
		route.locale ?? '',
		getLocale(defaultLocale)?.lang ?? defaultLocale,
	);
	// lib/sidebar.ts mirrors Starlight's entry types without importing them, so it runs in unit tests.
	route.sidebar = marked as StarlightRouteData['sidebar'];
	route.pagination = pagination as StarlightRouteData['pagination'];
});
