import { useEffect, useRef, useState } from 'preact/hooks';
import { formatPercent } from '../../lib/format';
import type { Answer } from '../../schemas/quiz';
import { isAnswered, scoreQuiz, type QuizScore } from '../../lib/quiz/score';
import { makeT, type Strings } from '../../i18n/t';
import { QuestionFields } from './QuestionFields';
import { ChoiceFeedback, CorrectAnswer } from './Feedback';
import { displayOrder } from './order';
import type { QuizData } from './types';

export interface QuizFormProps {
	data: QuizData;
	strings: Strings;
	lang: string;
	/** A lesson's "Check your understanding" (points only) or the course quiz (pass mark). */
	mode: 'check' | 'quiz';
	onFinished?: (score: QuizScore, answers: Record<string, Answer>) => void;
}

/**
 * A quiz as a real form. Rendered on the server with every answer behind "Show the answer", so it
 * reads without JavaScript; once hydrated it checks answers, gives feedback on each choice, scores,
 * and offers a retake with the choices in a new order.
 */
export function QuizForm({ data, strings, lang, mode, onFinished }: QuizFormProps) {
	const t = makeT(strings);
	const [enhanced, setEnhanced] = useState(false);
	const [round, setRound] = useState(0);
	const [answers, setAnswers] = useState<Record<string, Answer>>({});
	const [score, setScore] = useState<QuizScore | null>(null);
	const [missing, setMissing] = useState<string[]>([]);
	const summaryRef = useRef<HTMLDivElement>(null);
	const errorsRef = useRef<HTMLDivElement>(null);
	useEffect(() => setEnhanced(true), []);

	const { formId, questions } = data;
	const percent = (n: number) => formatPercent(n, lang);
	const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });

	function check(event: Event) {
		event.preventDefault();
		const notYet = questions.filter((q) => !isAnswered(q, answers[q.id])).map((q) => q.id);
		setMissing(notYet);
		if (notYet.length) return requestAnimationFrame(() => errorsRef.current?.focus());
		const result = scoreQuiz(questions, answers, data.passMark);
		setScore(result);
		onFinished?.(result, answers);
		requestAnimationFrame(() => summaryRef.current?.focus());
	}

	function retake() {
		setAnswers({});
		setScore(null);
		setRound((r) => r + 1);
		requestAnimationFrame(() =>
			document.getElementById(`${formId}-${questions[0]!.id}`)?.querySelector<HTMLElement>('input, select')?.focus(),
		);
	}

	return (
		<form
			class="quiz"
			id={formId}
			onSubmit={check}
			noValidate
			// Answers not checked yet: the update prompt waits (islands/offline/update-prompt.ts).
			data-unsaved={Object.keys(answers).length > 0 && !score ? '' : undefined}
		>
			{missing.length > 0 && (
				<div class="error-summary" role="alert" tabIndex={-1} ref={errorsRef}>
					<p class="error-title">{t('quiz.errorTitle')}</p>
					<ul>
						{missing.map((id) => (
							<li key={id}>
								<a href={`#${formId}-${id}`}>
									{t('quiz.errorItem', { n: questions.findIndex((q) => q.id === id) + 1 })}
								</a>
							</li>
						))}
					</ul>
				</div>
			)}
			{questions.map((q, i) => {
				const prefix = `${formId}-${q.id}`;
				const points = score?.points[q.id];
				const verdict =
					points === undefined ? undefined : points === 1 ? 'correct' : points > 0 ? 'partly' : 'incorrect';
				const lesson = data.lessons[q.lesson];
				const hint = { multiple: 'quiz.multipleHint', ordering: 'quiz.orderingHint', matching: 'quiz.matchingHint' }[
					q.type as string
				] as 'quiz.multipleHint' | 'quiz.orderingHint' | 'quiz.matchingHint' | undefined;
				const explanation = (
					<>
						<p>{q.explanation}</p>
						{lesson && (
							<p>
								<a href={lesson.href}>{t('quiz.readLesson', { lesson: lesson.title })}</a>
							</p>
						)}
					</>
				);
				return (
					<fieldset
						key={`${q.id}-${round}`}
						id={prefix}
						class="question"
						data-result={verdict}
						aria-describedby={q.scenario ? `${prefix}-scenario` : undefined}
					>
						<legend>
							<span class="question-number">{t('quiz.question', { n: i + 1 })}</span> {q.prompt}
						</legend>
						{q.scenario && (
							<p class="scenario" id={`${prefix}-scenario`}>
								<strong class="scenario-label">{t('quiz.scenario')}</strong>
								{q.scenario}
							</p>
						)}
						{hint && <p class="hint">{t(hint)}</p>}
						<QuestionFields
							q={q}
							prefix={prefix}
							order={displayOrder(q, round)}
							answer={answers[q.id]}
							onAnswer={(a) => setAnswers((all) => ({ ...all, [q.id]: a }))}
							locked={score !== null}
							t={t}
						/>
						{!enhanced && (
							<details class="reveal">
								<summary>{t('quiz.showAnswer')}</summary>
								<p>{t('quiz.answerIs')}</p>
								<CorrectAnswer q={q} t={t} />
								{explanation}
							</details>
						)}
						{verdict && (
							<div class="result">
								<p class="verdict">{t(`quiz.${verdict}`)}</p>
								<ChoiceFeedback q={q} answer={answers[q.id]} t={t} />
								{explanation}
							</div>
						)}
					</fieldset>
				);
			})}
			<div class="summary" role="status" tabIndex={-1} ref={summaryRef}>
				{score &&
					(mode === 'quiz' ? (
						<>
							<p class="score">{t('quiz.score', { score: percent(score.percent) })}</p>
							<p>{t(score.passed ? 'quiz.passed' : 'quiz.failed', { passMark: percent(data.passMark) })}</p>
						</>
					) : (
						<p class="score">
							{t('quiz.checkScore', { points: `${number.format(score.total)} / ${number.format(score.max)}` })}
						</p>
					))}
			</div>
			{enhanced && !score && (
				<button type="submit" class="academy-button">
					{t('quiz.check')}
				</button>
			)}
			{score && (
				<button type="button" class="academy-button secondary" onClick={retake}>
					{t('quiz.retake')}
				</button>
			)}
		</form>
	);
}
