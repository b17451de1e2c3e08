import { useEffect, useRef, useState } from 'preact/hooks';
import { formatPercent } from '../../lib/format';
import type { Answer } from '../../schemas/quiz';
import { isAnswered, scoreQuiz, type QuizScore } from '../../lib/quiz/score';
import { displayOrder, FIRST_VIEW } from '../../lib/quiz/display-order';
import { makeT, plural, type Strings } from '../../i18n/t';
import { QuestionFields } from './QuestionFields';
import { AnswerFeedback, CorrectAnswer } from './Feedback';
import { ResultSummary } from './ResultSummary';
import { readFormAnswers } from './read-form';
import { forgetAnswers, keepAnswers, restoreAnswers } from './answers-client';
import type { QuizData } from './types';

export interface QuizFormProps {
	data: QuizData;
	strings: Strings;
	lang: string;
	/** A lesson's "Check your understanding" (points only) or the course quiz (pass mark). */
	mode: 'check' | 'quiz';
	onFinished?: (score: QuizScore, answers: Record<string, Answer>) => void;
}

/** A new shuffle for a retake; 0 is the first view's. */
const newSeed = () => 1 + Math.floor(Math.random() * 0xfffffffe);

/**
 * A quiz as a real form. Rendered on the server with every answer behind "Show the answer", so it
 * reads without JavaScript; once hydrated it keeps the answers on the device as they are given,
 * checks them, gives feedback on each, scores, and offers a retake with the choices in a new order.
 */
export function QuizForm({ data, strings, lang, mode, onFinished }: QuizFormProps) {
	const t = makeT(strings);
	const { formId, questions, saveId } = data;
	const [enhanced, setEnhanced] = useState(false);
	const [seed, setSeed] = useState(FIRST_VIEW);
	// Answers given before this code arrived are in the page's controls: start from them.
	const [answers, setAnswers] = useState<Record<string, Answer>>(() => readFormAnswers(formId, questions));
	const [restored, setRestored] = useState(false);
	const [score, setScore] = useState<QuizScore | null>(null);
	const [missing, setMissing] = useState<string[]>([]);
	const [announcement, setAnnouncement] = useState('');
	const summaryRef = useRef<HTMLDivElement>(null);
	const errorsRef = useRef<HTMLDivElement>(null);
	/** Whether the device holds answers for this form, so an empty form removes them only then. */
	const stored = useRef(false);

	useEffect(() => {
		setEnhanced(true);
		if (!saveId) return setRestored(true);
		let live = true;
		void restoreAnswers(saveId).then((saved) => {
			if (!live) return;
			if (saved) {
				stored.current = true;
				setSeed(saved.seed);
				// What the learner did in this page wins over what was saved before.
				setAnswers((now) => ({ ...saved.answers, ...now }));
			}
			setRestored(true);
		});
		return () => void (live = false);
	}, []);

	useEffect(() => {
		if (!restored || score || !saveId) return;
		if (seed !== FIRST_VIEW || Object.keys(answers).length > 0) {
			stored.current = true;
			void keepAnswers(saveId, seed, answers);
		} else if (stored.current) {
			stored.current = false;
			void forgetAnswers(saveId);
		}
	}, [answers, seed, restored, score]);

	const percent = (n: number) => formatPercent(n, lang);
	const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
	const num = (n: number) => numbers.format(n);
	const answeredCount = questions.filter((q) => isAnswered(q, answers[q.id])).length;

	function check(event: Event) {
		event.preventDefault();
		const notYet = questions.filter((q) => !isAnswered(q, answers[q.id])).map((q) => q.id);
		setMissing(notYet);
		if (notYet.length) return requestAnimationFrame(() => errorsRef.current?.focus());
		const result = scoreQuiz(questions, answers, data.passMark);
		setScore(result);
		onFinished?.(result, answers);
		if (saveId) void forgetAnswers(saveId);
		stored.current = false;
		requestAnimationFrame(() => summaryRef.current?.focus());
	}

	function retake() {
		setAnswers({});
		setScore(null);
		setSeed(newSeed());
		setAnnouncement('');
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
									{t('quiz.errorItem', { n: num(questions.findIndex((q) => q.id === id) + 1) })}
								</a>
							</li>
						))}
					</ul>
				</div>
			)}
			<ResultSummary data={data} score={score} mode={mode} t={t} num={num} percent={percent} summaryRef={summaryRef} />
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
						key={`${q.id}-${seed}`}
						id={prefix}
						class="question"
						data-result={verdict}
						aria-describedby={q.scenario ? `${prefix}-scenario` : undefined}
					>
						<legend>
							<span class="question-number">
								{t('quiz.questionOf', { n: num(i + 1), total: num(questions.length) })}
							</span>{' '}
							{q.prompt}
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
							order={displayOrder(q, seed)}
							answer={answers[q.id]}
							onAnswer={(a) => setAnswers((all) => ({ ...all, [q.id]: a }))}
							locked={score !== null}
							t={t}
							num={num}
							announce={setAnnouncement}
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
								<AnswerFeedback q={q} answer={answers[q.id]} t={t} num={num} />
								{explanation}
							</div>
						)}
					</fieldset>
				);
			})}
			<p class="sr-only" aria-live="polite">
				{announcement}
			</p>
			{enhanced && !score && (
				<div class="quiz-progress">
					<p class="answered">
						{plural(strings, lang, 'quiz.answered', answeredCount).replace('{{total}}', num(questions.length))}
					</p>
					<button type="submit" class="academy-button">
						{t('quiz.check')}
					</button>
				</div>
			)}
			{score && (
				<button type="button" class="academy-button secondary" onClick={retake}>
					{t('quiz.retake')}
				</button>
			)}
		</form>
	);
}
