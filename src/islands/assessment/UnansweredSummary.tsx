import type { RefObject } from 'preact';
import type { AssessmentFile } from '../../schemas/assessment';
import type { AssessmentAnswers } from '../../lib/assessment/score';
import type { T } from '../../i18n/t';

interface Props {
	file: AssessmentFile;
	answers: AssessmentAnswers;
	t: T;
	lang: string;
	headingRef: RefObject<HTMLHeadingElement>;
	onStep: (index: number) => void;
	onResult: () => void;
}

/**
 * Before the result: the questions left unanswered, by step, with a way back to each step. A
 * result on partial answers stays possible (an official may lack a fact today), and is marked so.
 */
export function UnansweredSummary({ file, answers, t, lang, headingRef, onStep, onResult }: Props) {
	const steps = file.groups
		.map((g, index) => ({ group: g, index, missing: g.questions.filter((q) => answers[q.id] === undefined) }))
		.filter((s) => s.missing.length > 0);
	const count = steps.reduce((n, s) => n + s.missing.length, 0);
	const number = new Intl.NumberFormat(lang);
	return (
		<section class="assessment-missing" aria-labelledby="missing-heading">
			<h2 id="missing-heading" tabIndex={-1} ref={headingRef}>
				{t('assess.missingTitle')}
			</h2>
			<p>{t('assess.missingCount', { count: number.format(count) })}</p>
			<ul class="missing-steps">
				{steps.map(({ group, index, missing }) => (
					<li key={group.id}>
						<button type="button" class="academy-button secondary" onClick={() => onStep(index)}>
							{t('assess.goToStep', { n: number.format(index + 1), title: group.title })}
						</button>
						<ul>
							{missing.map((q) => (
								<li key={q.id}>{q.text}</li>
							))}
						</ul>
					</li>
				))}
			</ul>
			<div class="actions">
				<button type="button" class="academy-button secondary" onClick={onResult}>
					{t('assess.resultAnyway')}
				</button>
			</div>
		</section>
	);
}
