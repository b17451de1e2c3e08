import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { courseOutline } from './lib/sidebar';

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
	// lib/sidebar.ts mirrors Starlight's entry types without importing them, so it runs in unit tests.
	route.sidebar = sidebar as StarlightRouteData['sidebar'];
	route.pagination = pagination as StarlightRouteData['pagination'];
});
