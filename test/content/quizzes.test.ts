import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizFile, type QuizFile, type Question } from '../../src/schemas/quiz';
import { locales } from '../../src/i18n/locales';
import { DOCS } from './helpers';

const DIR = 'content/quizzes';
const read = (locale: string, file: string): QuizFile => quizFile.parse(parse(readFileSync(`${DIR}/${locale}/${file}`, 'utf8')));
const english = existsSync(`${DIR}/en`) ? readdirSync(`${DIR}/en`).filter((f) => f.endsWith('.yaml')) : [];

/** What a translation must not change: ids, types and answer keys. */
function answerKey(q: Question) {
	const base = { id: q.id, type: q.type, lesson: q.lesson, check: q.check, scenario: q.scenario !== undefined };
	switch (q.type) {
		case 'single':
		case 'multiple':
			return { ...base, options: q.options.map((o) => [o.id, o.correct]) };
		case 'true-false':
			return { ...base, answer: q.answer };
		case 'ordering':
			return { ...base, items: q.items.map((i) => i.id) };
		case 'matching':
			return { ...base, pairs: q.pairs.map((p) => p.id) };
	}
}

describe.each(english)('quiz %s', (file) => {
	const quiz = read('en', file);
	const course = file.replace(/\.yaml$/, '');

	it('is valid and named after its course', () => {
		expect(quiz.course).toBe(course);
	});

	it('asks only about lessons that exist, and each check question belongs to its lesson', () => {
		for (const q of quiz.questions) expect(existsSync(`${DOCS}/en/courses/${course}/${q.lesson}.md`), `${q.id}: lesson ${q.lesson}`).toBe(true);
	});

	it('has a course quiz (questions not used as lesson checks) of at least 12, mixing types, with scenarios', () => {
		const final = quiz.questions.filter((q) => !q.check);
		expect(final.length).toBeGreaterThanOrEqual(12);
		expect(new Set(final.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
		expect(final.some((q) => q.scenario)).toBe(true);
		expect(new Set(final.map((q) => q.lesson)).size, 'drawn across the lessons').toBeGreaterThanOrEqual(3);
	});

	it('gives every lesson with a check block 2 or 3 check questions', () => {
		const lessons = readdirSync(`${DOCS}/en/courses/${course}`).filter((f) => f !== 'index.md' && f.endsWith('.md'));
		for (const lesson of lessons) {
			const body = readFileSync(`${DOCS}/en/courses/${course}/${lesson}`, 'utf8');
			const checks = quiz.questions.filter((q) => q.check && q.lesson === lesson.replace(/\.md$/, '')).length;
			if (/^::check$/m.test(body)) expect(checks, lesson).toBeGreaterThanOrEqual(2);
			expect(checks, lesson).toBeLessThanOrEqual(3);
		}
	});

	describe.each(locales.filter((l) => l.code !== 'en' && existsSync(`${DIR}/${l.code}/${file}`)))('in $label', ({ code }) => {
		it('keeps the ids, types and answer keys of English', () => {
			const translated = read(code, file);
			expect(translated.course).toBe(quiz.course);
			expect(translated.passMark).toBe(quiz.passMark);
			expect(translated.questions.map(answerKey)).toEqual(quiz.questions.map(answerKey));
		});
	});
});

it('has no quiz file in a locale that English lacks', () => {
	for (const l of locales) {
		if (!existsSync(`${DIR}/${l.code}`)) continue;
		for (const f of readdirSync(`${DIR}/${l.code}`)) expect(english, `${l.code}/${f}`).toContain(f);
	}
});
