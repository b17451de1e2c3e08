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

/**
 * Feedback on what the learner answered, worded for each type of question: their answer and the right
 * one, each option's own feedback, their order or matches against the right ones.
 */
export function AnswerFeedback({
	q,
	answer,
	t,
	num,
}: {
	q: Question;
	answer: Answer | undefined;
	t: T;
	num: (n: number) => string;
}) {
	switch (q.type) {
		case 'true-false': {
			const value = answer?.type === 'true-false' ? answer.value : undefined;
			if (value === undefined) return null;
			const label = (v: boolean) => t(v ? 'quiz.true' : 'quiz.false');
			return (
				<>
					<p>
						<strong>{t('quiz.yourAnswer', { answer: label(value) })}</strong> {q.feedback[value ? 'true' : 'false']}
					</p>
					{value !== q.answer && (
						<p>
							<strong>{t('quiz.rightAnswer', { answer: label(q.answer) })}</strong>
						</p>
					)}
				</>
			);
		}
		case 'single': {
			const chosen = answer?.type === 'single' ? answer.option : undefined;
			const right = q.options.find((o) => o.correct)!;
			const picked = q.options.find((o) => o.id === chosen);
			return (
				<ul class="feedback-list">
					{picked && (
						<li data-correct={picked.correct ? '' : undefined}>
							<strong>{t('quiz.yourAnswer', { answer: picked.text })}</strong> {picked.feedback}
						</li>
					)}
					{picked !== right && (
						<li data-correct="">
							<strong>{t('quiz.rightAnswer', { answer: right.text })}</strong> {right.feedback}
						</li>
					)}
				</ul>
			);
		}
		case 'multiple': {
			const chosen = answer?.type === 'multiple' ? answer.options : [];
			const label = (o: (typeof q.options)[number]) =>
				chosen.includes(o.id) ? (o.correct ? 'quiz.chosenRight' : 'quiz.chosenWrong') : 'quiz.missedRight';
			return (
				<ul class="feedback-list">
					{q.options
						.filter((o) => chosen.includes(o.id) || o.correct)
						.map((o) => (
							<li key={o.id} data-correct={o.correct ? '' : undefined}>
								<strong>{t(label(o), { option: o.text })}</strong> {o.feedback}
							</li>
						))}
				</ul>
			);
		}
		case 'ordering': {
			const order = answer?.type === 'ordering' ? answer.order : [];
			return (
				<>
					<p>{t('quiz.yourOrder')}</p>
					<ol>
						{order.map((id, i) => {
							const right = q.items.findIndex((item) => item.id === id);
							const text = q.items[right]?.text ?? '';
							return (
								<li key={id} data-correct={right === i ? '' : undefined}>
									{right === i
										? t('quiz.placeRight', { item: text })
										: t('quiz.placeWrong', { item: text, place: num(right + 1) })}
								</li>
							);
						})}
					</ol>
					<CorrectAnswer q={q} t={t} />
				</>
			);
		}
		case 'matching': {
			const matches = answer?.type === 'matching' ? answer.matches : {};
			const matchText = (id: string | undefined) => q.pairs.find((p) => p.id === id)?.match ?? '';
			return (
				<>
					<p>{t('quiz.yourMatches')}</p>
					<ul class="feedback-list">
						{q.pairs.map((p) => (
							<li key={p.id} data-correct={matches[p.id] === p.id ? '' : undefined}>
								{matches[p.id] === p.id
									? t('quiz.matchRight', { prompt: p.prompt, match: p.match })
									: t('quiz.matchWrong', { prompt: p.prompt, chosen: matchText(matches[p.id]), match: p.match })}
							</li>
						))}
					</ul>
				</>
			);
		}
	}
}
