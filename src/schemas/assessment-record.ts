import { z } from 'zod';
import { slug } from './quiz';

/**
 * A self-assessment in progress or done, in the `assessments` store, one record per assessment
 * (src/islands/assessment/Assessment.tsx): answers as they are given, so the learner can resume and
 * change them, and a summary of the result once complete. Version 1 is the first.
 */
export const assessmentRecord = z.object({
	v: z.literal(1),
	/** The assessment id, e.g. `risk-check`. */
	id: slug,
	/** A choice id (risk check) or a 0-4 rating (readiness), by question id. */
	answers: z.record(slug, z.union([slug, z.number().int().min(0).max(4)])),
	/** The screen (question group) the learner was on. */
	step: z.number().int().min(0).max(50),
	startedAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	/** Set when every question is answered and the result was shown. */
	result: z
		.union([
			z.object({ type: z.literal('level'), level: slug, adjusted: z.number().min(0).max(100) }),
			z.object({ type: z.literal('maturity'), dimensions: z.record(slug, z.number().min(0).max(4)) }),
		])
		.optional(),
	completedAt: z.iso.datetime().optional(),
});

export type AssessmentRecord = z.infer<typeof assessmentRecord>;
