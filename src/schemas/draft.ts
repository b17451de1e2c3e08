import { z } from 'zod';
import { slug } from './quiz';

/**
 * A filled-in policy template, in the `drafts` store (src/islands/template/TemplateForm.tsx), saved as
 * the learner types. A learner may keep several named drafts of one template. Values are keyed by
 * field id; a table's value is its rows, each keyed by column id.
 * Versions: 1 is the first. 2 adds when each answer and the name last changed, so that two tabs
 * editing one draft merge answer by answer (src/lib/templates/merge-draft.ts) instead of the later
 * save overwriting the other tab's answers. A version 1 record (stored, or in a backup) is upgraded on
 * read by `upgradeDraft` (src/lib/templates/upgrade-draft.ts): every time becomes its `updatedAt`.
 */
export const fieldValue = z.union([
	z.string().max(10_000),
	z.array(slug).max(12),
	z.array(z.record(slug, z.string().max(1000))).max(50),
]);

const draftFields = {
	id: z.string().max(120),
	template: slug,
	/** The learner's name for this draft, e.g. "Ministry of Health chatbot". */
	name: z.string().max(120),
	values: z.record(slug, fieldValue),
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
};

export const draftRecordV1 = z.object({ v: z.literal(1), ...draftFields });

export const draftRecord = z.object({
	v: z.literal(2),
	...draftFields,
	/** When each answer last changed, by field id. */
	changedAt: z.record(slug, z.iso.datetime()),
	/** When the name last changed. */
	nameChangedAt: z.iso.datetime(),
});

export type DraftRecord = z.infer<typeof draftRecord>;
export type DraftRecordV1 = z.infer<typeof draftRecordV1>;
export type FieldValue = z.infer<typeof fieldValue>;

/** The file a draft is exported to and imported from (another device, a colleague). */
export const TEMPLATE_FILE_FORMAT = 'ai-governance-academy-template';
export const TEMPLATE_FILE_VERSION = 1;
export const TEMPLATE_FILE_MAX_BYTES = 2 * 1024 * 1024;

export const templateExportHeader = z.object({
	format: z.literal(TEMPLATE_FILE_FORMAT),
	version: z.number().int().positive(),
	template: slug,
});

export const templateExport = templateExportHeader.extend({
	version: z.literal(TEMPLATE_FILE_VERSION),
	name: z.string().max(120),
	values: z.record(slug, fieldValue),
	exportedAt: z.iso.datetime(),
});

export type TemplateExport = z.infer<typeof templateExport>;
