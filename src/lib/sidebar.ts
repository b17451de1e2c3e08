/**
 * Sidebar shaping as a pure function of Starlight's sidebar entries (see src/route-data.ts).
 * The types mirror Starlight's route data so this file needs no Astro to test.
 */
export interface Link {
	type: 'link';
	label: string;
	href: string;
	isCurrent: boolean;
	badge: unknown;
	attrs: Record<string, unknown>;
}
export interface Group {
	type: 'group';
	label: string;
	entries: Entry[];
	collapsed: boolean;
	badge: unknown;
}
export type Entry = Link | Group;

export interface OutlineOptions {
	/** Astro's base path, e.g. `/` or `/academy/`. */
	base: string;
	coursesLabel: string;
	/** Label of the course page inside its own expanded group. */
	overviewLabel: string;
	/** A lesson's `order` by content id (`<locale>/courses/<course>/<lesson>`), if it has one. */
	lessonOrder: (id: string) => number | undefined;
	/** The course catalogue, listed first in the courses group. */
	catalogue: { label: string; href: string; isCurrent: boolean };
}

const COURSE_PAGE = /\/courses\/[^/]+\/$/;

export function courseOutline(sidebar: Entry[], options: OutlineOptions) {
	let pagination: { prev: Link | undefined; next: Link | undefined } = { prev: undefined, next: undefined };
	const shaped = sidebar.map((entry): Entry => {
		if (entry.type !== 'group' || !entry.entries.some(isCourseGroup)) return entry;
		const courses = entry.entries.filter(isCourseGroup).flatMap((group): Entry[] => {
			const links = sortLessons(group.entries as Link[], options);
			const coursePage = links[0]!;
			if (!links.some((l) => l.isCurrent)) return [{ ...coursePage }];
			pagination = neighbours(links);
			return [
				{
					...group,
					label: coursePage.label,
					collapsed: false,
					entries: [{ ...coursePage, label: options.overviewLabel }, ...links.slice(1)],
				},
			];
		});
		const catalogue: Link = { type: 'link', badge: undefined, attrs: {}, ...options.catalogue };
		return { ...entry, label: options.coursesLabel, entries: [catalogue, ...courses] };
	});
	return { sidebar: shaped, pagination };
}

/** A course group holds links only, the first or another of them being the course page. */
function isCourseGroup(entry: Entry): entry is Group {
	return (
		entry.type === 'group' &&
		entry.entries.length > 0 &&
		entry.entries.every((e) => e.type === 'link') &&
		entry.entries.some((e) => COURSE_PAGE.test(e.href))
	);
}

/** The course page first, then lessons by `order` (lessons without one keep Starlight's order, last). */
function sortLessons(links: Link[], { base, lessonOrder }: OutlineOptions): Link[] {
	const order = (l: Link) => {
		if (COURSE_PAGE.test(l.href)) return -1;
		const id = l.href.slice(base.length).replace(/\/$/, '');
		return lessonOrder(id) ?? lessonOrder(id.replace(/^[^/]+/, 'en')) ?? Number.MAX_SAFE_INTEGER;
	};
	return links
		.map((link, index) => ({ link, index }))
		.sort((a, b) => order(a.link) - order(b.link) || a.index - b.index)
		.map(({ link }) => link);
}

function neighbours(links: Link[]) {
	const i = links.findIndex((l) => l.isCurrent);
	return { prev: links[i - 1], next: links[i + 1] };
}

/**
 * Marks links whose page has no translation in the locale, so their (English) titles are read in
 * English: `hasPage` says whether `<locale>/<path>` exists, `lang` is the fallback's language. Links
 * outside the locale's tree are left as they are.
 */
export function markFallbacks(
	entries: Entry[],
	hasPage: (id: string) => boolean,
	base: string,
	locale: string,
	lang: string,
): Entry[] {
	return entries.map((entry): Entry => {
		if (entry.type === 'group') return { ...entry, entries: markFallbacks(entry.entries, hasPage, base, locale, lang) };
		const id = entry.href.startsWith(base) ? entry.href.slice(base.length).replace(/\/$/, '') : '';
		if (!id.startsWith(`${locale}/`) || hasPage(id)) return entry;
		return { ...entry, attrs: { ...entry.attrs, lang } };
	});
}
