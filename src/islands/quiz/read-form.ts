import type { Answer, Question } from '../../schemas/quiz';

/**
 * The answers already given in the page's own form controls: a learner can answer before the quiz
 * code has arrived (a slow connection, or a lesson check not yet scrolled to), and those answers are
 * taken over, not wiped, when the form becomes interactive. Ids are `<formId>-<question>-<choice>`.
 */
export function readFormAnswers(formId: string, questions: readonly Question[]): Record<string, Answer> {
	const answers: Record<string, Answer> = {};
	if (typeof document === 'undefined') return answers;
	for (const q of questions) {
		const field = (id: string) => document.getElementById(`${formId}-${q.id}-${id}`);
		const checked = (id: string) => (field(id) as HTMLInputElement | null)?.checked === true;
		const value = (id: string) => (field(id) as HTMLSelectElement | null)?.value ?? '';
		switch (q.type) {
			case 'single': {
				const option = q.options.find((o) => checked(o.id));
				if (option) answers[q.id] = { type: 'single', option: option.id };
				break;
			}
			case 'multiple': {
				const options = q.options.filter((o) => checked(o.id)).map((o) => o.id);
				if (options.length) answers[q.id] = { type: 'multiple', options };
				break;
			}
			case 'true-false': {
				const v = [true, false].find((b) => checked(String(b)));
				if (v !== undefined) answers[q.id] = { type: 'true-false', value: v };
				break;
			}
			case 'ordering': {
				const order = q.items.map(() => '');
				for (const item of q.items) {
					const place = Number(value(item.id)) - 1;
					// Two items given one place before the swap logic ran: the first keeps it.
					if (place >= 0 && place < order.length && !order[place]) order[place] = item.id;
				}
				if (order.some(Boolean)) answers[q.id] = { type: 'ordering', order };
				break;
			}
			case 'matching': {
				const matches = Object.fromEntries(
					q.pairs.map((p): [string, string] => [p.id, value(p.id)]).filter(([, v]) => v),
				);
				if (Object.keys(matches).length) answers[q.id] = { type: 'matching', matches };
				break;
			}
		}
	}
	return answers;
}
