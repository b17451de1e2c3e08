import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { h, options } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { ID_PATTERN, ITEM_ID_PATTERN, LESSON_ID_PATTERN } from '../../../src/schemas/id-pattern';
import { slug } from '../../../src/schemas/quiz';
import { assignmentItem } from '../../../src/schemas/assignment';
import { assessmentRecord } from '../../../src/schemas/assessment-record';
import { progressRecord } from '../../../src/schemas/progress';
import { draftRecord } from '../../../src/schemas/draft';
import { isProgressRecord } from '../../../src/lib/progress';
import { reportItems } from '../../../src/lib/trainer/progress';
import { ownValue } from '../../../src/lib/own-value';
import { SafeSection } from '../../../src/islands/my-learning/SafeSection';
import { T0 } from '../storage/fixtures';

/** Every name a plain object answers to without having it: what an id must never be. */
const inherited = Object.getOwnPropertyNames(Object.prototype);
const hostile = [...inherited, '__proto__', '-x', 'A', 'a b', 'a\u202eb', 'a\u0000b', ''];

describe('ids that come from outside', () => {
	it('never name something every object inherits, in any id pattern', () => {
		for (const name of hostile) {
			expect(ID_PATTERN.test(name), name).toBe(false);
			expect(slug.safeParse(name).success, name).toBe(false);
			expect(ITEM_ID_PATTERN.test(name), name).toBe(false);
			expect(ITEM_ID_PATTERN.test(`foundations/${name}`), name).toBe(false);
			expect(LESSON_ID_PATTERN.test(`${name}/what-is-ai`), name).toBe(false);
			expect(LESSON_ID_PATTERN.test(`foundations/${name}`), name).toBe(false);
		}
		// Lookalikes are ordinary ids.
		for (const fine of ['constructors', 'the-constructor', 'constructor-1']) expect(ID_PATTERN.test(fine)).toBe(true);
	});

	it('accept every id the content uses (courses, lessons, questions, options, levels, templates, fields)', () => {
		const ids = new Set<string>();
		for (const dir of ['content/quizzes/en', 'content/assessments/en', 'content/templates/en']) {
			for (const file of readdirSync(dir)) {
				ids.add(file.replace(/\.yaml$/, ''));
				for (const m of readFileSync(`${dir}/${file}`, 'utf8').matchAll(/\bid: '?([^'\s]+)'?/g)) ids.add(m[1]!);
			}
		}
		for (const course of readdirSync('content/docs/en/courses', { withFileTypes: true }).filter((d) => d.isDirectory()))
			for (const lesson of readdirSync(`content/docs/en/courses/${course.name}`))
				ids.add(`${course.name}/${lesson.replace(/\.mdx?$/, '')}`);
		expect(ids.size).toBeGreaterThan(300);
		for (const id of ids) expect(ITEM_ID_PATTERN.test(id), id).toBe(true);
	});

	it('refuse an assignment item, a self-assessment level, a lesson or a field named `constructor`', () => {
		expect(assignmentItem.safeParse({ kind: 'course', id: 'constructor' }).success).toBe(false);
		expect(assignmentItem.safeParse({ kind: 'lesson', id: 'foundations/constructor' }).success).toBe(false);
		const assessment = { v: 1, id: 'risk-check', answers: {}, step: 0, startedAt: T0, updatedAt: T0, completedAt: T0 };
		const level = (l: string) => ({ ...assessment, result: { type: 'level', level: l, adjusted: 50 } });
		expect(assessmentRecord.safeParse(level('high')).success).toBe(true);
		expect(assessmentRecord.safeParse(level('constructor')).success).toBe(false);
		const lesson = {
			v: 1,
			id: 'constructor/x',
			course: 'constructor',
			visitedAt: T0,
			lastVisitedAt: T0,
			updatedAt: T0,
		};
		expect(progressRecord.safeParse(lesson).success).toBe(false);
		expect(isProgressRecord(lesson)).toBe(false);
		const draft = { v: 1, id: 'd', template: 'dpia', name: 'n', createdAt: T0, updatedAt: T0 };
		expect(draftRecord.safeParse({ ...draft, values: JSON.parse('{"constructor":"x"}') }).success).toBe(false);
	});

	it('look courses up in a Map, so a `constructor` course that slipped past counts no lessons', () => {
		const catalog = new Map([['foundations', ['foundations/what-is-ai']]]);
		const assignment = { items: [{ kind: 'course' as const, id: 'constructor' }] } as Parameters<typeof reportItems>[0];
		const records = { progress: [], attempts: [], assessments: [], drafts: [] };
		expect(reportItems(assignment, records, catalog)).toEqual([
			{ kind: 'course', id: 'constructor', done: 0, total: 0 },
		]);
		expect(ownValue({ high: 'High risk' }, 'constructor')).toBeUndefined();
		expect(ownValue({ high: 'High risk' }, 'high')).toBe('High risk');
	});
});

describe('a part of My learning that fails', () => {
	it('says so in its place, and the parts beside it still render', () => {
		// Server rendering honours error boundaries only when asked; the browser always does.
		(options as { errorBoundaries?: boolean }).errorBoundaries = true;
		const Broken = () => {
			throw new TypeError('lessons.filter is not a function');
		};
		const html = renderToString(
			h('div', null, [
				h(SafeSection, { failed: 'This part cannot be shown.' }, h(Broken, null)),
				h(SafeSection, { failed: 'This part cannot be shown.' }, h('button', null, 'Delete all my data')),
			]),
		);
		expect(html).toContain('This part cannot be shown.');
		expect(html).toContain('<button>Delete all my data</button>');
		expect(html).not.toContain('filter');
	});
});
