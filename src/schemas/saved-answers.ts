import { z } from 'zod';
import { answer, slug } from './quiz';
import { SAVED_ANSWERS_ID_PATTERN } from './id-pattern';

/**
 * The answers of a quiz or lesson check not checked yet, in the `answers` store, written as the learner
 * answers (src/lib/quiz/saved-answers.ts) and removed once the answers are checked. A cheap phone
 * reloads a page after switching apps; this brings the answers back. Version 1 is the first.
 */
export const savedAnswersId = z
	.string()
	.max(200)
	.regex(SAVED_ANSWERS_ID_PATTERN, 'quiz/<course> for a course quiz, check/<course>/<lesson> for a lesson check.');

/** An answer as given so far: an ordering question may still have places without an item (''). */
const answerSoFar = z.union([
	answer,
	z.object({ type: z.literal('ordering'), order: z.array(z.union([slug, z.literal('')])).max(6) }),
]);

export const savedAnswersRecord = z.object({
	v: z.literal(1),
	id: savedAnswersId,
	/** Which shuffle the learner sees: 0 for the first view, another number after "Try again". */
	seed: z.number().int().min(0).max(0xffffffff),
	/** By question id, so a new order or another language keeps them. */
	answers: z.record(slug, answerSoFar),
	updatedAt: z.iso.datetime(),
});

export type SavedAnswersRecord = z.infer<typeof savedAnswersRecord>;
