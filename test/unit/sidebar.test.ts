import { describe, expect, it } from 'vitest';
import { courseOutline, markFallbacks, type Entry, type Group, type Link } from '../../src/lib/sidebar';

const link = (href: string, label: string, isCurrent = false): Link => ({
	type: 'link',
	label,
	href,
	isCurrent,
	badge: undefined,
	attrs: {},
});
const group = (label: string, entries: Entry[]): Group => ({
	type: 'group',
	label,
	entries,
	collapsed: true,
	badge: undefined,
});

/** Starlight's sidebar for the config in astro.config.mjs: courses group, then plain links. */
function sidebar(current: string): Entry[] {
	const is = (href: string) => href === current;
	const l = (href: string, label: string) => link(href, label, is(href));
	return [
		group('courses', [
			// Starlight sorts alphabetically: the course page (index) may land after a lesson.
			group('foundations', [
				l('/academy/fr/courses/foundations/zeta/', 'Zeta lesson'),
				l('/academy/fr/courses/foundations/', 'Fondements'),
				l('/academy/fr/courses/foundations/alpha/', 'Alpha lesson'),
			]),
			group('risk', [l('/academy/fr/courses/risk/', 'Risques'), l('/academy/fr/courses/risk/tiers/', 'Niveaux')]),
		]),
		l('/academy/fr/glossary/', 'Glossaire'),
	];
}
const order: Record<string, number> = {
	'en/courses/foundations/zeta': 1,
	'en/courses/foundations/alpha': 2,
	'fr/courses/risk/tiers': 1,
};
const options = {
	base: '/academy/',
	coursesLabel: 'Cours',
	overviewLabel: 'Présentation',
	lessonOrder: (id: string) => order[id],
	catalogue: { label: 'Tous les cours', href: '/academy/fr/courses/', isCurrent: false },
};

describe('course outline in the sidebar', () => {
	it('expands the current course in lesson order, and folds the others to one link', () => {
		const { sidebar: shaped } = courseOutline(sidebar('/academy/fr/courses/foundations/alpha/'), options);
		const courses = shaped[0] as Group;
		expect(courses.label).toBe('Cours');
		const [catalogue, foundations, risk] = courses.entries as [Link, Group, Link];
		expect(catalogue).toMatchObject({ type: 'link', label: 'Tous les cours', href: '/academy/fr/courses/' });
		expect(foundations).toMatchObject({ type: 'group', label: 'Fondements', collapsed: false });
		expect(foundations.entries.map((e) => e.label)).toEqual(['Présentation', 'Zeta lesson', 'Alpha lesson']);
		expect(risk).toMatchObject({ type: 'link', label: 'Risques', href: '/academy/fr/courses/risk/' });
	});

	it('keeps prev/next inside the current course', () => {
		const first = courseOutline(sidebar('/academy/fr/courses/foundations/zeta/'), options).pagination;
		expect(first.prev?.href).toBe('/academy/fr/courses/foundations/');
		expect(first.next?.href).toBe('/academy/fr/courses/foundations/alpha/');
		const last = courseOutline(sidebar('/academy/fr/courses/foundations/alpha/'), options).pagination;
		expect(last.next).toBeUndefined();
	});

	it('folds every course outside a course and gives no prev/next', () => {
		const { sidebar: shaped, pagination } = courseOutline(sidebar('/academy/fr/glossary/'), options);
		expect((shaped[0] as Group).entries.map((e) => [e.type, e.label])).toEqual([
			['link', 'Tous les cours'],
			['link', 'Fondements'],
			['link', 'Risques'],
		]);
		expect(shaped[1]).toMatchObject({ label: 'Glossaire', isCurrent: true });
		expect(pagination).toEqual({ prev: undefined, next: undefined });
	});

	it('drops a course group that has no pages yet', () => {
		const entries = [
			group('courses', [group('foundations', [link('/academy/fr/courses/foundations/', 'F')]), group('data', [])]),
		];
		const { sidebar: shaped } = courseOutline(entries, options);
		expect((shaped[0] as Group).entries.map((e) => e.label)).toEqual(['Tous les cours', 'F']);
	});
});

describe('untranslated pages in the sidebar', () => {
	it('are marked as English, in groups too, and nothing else is', () => {
		const entries = sidebar('/academy/fr/courses/foundations/alpha/');
		const translated = new Set(['fr/courses/foundations', 'fr/courses/foundations/alpha', 'fr/glossary']);
		const marked = markFallbacks(entries, (id) => translated.has(id), '/academy/', 'fr', 'en');
		const langs = (list: Entry[]): [string, unknown][] =>
			list.flatMap((e) => (e.type === 'group' ? langs(e.entries) : [[e.href, e.attrs.lang]]));
		expect(langs(marked)).toEqual([
			['/academy/fr/courses/foundations/zeta/', 'en'],
			['/academy/fr/courses/foundations/', undefined],
			['/academy/fr/courses/foundations/alpha/', undefined],
			['/academy/fr/courses/risk/', 'en'],
			['/academy/fr/courses/risk/tiers/', 'en'],
			['/academy/fr/glossary/', undefined],
		]);
		// A link out of the locale's tree is not the locale's page to judge.
		const outside = markFallbacks([link('https://example.org/', 'Out')], () => false, '/academy/', 'fr', 'en');
		expect(outside[0]).toEqual(link('https://example.org/', 'Out'));
	});
});
