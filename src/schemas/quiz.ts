import { z } from 'zod';
import { ID_PATTERN } from './id-pattern';

/**
 * A course's questions, `content/quizzes/<locale>/<course>.yaml`: the course quiz and the lessons'
 * "Check your understanding" blocks. Question and option ids never change once published: attempts,
 * progress reports and statistics refer to them. A translation changes text only; a content test
 * checks that ids, types and answer keys match English.
 */
export const slug = z
	.string()
	.max(60)
	.regex(ID_PATTERN, 'Use lower-case letters, digits and hyphens (not “constructor”).');
const text = z.string().trim().min(1).max(3000);

const option = z.object({
	id: slug,
	text,
	correct: z.boolean().default(false),
	/** Shown when the learner picks this option (or, for a correct one, misses it). */
	feedback: text,
});

const common = {
	id: slug,
	/** The lesson (slug) that teaches it; its explanation links there. */
	lesson: slug,
	/** Asked in that lesson's "Check your understanding" block instead of the course quiz. */
	check: z.boolean().default(false),
	/** A short case the question is about: makes it a scenario question. */
	scenario: text.optional(),
	prompt: text,
	/** Why the answer is what it is; shown after checking. */
	explanation: text,
};

const distinct = (ids: string[]) => new Set(ids).size === ids.length;

export const singleQuestion = z
	.object({ ...common, type: z.literal('single'), options: z.array(option).min(2).max(6) })
	.refine(
		(q) => q.options.filter((o) => o.correct).length === 1,
		'A single-choice question has exactly one correct option.',
	)
	.refine((q) => distinct(q.options.map((o) => o.id)), 'Option ids must differ.');

export const multipleQuestion = z
	.object({ ...common, type: z.literal('multiple'), options: z.array(option).min(3).max(8) })
	.refine((q) => q.options.some((o) => o.correct), 'A multiple-select question has at least one correct option.')
	.refine((q) => distinct(q.options.map((o) => o.id)), 'Option ids must differ.');

export const trueFalseQuestion = z.object({
	...common,
	type: z.literal('true-false'),
	answer: z.boolean(),
	/** Feedback for answering "true" and for answering "false". */
	feedback: z.object({ true: text, false: text }),
});

export const orderingQuestion = z
	.object({
		...common,
		type: z.literal('ordering'),
		/** In the correct order; shown shuffled. */
		items: z
			.array(z.object({ id: slug, text }))
			.min(3)
			.max(6),
	})
	.refine((q) => distinct(q.items.map((i) => i.id)), 'Item ids must differ.');

export const matchingQuestion = z
	.object({
		...common,
		type: z.literal('matching'),
		/** Each prompt with its right match; the matches are offered shuffled. */
		pairs: z
			.array(z.object({ id: slug, prompt: text, match: text }))
			.min(3)
			.max(6),
	})
	.refine((q) => distinct(q.pairs.map((p) => p.id)), 'Pair ids must differ.');

export const question = z.union([
	singleQuestion,
	multipleQuestion,
	trueFalseQuestion,
	orderingQuestion,
	matchingQuestion,
]);

export const quizFile = z
	.object({
		/** The course id; also the file name. */
		course: slug,
		title: text,
		description: text.optional(),
		/** Percentage needed to pass the course quiz. */
		passMark: z.number().int().min(1).max(100).default(70),
		questions: z.array(question).min(1),
	})
	.refine((q) => distinct(q.questions.map((x) => x.id)), 'Question ids must differ.');

export type Question = z.infer<typeof question>;
export type QuizFile = z.infer<typeof quizFile>;
export type QuestionType = Question['type'];

/** A learner's answer to one question, by type (kept in attempts, and later in progress reports). */
export const answer = z.discriminatedUnion('type', [
	z.object({ type: z.literal('single'), option: slug }),
	z.object({ type: z.literal('multiple'), options: z.array(slug).max(8) }),
	z.object({ type: z.literal('true-false'), value: z.boolean() }),
	z.object({ type: z.literal('ordering'), order: z.array(slug).max(6) }),
	z.object({ type: z.literal('matching'), matches: z.record(slug, slug) }),
]);

export type Answer = z.infer<typeof answer>;
