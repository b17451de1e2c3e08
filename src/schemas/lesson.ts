import { z } from 'astro/zod';
import { courseIds } from './site';

export const levels = ['introductory', 'intermediate', 'advanced'] as const;

/**
 * Frontmatter that course pages and lessons add to Starlight's. `docsSchema({ extend })` applies it to
 * every page, so each field is optional here; a content test requires them on lessons and course pages.
 */
export const lessonFields = z.object({
	/** The course this page belongs to. */
	course: z.enum(courseIds).optional(),
	/** Position of a lesson in its course, from 1. */
	order: z.number().int().positive().optional(),
	/** Expected study time in minutes. */
	duration: z.number().int().positive().max(600).optional(),
	level: z.enum(levels).optional(),
	/** What the learner will be able to do afterwards: 2 to 4 for a lesson. */
	objectives: z.array(z.string().min(1)).optional(),
});

export type LessonFields = z.infer<typeof lessonFields>;
