import { describe, expect, it } from 'vitest';
import { resumePoint } from '../../src/lib/resume-point';
import { firstUnfinished, type Progress } from '../../src/lib/progress';

const courses = [
	{ id: 'foundations', lessons: ['foundations/a', 'foundations/b', 'foundations/c'] },
	{ id: 'risk', lessons: ['risk/a', 'risk/b'] },
];
const at = (minute: number) => `2026-05-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const visited = (minute: number): Progress => ({ lastVisitedAt: at(minute), updatedAt: at(minute) });
const done = (minute: number): Progress => ({ ...visited(minute), completedAt: at(minute) });

describe('where a learner picks up again', () => {
	it('offers nothing to a new learner', () => {
		expect(resumePoint(courses, new Map())).toBeUndefined();
	});

	it('offers the last lesson visited and not completed', () => {
		const progress = new Map([
			['foundations/a', done(1)],
			['risk/a', visited(3)],
			['foundations/b', visited(2)],
		]);
		expect(resumePoint(courses, progress)).toBe('risk/a');
	});

	it('offers the next lesson of the course last worked on when the lessons visited are all completed', () => {
		const progress = new Map([
			['risk/a', done(1)],
			['foundations/a', done(2)],
		]);
		expect(resumePoint(courses, progress)).toBe('foundations/b');
	});

	it('skips finished courses, and offers nothing when everything started is finished', () => {
		const finished = new Map([
			['risk/a', done(1)],
			['risk/b', done(2)],
		]);
		expect(resumePoint(courses, finished)).toBeUndefined();
		expect(resumePoint(courses, new Map([...finished, ['foundations/a', done(0)]]))).toBe('foundations/b');
	});

	it('ignores records of lessons this site does not have', () => {
		expect(resumePoint(courses, new Map([['gone/lesson', visited(9)]]))).toBeUndefined();
	});

	it('finds the first unfinished lesson of a course, in order', () => {
		const progress = new Map([
			['foundations/a', done(1)],
			['foundations/c', done(2)],
		]);
		expect(firstUnfinished(courses[0]!.lessons, progress)).toBe('foundations/b');
		expect(firstUnfinished(['risk/a'], new Map([['risk/a', done(1)]]))).toBeUndefined();
	});
});
