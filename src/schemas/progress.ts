import { z } from 'zod';
import { LESSON_ID_PATTERN } from './id-pattern';
import { slug } from './quiz';

/**
 * A lesson's progress record, in the `progress` store, written by src/lib/progress.ts.
 * Keyed by `<course>/<lesson>`, the same in every language, so switching language keeps progress.
 * Versions: 1 is the first; a later version adds a migration in src/lib/storage/records.ts.
 */
export const lessonId = z
	.string()
	.max(200)
	.regex(LESSON_ID_PATTERN, 'A lesson id is <course>/<lesson>, in lower case.');

export const progressRecord = z.object({
	v: z.literal(1),
	id: lessonId,
	course: slug,
	/** First and latest visit, ISO 8601. */
	visitedAt: z.iso.datetime(),
	lastVisitedAt: z.iso.datetime(),
	/** Set when the learner reached the end or marked the lesson complete. */
	completedAt: z.iso.datetime().optional(),
	updatedAt: z.iso.datetime(),
});

export type ProgressRecord = z.infer<typeof progressRecord>;
