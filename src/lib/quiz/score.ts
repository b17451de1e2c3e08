import type { Answer, Question } from '../../schemas/quiz';

/**
 * Scoring, one point per question. Partial credit, as the quiz page explains to the learner:
 * - multiple select: (correct options chosen - wrong options chosen) / correct options, never below 0;
 * - ordering: the share of items in their right place;
 * - matching: the share of prompts given their right match;
 * - single choice and true/false: all or nothing.
 */
export function scoreQuestion(question: Question, answer: Answer | undefined): number {
	if (!answer || answer.type !== question.type) return 0;
	switch (question.type) {
		case 'single':
			return question.options.find((o) => o.id === (answer as { option: string }).option)?.correct ? 1 : 0;
		case 'true-false':
			return (answer as { value: boolean }).value === question.answer ? 1 : 0;
		case 'multiple': {
			const chosen = new Set((answer as { options: string[] }).options);
			const correct = question.options.filter((o) => o.correct);
			const hits = correct.filter((o) => chosen.has(o.id)).length;
			const wrong = question.options.filter((o) => !o.correct && chosen.has(o.id)).length;
			return Math.max(0, (hits - wrong) / correct.length);
		}
		case 'ordering': {
			const order = (answer as { order: string[] }).order;
			return question.items.filter((item, i) => order[i] === item.id).length / question.items.length;
		}
		case 'matching': {
			const matches = (answer as { matches: Record<string, string> }).matches;
			return question.pairs.filter((p) => matches[p.id] === p.id).length / question.pairs.length;
		}
	}
}

export interface QuizScore {
	/** Points per question id, 0 to 1. */
	points: Record<string, number>;
	total: number;
	max: number;
	/** 0 to 100, unrounded. */
	percent: number;
	passed: boolean;
}

export function scoreQuiz(
	questions: Question[],
	answers: Record<string, Answer | undefined>,
	passMark: number,
): QuizScore {
	const points = Object.fromEntries(questions.map((q) => [q.id, scoreQuestion(q, answers[q.id])]));
	const total = Object.values(points).reduce((a, b) => a + b, 0);
	const max = questions.length;
	const percent = max === 0 ? 0 : (total / max) * 100;
	// A tiny tolerance: 7 of 10 is 70 % even where floating point says 69.99999.
	return { points, total, max, percent, passed: percent + 1e-9 >= passMark };
}

/** Whether the learner has answered a question fully enough to check it. */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
	if (!answer || answer.type !== question.type) return false;
	switch (answer.type) {
		case 'single':
			return !!answer.option;
		case 'multiple':
			return answer.options.length > 0;
		case 'true-false':
			return true;
		case 'ordering':
			return new Set(answer.order.filter(Boolean)).size === (question as { items: unknown[] }).items.length;
		case 'matching':
			return Object.values(answer.matches).filter(Boolean).length === (question as { pairs: unknown[] }).pairs.length;
	}
}
