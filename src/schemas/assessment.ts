import { z } from 'zod';
import { slug } from './quiz';

/**
 * A diagnostic self-assessment, `content/assessments/<locale>/<id>.yaml`. The scoring rule is data
 * here, shown to the learner on the page and applied by src/lib/assessment/score.ts. Ids never
 * change once published (saved answers refer to them); translations change text only.
 */
const text = z.string().trim().min(1).max(3000);
const link = z.object({
	text,
	href: z.string().regex(/^[a-z0-9/#-]+$/, 'A path inside the site, without the locale: courses/risk/.'),
});

const choice = z.object({ id: slug, text, points: z.number().min(0).max(100) });

export const assessmentQuestion = z.object({
	id: slug,
	text,
	hint: text.optional(),
	/** Risk check: choices with points. Readiness: omitted, answered on the 0-4 maturity scale. */
	choices: z.array(choice).min(2).max(6).optional(),
	/** Readiness: the dimension this indicator belongs to. */
	dimension: slug.optional(),
});

export const assessmentGroup = z.object({
	id: slug,
	title: text,
	intro: text.optional(),
	questions: z.array(assessmentQuestion).min(1),
});

/** Risk check: an impact score as a percentage of the maximum, lowered by good mitigation, gives a level. */
export const levelScoring = z.object({
	type: z.literal('level'),
	/** The group whose answers measure mitigation rather than impact. */
	mitigationGroup: slug,
	/** If mitigation reaches this share of its maximum (percent), the impact percentage is reduced. */
	mitigationThreshold: z.number().min(0).max(100),
	/** By this many percent of itself. */
	mitigationReduction: z.number().min(0).max(100),
	levels: z
		.array(
			z.object({
				id: slug,
				label: text,
				/** Lowest impact percentage of this level; the first level starts at 0. */
				from: z.number().min(0).max(100),
				summary: text,
				safeguards: z.array(text).min(1),
				/** How this level compares with the EU AI Act's risk tiers. */
				comparison: text,
				links: z.array(link).default([]),
			}),
		)
		.min(2),
});

/** Readiness: indicators on a 0-4 scale, averaged per dimension, weakest first, with advice. */
export const maturityScoring = z.object({
	type: z.literal('maturity'),
	/** Labels of the five points of the scale, 0 to 4. */
	scale: z.array(text).length(5),
	dimensions: z
		.array(
			z.object({
				id: slug,
				label: text,
				/** Advice when the dimension's average is below 2, from 2 to below 3, and 3 or more. */
				advice: z.object({ low: text, middle: text, high: text }),
				links: z.array(link).default([]),
			}),
		)
		.min(1),
});

export const assessmentFile = z
	.object({
		id: slug,
		title: text,
		description: text,
		/** "A learning aid, not a legal determination", in the assessment's own words. */
		notice: text,
		/** What the scoring rule is, in plain words, shown before the questions and with the result. */
		method: text,
		/** Where it comes from (the instruments it is inspired by). */
		sources: z.array(text).min(1),
		groups: z.array(assessmentGroup).min(1),
		scoring: z.discriminatedUnion('type', [levelScoring, maturityScoring]),
	})
	.superRefine((file, ctx) => {
		const questions = file.groups.flatMap((g) => g.questions);
		const ids = questions.map((q) => q.id);
		if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'Question ids must differ.' });
		if (file.scoring.type === 'level') {
			const { levels, mitigationGroup } = file.scoring;
			if (!file.groups.some((g) => g.id === mitigationGroup))
				ctx.addIssue({ code: 'custom', message: `No group "${mitigationGroup}".` });
			if (questions.some((q) => !q.choices))
				ctx.addIssue({ code: 'custom', message: 'Every risk-check question needs choices.' });
			if (levels[0]!.from !== 0 || levels.some((l, i) => i > 0 && l.from <= levels[i - 1]!.from))
				ctx.addIssue({ code: 'custom', message: 'Levels start at 0 and rise.' });
		} else {
			const dims = new Set(file.scoring.dimensions.map((d) => d.id));
			for (const q of questions) {
				if (q.choices || !q.dimension || !dims.has(q.dimension))
					ctx.addIssue({ code: 'custom', message: `Indicator "${q.id}" needs a known dimension and no choices.` });
			}
		}
	});

export type AssessmentFile = z.infer<typeof assessmentFile>;
