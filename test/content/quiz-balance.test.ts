import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizFile, type Question } from '../../src/schemas/quiz';
import { locales } from '../../src/i18n/locales';

/**
 * A learner who always picks the longest option should not pass: when the right answer is the
 * most carefully worded one question after question, length gives it away. Each language is
 * checked on its own, since a translation changes the lengths.
 */
const DIR = 'content/quizzes';
/** Share of a bank's questions where the right options may stand out by length alone. */
const MAX_SHARE = 0.4;

type Choice = Extract<Question, { type: 'single' | 'multiple' }>;
const length = (text: string) => text.trim().length;

/** The right option (every right option, in a multiple-select) is strictly longer than every other. */
function rightIsLongest(q: Choice): boolean {
	const right = q.options.filter((o) => o.correct).map((o) => length(o.text));
	const wrong = q.options.filter((o) => !o.correct).map((o) => length(o.text));
	return wrong.length > 0 && Math.min(...right) > Math.max(...wrong);
}

const banks = locales.flatMap(({ code, label }) =>
	existsSync(`${DIR}/${code}`)
		? readdirSync(`${DIR}/${code}`)
				.filter((f) => f.endsWith('.yaml'))
				.map((file) => ({ label, path: `${code}/${file}` }))
		: [],
);

describe.each(banks)('quiz $path ($label)', ({ path }) => {
	const questions = quizFile.parse(parse(readFileSync(`${DIR}/${path}`, 'utf8'))).questions;
	const ofType = (type: Choice['type']) => questions.filter((q): q is Choice => q.type === type);

	it('does not make the right option of single-choice questions the longest one in more than 40 % of them', () => {
		const singles = ofType('single');
		const giveaways = singles.filter(rightIsLongest).map((q) => q.id);
		expect(
			giveaways.length,
			`right option longest in ${giveaways.length} of ${singles.length}: ${giveaways.join(', ')}`,
		).toBeLessThanOrEqual(Math.floor(singles.length * MAX_SHARE));
	});

	it('does not make every right option of multiple-select questions longer than every wrong one in more than 40 % of them', () => {
		const multiples = ofType('multiple');
		const giveaways = multiples.filter(rightIsLongest).map((q) => q.id);
		expect(
			giveaways.length,
			`right options all longer in ${giveaways.length} of ${multiples.length}: ${giveaways.join(', ')}`,
		).toBeLessThanOrEqual(Math.floor(multiples.length * MAX_SHARE));
	});
});

it('finds question banks to check', () => {
	expect(banks.map((b) => b.path)).toContain('en/foundations.yaml');
});
