import type { Ref } from 'preact';
import type { QuizScore } from '../../lib/quiz/score';
import type { T } from '../../i18n/t';
import type { QuizData } from './types';

interface Props {
	data: QuizData;
	score: QuizScore | null;
	mode: 'check' | 'quiz';
	t: T;
	num: (n: number) => string;
	percent: (n: number) => string;
	summaryRef: Ref<HTMLDivElement>;
}

/**
 * The result, at the top of the form: the score, and a link to each question not fully right. Focus
 * moves here after checking, so a learner at the end of a long quiz does not have to scroll back.
 */
export function ResultSummary({ data, score, mode, t, num, percent, summaryRef }: Props) {
	const review = score
		? data.questions.filter((q) => !Object.hasOwn(score.points, q.id) || score.points[q.id]! < 1)
		: [];
	return (
		<div class="summary" role="status" tabIndex={-1} ref={summaryRef}>
			{score && (
				<>
					{mode === 'quiz' ? (
						<>
							<p class="score">{t('quiz.score', { score: percent(score.percent) })}</p>
							<p>{t(score.passed ? 'quiz.passed' : 'quiz.failed', { passMark: percent(data.passMark) })}</p>
						</>
					) : (
						<p class="score">{t('quiz.checkScore', { points: `${num(score.total)} / ${num(score.max)}` })}</p>
					)}
					{review.length > 0 && (
						<>
							<p>{t('quiz.review')}</p>
							<ul class="review-links">
								{review.map((q) => (
									<li key={q.id}>
										<a href={`#${data.formId}-${q.id}`}>
											{t('quiz.reviewItem', {
												n: num(data.questions.indexOf(q) + 1),
												result: t(score.points[q.id]! > 0 ? 'quiz.partly' : 'quiz.incorrect'),
											})}
										</a>
									</li>
								))}
							</ul>
						</>
					)}
				</>
			)}
		</div>
	);
}
