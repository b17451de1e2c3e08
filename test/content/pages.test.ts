import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { courseIds } from '../../src/schemas/site';
import { DOCS, links, pageFiles, readPage } from './helpers';

const englishPages = pageFiles(`${DOCS}/en`);

describe('docs folders', () => {
	it('exist only for locales of the locale table', () => {
		const codes = locales.map((l) => l.code);
		for (const folder of readdirSync(DOCS)) expect(codes).toContain(folder);
	});

	it('hold courses only under known course ids', () => {
		for (const l of locales) {
			const courses = `${DOCS}/${l.code}/courses`;
			if (!existsSync(courses)) continue;
			for (const id of readdirSync(courses)) expect(courseIds as readonly string[], `${courses}/${id}`).toContain(id);
		}
	});
});

describe.each(locales)('pages in $label', ({ code }) => {
	const dir = `${DOCS}/${code}`;
	const pages = existsSync(dir) ? pageFiles(dir) : [];

	it('include a home, about and privacy page', () => {
		for (const name of ['index.md', 'about.md', 'privacy.md']) expect(pages, `${dir}/${name}`).toContain(name);
	});

	it('are translations of English pages, at the same path', () => {
		for (const page of pages) expect(englishPages, `${dir}/${page}`).toContain(page);
	});

	it.each(pages)('%s has a title, a description and no import line', (page) => {
		const { data, body } = readPage(`${dir}/${page}`);
		expect(String(data.title ?? '').trim()).not.toBe('');
		expect(String(data.description ?? '').trim()).not.toBe('');
		// Content carries no code: a translator must not have to keep import lines intact.
		expect(body).not.toMatch(/^import\s/m);
	});

	it.each(code === 'en' ? [] : pages)('%s keeps the links of the English page', (page) => {
		const internal = (l: string[]) => l.filter((x) => !/^[a-z]+:/.test(x)).sort();
		expect(internal(links(readPage(`${dir}/${page}`)))).toEqual(internal(links(readPage(`${DOCS}/en/${page}`))));
	});
});

describe('course pages and lessons', () => {
	const coursePages = englishPages.filter((p) => p.startsWith('courses/'));

	it.each(coursePages)('en/%s has its course fields', (page) => {
		const { data, body } = readPage(`${DOCS}/en/${page}`);
		const course = page.split('/')[1];
		expect(data.course).toBe(course);
		expect(['introductory', 'intermediate', 'advanced']).toContain(data.level);
		expect(data.duration).toBeGreaterThan(0);
		expect((data.objectives as string[]).length).toBeGreaterThanOrEqual(2);
		if (!page.endsWith('/index.md') && !page.endsWith('/index.mdx')) {
			expect(data.order).toBeGreaterThan(0);
			expect((data.objectives as string[]).length).toBeLessThanOrEqual(4);
			expect(body).toMatch(/^## Key takeaways$/m);
			// A "Sources" section with at least one entry.
			expect(body).toMatch(/^## Sources\s*\n+\s*[-*\d]/m);
			// Last: the page puts "Mark as complete" and the next lesson just before it.
			expect([...body.matchAll(/^## (.*)$/gm)].at(-1)?.[1]).toBe('Sources');
			// Its check questions, placed by the directive (the quiz test checks there are 2 or 3).
			expect(body).toMatch(/^::check$/m);
		}
	});

	it('number the lessons of a course without repeats', () => {
		const byCourse = new Map<string, number[]>();
		for (const page of coursePages.filter((p) => !/\/index\.mdx?$/.test(p))) {
			const { data } = readPage(`${DOCS}/en/${page}`);
			byCourse.set(String(data.course), [...(byCourse.get(String(data.course)) ?? []), Number(data.order)]);
		}
		for (const [course, orders] of byCourse) expect(new Set(orders).size, course).toBe(orders.length);
	});
});
