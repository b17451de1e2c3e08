import type { AssessmentFile } from '../../schemas/assessment';
import type { AssessmentAnswers } from '../../lib/assessment/score';

type Group = AssessmentFile['groups'][number];

interface Props {
	group: Group;
	/** Labels of the 0-4 scale (readiness); risk-check questions carry their own choices. */
	scale: string[] | undefined;
	answers: AssessmentAnswers;
	onAnswer: (question: string, value: string | number) => void;
}

/** One group's questions as radio fieldsets, each with its hint. */
export function GroupFields({ group, scale, answers, onAnswer }: Props) {
	return (
		<>
			{group.intro && <p>{group.intro}</p>}
			{group.questions.map((q) => {
				const options = q.choices
					? q.choices.map((c) => ({ value: c.id, text: c.text }))
					: (scale ?? []).map((text, i) => ({ value: i, text: `${i}: ${text}` }));
				const hintId = q.hint ? `hint-${q.id}` : undefined;
				return (
					<fieldset key={q.id} id={`q-${q.id}`} class="assessment-question" aria-describedby={hintId}>
						<legend>{q.text}</legend>
						{q.hint && (
							<p class="hint" id={hintId}>
								{q.hint}
							</p>
						)}
						<ul class="choices">
							{options.map((o) => {
								const id = `q-${q.id}-${o.value}`;
								return (
									<li key={String(o.value)}>
										<input
											type="radio"
											id={id}
											name={`q-${q.id}`}
											value={String(o.value)}
											checked={answers[q.id] === o.value}
											onChange={() => onAnswer(q.id, o.value)}
										/>
										<label for={id}>{o.text}</label>
									</li>
								);
							})}
						</ul>
					</fieldset>
				);
			})}
		</>
	);
}
