import type { Answer, Question } from '../../schemas/quiz';
import type { T } from '../../i18n/t';

/**
 * The correct answer as text: revealed on request before checking (and without JavaScript), and
 * part of the feedback after checking.
 */
export function CorrectAnswer({ q, t }: { q: Question; t: T }) {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return (
				<ul>
					{q.options
						.filter((o) => o.correct)
						.map((o) => (
							<li key={o.id}>{o.text}</li>
						))}
				</ul>
			);
		case 'true-false':
			return <p>{t(q.answer ? 'quiz.true' : 'quiz.false')}</p>;
		case 'ordering':
			return (
				<>
					<p>{t('quiz.rightOrder')}</p>
					<ol>
						{q.items.map((i) => (
							<li key={i.id}>{i.text}</li>
						))}
					</ol>
				</>
			);
		case 'matching':
			return (
				<>
					<p>{t('quiz.rightMatches')}</p>
					<ul>
						{q.pairs.map((p) => (
							<li key={p.id}>
								{p.prompt} → {p.match}
							</li>
						))}
					</ul>
				</>
			);
	}
}

/** Feedback on what the learner chose: each chosen option's own feedback, and the correct ones missed. */
export function ChoiceFeedback({ q, answer, t }: { q: Question; answer: Answer | undefined; t: T }) {
	if (q.type === 'true-false') {
		const value = answer?.type === 'true-false' ? answer.value : undefined;
		if (value === undefined) return null;
		return <p>{q.feedback[value ? 'true' : 'false']}</p>;
	}
	if (q.type !== 'single' && q.type !== 'multiple') return <CorrectAnswer q={q} t={t} />;
	const chosen = answer?.type === 'multiple' ? answer.options : answer?.type === 'single' ? [answer.option] : [];
	return (
		<ul class="feedback-list">
			{q.options
				.filter((o) => chosen.includes(o.id) || o.correct)
				.map((o) => (
					<li key={o.id} data-correct={o.correct ? '' : undefined}>
						<strong>{t(chosen.includes(o.id) ? 'quiz.yourChoice' : 'quiz.missed', { option: o.text })}</strong>{' '}
						{o.feedback}
					</li>
				))}
		</ul>
	);
}
