import { describe, expect, it } from 'vitest';
import { isAnswered, scoreQuestion, scoreQuiz } from '../../src/lib/quiz/score';
import { shuffle } from '../../src/lib/quiz/shuffle';
import { displayOrder } from '../../src/lib/quiz/display-order';
import { question } from '../../src/schemas/quiz';

const common = { lesson: 'l', prompt: 'P', explanation: 'E' };
const opt = (id: string, correct = false) => ({ id, text: id, correct, feedback: 'f' });
const q = (x: unknown) => question.parse(x);

const single = q({ ...common, id: 's', type: 'single', options: [opt('a', true), opt('b'), opt('c')] });
const multiple = q({
	...common,
	id: 'm',
	type: 'multiple',
	options: [opt('a', true), opt('b', true), opt('c'), opt('d')],
});
const tf = q({ ...common, id: 't', type: 'true-false', answer: false, feedback: { true: 'no', false: 'yes' } });
const ordering = q({
	...common,
	id: 'o',
	type: 'ordering',
	items: ['w', 'x', 'y', 'z'].map((id) => ({ id, text: id })),
});
const matching = q({
	...common,
	id: 'x',
	type: 'matching',
	pairs: ['p', 'q', 'r'].map((id) => ({ id, prompt: id, match: id.toUpperCase() })),
});

describe('scoring a question', () => {
	it('single choice and true/false: all or nothing', () => {
		expect(scoreQuestion(single, { type: 'single', option: 'a' })).toBe(1);
		expect(scoreQuestion(single, { type: 'single', option: 'b' })).toBe(0);
		expect(scoreQuestion(single, { type: 'single', option: 'nope' })).toBe(0);
		expect(scoreQuestion(tf, { type: 'true-false', value: false })).toBe(1);
		expect(scoreQuestion(tf, { type: 'true-false', value: true })).toBe(0);
	});

	it('multiple select: correct picks minus wrong picks over the correct options, never below zero', () => {
		const m = (options: string[]) => scoreQuestion(multiple, { type: 'multiple', options });
		expect(m(['a', 'b'])).toBe(1);
		expect(m(['a'])).toBe(0.5);
		expect(m(['a', 'b', 'c'])).toBe(0.5);
		expect(m(['a', 'c'])).toBe(0);
		expect(m(['c', 'd'])).toBe(0);
		expect(m(['a', 'b', 'c', 'd'])).toBe(0);
		expect(m([])).toBe(0);
	});

	it('ordering: the share of items in their right place', () => {
		const o = (order: string[]) => scoreQuestion(ordering, { type: 'ordering', order });
		expect(o(['w', 'x', 'y', 'z'])).toBe(1);
		expect(o(['w', 'x', 'z', 'y'])).toBe(0.5);
		expect(o(['x', 'w', 'z', 'y'])).toBe(0);
		expect(o(['z', 'y', 'x', 'w'])).toBe(0);
		expect(o(['w'])).toBe(0.25);
	});

	it('matching: the share of prompts with their right match', () => {
		const x = (matches: Record<string, string>) => scoreQuestion(matching, { type: 'matching', matches });
		expect(x({ p: 'p', q: 'q', r: 'r' })).toBe(1);
		expect(x({ p: 'q', q: 'p', r: 'r' })).toBeCloseTo(1 / 3);
		expect(x({})).toBe(0);
	});

	it('gives nothing for no answer or an answer of another type', () => {
		expect(scoreQuestion(single, undefined)).toBe(0);
		expect(scoreQuestion(single, { type: 'true-false', value: true })).toBe(0);
	});
});

describe('scoring a quiz against its pass mark', () => {
	const ten = Array.from({ length: 10 }, (_, i) => ({ ...single, id: `q${i}` }));
	const answers = (right: number) =>
		Object.fromEntries(ten.map((x, i) => [x.id, { type: 'single' as const, option: i < right ? 'a' : 'b' }]));

	it('passes at exactly the pass mark and fails just below it', () => {
		expect(scoreQuiz(ten, answers(7), 70)).toMatchObject({ total: 7, max: 10, passed: true });
		expect(scoreQuiz(ten, answers(6), 70)).toMatchObject({ total: 6, passed: false });
		expect(scoreQuiz(ten, answers(10), 100).passed).toBe(true);
		expect(scoreQuiz(ten, answers(0), 1).passed).toBe(false);
	});

	it('adds partial credit and counts unanswered questions as zero', () => {
		const score = scoreQuiz(
			[multiple, ordering, single],
			{ m: { type: 'multiple', options: ['a'] }, o: { type: 'ordering', order: ['w', 'x', 'z', 'y'] } },
			70,
		);
		expect(score.points).toEqual({ m: 0.5, o: 0.5, s: 0 });
		expect(score.percent).toBeCloseTo(100 / 3);
		expect(score.passed).toBe(false);
	});

	it('an empty quiz scores 0 and does not pass', () => {
		expect(scoreQuiz([], {}, 70)).toMatchObject({ percent: 0, passed: false });
	});
});

describe('an answer is complete enough to check', () => {
	it('when every item has a distinct place and every prompt a match', () => {
		expect(isAnswered(ordering, { type: 'ordering', order: ['w', 'x', 'y', 'z'] })).toBe(true);
		expect(isAnswered(ordering, { type: 'ordering', order: ['w', 'w', 'y', 'z'] })).toBe(false);
		expect(isAnswered(matching, { type: 'matching', matches: { p: 'p', q: 'q' } })).toBe(false);
		expect(isAnswered(multiple, { type: 'multiple', options: [] })).toBe(false);
		expect(isAnswered(tf, { type: 'true-false', value: false })).toBe(true);
	});
});

describe('shuffle', () => {
	it('keeps every item, is stable for a seed and differs between seeds', () => {
		const items = ['a', 'b', 'c', 'd', 'e', 'f'];
		expect(shuffle(items, 1).sort()).toEqual(items);
		expect(shuffle(items, 42)).toEqual(shuffle(items, 42));
		expect(new Set([1, 2, 3, 4, 5].map((s) => shuffle(items, s).join(''))).size).toBeGreaterThan(1);
		expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
	});
});

describe('scores and statistics ignore the order choices are shown in', () => {
	it('scores answers by id, so a shuffle changes what is shown but never what is stored or counted', () => {
		for (const seed of [0, 1, 99, 123456789]) {
			// The first option shown is a wrong one; the right option scores by its id wherever it is shown.
			const shown = displayOrder(single, seed);
			expect(scoreQuestion(single, { type: 'single', option: shown[0]! })).toBe(0);
			expect(scoreQuestion(single, { type: 'single', option: 'a' })).toBe(1);
			expect(displayOrder(matching, seed)).not.toEqual(['p', 'q', 'r']);
			expect(scoreQuestion(matching, { type: 'matching', matches: { p: 'p', q: 'q', r: 'r' } })).toBe(1);
		}
	});
});
