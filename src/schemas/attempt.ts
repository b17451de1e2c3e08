import { z } from 'zod';
import { answer, slug } from './quiz';

/**
 * A finished course-quiz attempt, in the `attempts` store, written by the quiz page
 * (src/islands/quiz/CourseQuiz.tsx). Kept whole, answers included, so "My learning" and progress
 * reports can show per-question results. Version 1 is the first.
 */
export const attemptRecord = z.object({
	v: z.literal(1),
	id: z.string().max(100),
	/** The course whose quiz it is. */
	quiz: slug,
	finishedAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	percent: z.number().min(0).max(100),
	passMark: z.number().int().min(1).max(100),
	passed: z.boolean(),
	/** Points per question id, 0 to 1. */
	points: z.record(slug, z.number().min(0).max(1)),
	answers: z.record(slug, answer),
});

export type AttemptRecord = z.infer<typeof attemptRecord>;
