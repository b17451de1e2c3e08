import { z } from 'zod';
import { assignmentPayload } from './assignment';
import { learnerId, reportPayload } from './report';

/**
 * An assignment on this device, in the `assignments` store: one a learner received (`received`, with
 * the learner's own id for reports, made on this device) or one a trainer made (`made`). Keyed by
 * `<role>/<assignment id>`, so a trainer can try their own assignment as a learner on the same device.
 * Version 1 is the first.
 */
export const assignmentRecord = z
	.object({
		v: z.literal(1),
		id: z.string().max(40),
		role: z.enum(['received', 'made']),
		assignment: assignmentPayload,
		/** For `received`: identifies this learner's reports, so a newer one replaces the older. */
		learnerId: learnerId.optional(),
		/** The name the learner last put on a report. */
		learnerName: z.string().max(80).optional(),
		savedAt: z.iso.datetime(),
		updatedAt: z.iso.datetime(),
	})
	.refine((r) => r.id === `${r.role}/${r.assignment.id}`, { message: 'The id does not match.', path: ['id'] })
	.refine((r) => r.role === 'made' || r.learnerId, {
		message: 'A received assignment needs the learner id.',
		path: ['learnerId'],
	});

export type AssignmentRecord = z.infer<typeof assignmentRecord>;

/**
 * A learner's report imported on the trainer's device, in the `cohorts` store, keyed by
 * `<assignment id>/<learner id>`: one per learner, the newest kept. Version 1 is the first.
 */
export const cohortRecord = z
	.object({
		v: z.literal(1),
		id: z.string().max(60),
		assignment: z.string().max(24),
		report: reportPayload,
		importedAt: z.iso.datetime(),
	})
	.refine(
		(r) => r.id === `${r.report.assignment.id}/${r.report.learner.id}` && r.assignment === r.report.assignment.id,
		{
			message: 'The id does not match the report.',
			path: ['id'],
		},
	);

export type CohortRecord = z.infer<typeof cohortRecord>;
