import { z } from 'zod';
import { slug } from './quiz';

/**
 * A policy template, `content/templates/<locale>/<id>.yaml`: sections of fields, each with guidance
 * and a short example answer. Field ids never change once published: saved drafts refer to them.
 * Translations change text only (a content test compares ids, types and limits with English).
 */
const text = z.string().trim().min(1).max(4000);
const option = z.object({ id: slug, label: text });

const base = {
	id: slug,
	label: text,
	/** How to fill it in, in plain words. */
	guidance: text,
	/** A short example answer (for a table: one example row, as text). */
	example: text,
	required: z.boolean().default(false),
};

export const textField = z.object({
	...base,
	type: z.literal('text'),
	maxLength: z.number().int().min(10).max(500).default(200),
});
export const longTextField = z.object({
	...base,
	type: z.literal('textarea'),
	maxLength: z.number().int().min(50).max(10000).default(2000),
});
export const choiceField = z.object({ ...base, type: z.literal('choice'), options: z.array(option).min(2).max(12) });
export const multiField = z.object({ ...base, type: z.literal('multi'), options: z.array(option).min(2).max(12) });
export const dateField = z.object({ ...base, type: z.literal('date') });
export const numberField = z.object({
	...base,
	type: z.literal('number'),
	min: z.number().optional(),
	max: z.number().optional(),
});

const column = z.discriminatedUnion('type', [
	z.object({
		id: slug,
		label: text,
		type: z.literal('text'),
		maxLength: z.number().int().min(10).max(1000).default(300),
	}),
	z.object({ id: slug, label: text, type: z.literal('choice'), options: z.array(option).min(2).max(12) }),
]);

/** Repeatable rows, such as a risk register: one row per item, with the columns given. */
export const tableField = z.object({
	...base,
	type: z.literal('table'),
	columns: z.array(column).min(2).max(6),
	maxRows: z.number().int().min(1).max(50).default(20),
});

export const templateField = z.discriminatedUnion('type', [
	textField,
	longTextField,
	choiceField,
	multiField,
	dateField,
	numberField,
	tableField,
]);

export const templateFile = z
	.object({
		id: slug,
		title: text,
		description: text,
		/** What the document is for and who fills it in. */
		intro: text,
		/** The instruments it follows or draws on, as document names. */
		follows: z.array(text).min(1),
		sections: z
			.array(z.object({ id: slug, title: text, intro: text.optional(), fields: z.array(templateField).min(1) }))
			.min(2),
	})
	.superRefine((t, ctx) => {
		const ids = t.sections.flatMap((s) => s.fields.map((f) => f.id));
		if (new Set(ids).size !== ids.length)
			ctx.addIssue({ code: 'custom', message: 'Field ids must differ across the template.' });
	});

export type TemplateFile = z.infer<typeof templateFile>;
export type TemplateField = z.infer<typeof templateField>;
