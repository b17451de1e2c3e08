import { z } from 'zod';
import { assignmentItem, assignmentPayload } from './assignment';
import { slug } from './quiz';

/**
 * A progress report, made on the learner's device for one assignment and sent to the trainer by any
 * means (file, pasted text code, QR code). It carries a SHA-256 checksum of its content to detect
 * corruption; it is not a signature. Question ids never change once published, so per-question results
 * stay comparable. Versions: `v` 1 is the first.
 */
export const REPORT_FORMAT = 'academy-progress-report';
export const REPORT_VERSION = 1;
export const learnerId = z.string().regex(/^[A-Za-z0-9_-]{6,24}$/);
const stamp = z.iso.datetime();

/** What the learner has done for one item of the assignment, in the assignment's order. */
export const reportItem = z.discriminatedUnion('kind', [
	z
		.object({
			kind: z.literal('course'),
			id: assignmentItem.shape.id,
			done: z.number().int().min(0).max(500),
			total: z.number().int().min(0).max(500),
			completedAt: stamp.optional(),
		})
		.strict(),
	z.object({ kind: z.literal('lesson'), id: assignmentItem.shape.id, completedAt: stamp.optional() }).strict(),
	z
		.object({
			kind: z.literal('quiz'),
			id: assignmentItem.shape.id,
			attempts: z.number().int().min(0).max(10_000),
			/** The best attempt: its score, and points (0 to 1) per question id. */
			best: z
				.object({
					percent: z.number().min(0).max(100),
					finishedAt: stamp,
					questions: z.record(slug, z.number().min(0).max(1)),
				})
				.strict()
				.optional(),
		})
		.strict(),
	z
		.object({
			kind: z.literal('assessment'),
			id: assignmentItem.shape.id,
			completedAt: stamp.optional(),
			/** A risk level id, or the average rating of a readiness assessment (0 to 4). */
			level: slug.optional(),
			average: z.number().min(0).max(4).optional(),
		})
		.strict(),
	z.object({ kind: z.literal('template'), id: assignmentItem.shape.id, draftedAt: stamp.optional() }).strict(),
]);

export const reportPayload = z
	.object({
		format: z.literal(REPORT_FORMAT),
		v: z.literal(REPORT_VERSION),
		/** The whole assignment, so the trainer's view works on any device. */
		assignment: assignmentPayload,
		learner: z.object({ id: learnerId, name: z.string().trim().min(1).max(80) }).strict(),
		createdAt: stamp,
		items: z.array(reportItem).max(60),
		/** SHA-256 of the canonical JSON of everything else (src/lib/trainer/report-codec.ts). */
		checksum: z.string().regex(/^[0-9a-f]{64}$/),
	})
	.strict()
	.refine(
		(r) =>
			r.items.length === r.assignment.items.length &&
			r.items.every((item, i) => item.kind === r.assignment.items[i]!.kind && item.id === r.assignment.items[i]!.id),
		{ message: 'The items do not match the assignment.', path: ['items'] },
	);

export type ReportPayload = z.infer<typeof reportPayload>;
export type ReportItem = z.infer<typeof reportItem>;
