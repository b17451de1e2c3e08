import type { AssessmentFile } from '../../schemas/assessment';
import type { AssessmentAnswers } from '../../lib/assessment/score';

/**
 * The answers checked in a rendered assessment form (radios named `q-<question id>`), typed as the
 * assessment stores them: a choice id, or a 0-4 rating where the question has no choices of its own.
 * Reads what a learner chose before the page's script took over the form.
 */
export function answersInForm(file: AssessmentFile, form: ParentNode): AssessmentAnswers {
	const answers: AssessmentAnswers = {};
	for (const group of file.groups)
		for (const q of group.questions) {
			const checked = form.querySelector<HTMLInputElement>(`input[name="q-${q.id}"]:checked`);
			if (!checked) continue;
			answers[q.id] = q.choices ? checked.value : Number(checked.value);
		}
	return answers;
}
