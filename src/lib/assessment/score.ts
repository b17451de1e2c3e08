import type { AssessmentFile } from '../../schemas/assessment';

type LevelScoring = Extract<AssessmentFile['scoring'], { type: 'level' }>;
type MaturityScoring = Extract<AssessmentFile['scoring'], { type: 'maturity' }>;
type Level = LevelScoring['levels'][number];
type Dimension = MaturityScoring['dimensions'][number];

/** Answers by question id: a choice id (risk check) or a 0-4 rating (readiness). */
export type AssessmentAnswers = Record<string, string | number | undefined>;

export function questionsOf(file: AssessmentFile) {
	return file.groups.flatMap((g) => g.questions.map((q) => ({ ...q, group: g.id })));
}

export function unanswered(file: AssessmentFile, answers: AssessmentAnswers): string[] {
	return questionsOf(file)
		.filter((q) => answers[q.id] === undefined)
		.map((q) => q.id);
}

export interface LevelResult {
	/** Impact points as a percentage of the maximum, before and after mitigation. */
	impact: number;
	adjusted: number;
	/** Mitigation points as a percentage of their maximum. */
	mitigation: number;
	mitigationApplied: boolean;
	level: Level;
	/** Every question answered: otherwise the result may understate the risk. */
	complete: boolean;
}

/**
 * The risk check's rule (also shown on its page): impact points as a percentage of the most an answer
 * could give; if mitigation reaches the threshold share of its maximum, that percentage is reduced
 * by the stated share of itself; the level is the highest whose `from` is at or below the result.
 * Unanswered questions add no points (the result says it is incomplete).
 */
export function scoreLevel(file: AssessmentFile, answers: AssessmentAnswers): LevelResult {
	const scoring = file.scoring as LevelScoring;
	let impact = 0;
	let impactMax = 0;
	let mitigation = 0;
	let mitigationMax = 0;
	for (const q of questionsOf(file)) {
		const choices = q.choices ?? [];
		const max = Math.max(...choices.map((c) => c.points));
		const got = choices.find((c) => c.id === answers[q.id])?.points ?? 0;
		if (q.group === scoring.mitigationGroup) {
			mitigation += got;
			mitigationMax += max;
		} else {
			impact += got;
			impactMax += max;
		}
	}
	const impactPct = impactMax ? (impact / impactMax) * 100 : 0;
	const mitigationPct = mitigationMax ? (mitigation / mitigationMax) * 100 : 0;
	const mitigationApplied = mitigationPct + 1e-9 >= scoring.mitigationThreshold;
	const adjusted = mitigationApplied ? impactPct * (1 - scoring.mitigationReduction / 100) : impactPct;
	const level = [...scoring.levels].reverse().find((l) => adjusted + 1e-9 >= l.from) ?? scoring.levels[0]!;
	return {
		impact: impactPct,
		adjusted,
		mitigation: mitigationPct,
		mitigationApplied,
		level,
		complete: unanswered(file, answers).length === 0,
	};
}

export interface DimensionResult {
	dimension: Dimension;
	/** Average of the answered indicators, 0 to 4; undefined if none is answered. */
	average: number | undefined;
	answered: number;
	total: number;
	band: 'low' | 'middle' | 'high' | undefined;
}

/**
 * The readiness rule (also shown on its page): each dimension's score is the average of its answered
 * indicators on the 0-4 scale; below 2 is low, 2 to below 3 middle, 3 or more high. Dimensions come
 * weakest first; unanswered ones last.
 */
export function scoreMaturity(file: AssessmentFile, answers: AssessmentAnswers): DimensionResult[] {
	const scoring = file.scoring as MaturityScoring;
	const questions = questionsOf(file);
	return scoring.dimensions
		.map((dimension) => {
			const mine = questions.filter((q) => q.dimension === dimension.id);
			const ratings = mine.map((q) => answers[q.id]).filter((a): a is number => typeof a === 'number');
			const average = ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : undefined;
			const band: DimensionResult['band'] =
				average === undefined ? undefined : average < 2 ? 'low' : average < 3 ? 'middle' : 'high';
			return { dimension, average, answered: ratings.length, total: mine.length, band };
		})
		.sort((a, b) => (a.average ?? Infinity) - (b.average ?? Infinity));
}
