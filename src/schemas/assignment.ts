import { z } from 'zod';
import { ITEM_ID_PATTERN } from './id-pattern';
import { ASSIGNMENT_VERSION } from './assignment-version';

export { ASSIGNMENT_VERSION };

/**
 * An assignment a trainer hands out as a link (in the URL fragment, never sent to a server), a QR code
 * or a file: what to study, by when, and the pass mark. Items are stable ids, so the payload stays
 * small enough for a QR code printed on paper. Versions: `v` 1 is the first; a newer one is refused
 * with a message (src/lib/exchange/assignment-codec.ts).
 * The page a learner opens checks the same rules without zod: src/lib/exchange/read-assignment.ts.
 */

export const assignmentItem = z
	.object({
		kind: z.enum(['course', 'lesson', 'quiz', 'assessment', 'template']),
		/** `<course>`, `<course>/<lesson>`, or an assessment or template id. */
		id: z.string().max(80).regex(ITEM_ID_PATTERN),
	})
	.strict();

export const assignmentPayload = z
	.object({
		v: z.literal(ASSIGNMENT_VERSION),
		id: z.string().regex(/^[A-Za-z0-9_-]{6,24}$/),
		title: z.string().trim().min(1).max(120),
		message: z.string().max(1000).default(''),
		items: z.array(assignmentItem).min(1).max(60),
		/** A calendar date, due at the end of that day in the learner's own time zone. */
		due: z
			.string()
			.regex(/^\d{4}-\d{2}-\d{2}$/)
			.refine((d) => {
				// A real calendar day: 2026-02-30 is refused, not rolled over to March.
				const day = new Date(`${d}T00:00:00Z`);
				return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(d);
			}, 'Not a date.')
			.optional(),
		passMark: z.number().int().min(1).max(100).default(70),
		/** The language the trainer made it in; it opens in the learner's own. */
		locale: z.string().max(10),
		createdAt: z.iso.datetime(),
	})
	.strict();

export type AssignmentPayload = z.infer<typeof assignmentPayload>;
