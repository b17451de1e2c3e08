import { useEffect, useState } from 'preact/hooks';
import { formatPercent } from '../../lib/format';
import { attempts, loadRecords } from '../../models/records';
import { putRecords } from '../../lib/storage/records';
import { requestPersistence } from '../../lib/storage/persistence';
import { makeT, type Strings } from '../../i18n/t';
import type { AttemptRecord } from '../../schemas/attempt';
import { QuizForm } from './QuizForm';
import type { QuizData } from './types';

interface Props {
	course: string;
	data: QuizData;
	strings: Strings;
	lang: string;
}

/** The course quiz page: the form, each finished attempt saved on the device, and past attempts. */
export default function CourseQuiz({ course, data, strings, lang }: Props) {
	const t = makeT(strings);
	const [saveFailed, setSaveFailed] = useState(false);
	useEffect(() => void loadRecords(), []);
	const mine = attempts.value.filter((a) => a.quiz === course);
	const percent = (n: number) => formatPercent(n, lang);
	const date = (iso: string) =>
		new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

	return (
		<>
			<QuizForm
				data={data}
				strings={strings}
				lang={lang}
				mode="quiz"
				onFinished={async (score, answers) => {
					const now = new Date().toISOString();
					const record: AttemptRecord = {
						v: 1,
						id: `${course}:${now}`,
						quiz: course,
						finishedAt: now,
						updatedAt: now,
						percent: score.percent,
						passMark: data.passMark,
						passed: score.passed,
						points: score.points,
						answers,
					};
					const db = await loadRecords();
					try {
						if (!db) throw new Error('no storage');
						await putRecords(db, 'attempts', [record]);
						setSaveFailed(false);
						await requestPersistence(db);
					} catch (error) {
						console.warn('Attempt not saved:', error);
						setSaveFailed(true);
					}
				}}
			/>
			{saveFailed && <p role="alert">{t('quiz.saveFailed')}</p>}
			<section aria-labelledby="quiz-history" class="quiz-history">
				<h2 id="quiz-history">{t('quiz.history')}</h2>
				{mine.length === 0 ? (
					<p>{t('quiz.historyEmpty')}</p>
				) : (
					<table>
						<thead>
							<tr>
								<th scope="col">{t('quiz.date')}</th>
								<th scope="col">{t('quiz.scoreColumn')}</th>
								<th scope="col">{t('quiz.result')}</th>
							</tr>
						</thead>
						<tbody>
							{mine.map((a) => (
								<tr key={a.id}>
									<td>{date(a.finishedAt)}</td>
									<td>{percent(a.percent)}</td>
									<td>{t(a.passed ? 'quiz.passedShort' : 'quiz.failedShort')}</td>
								</tr>
							))}
						</tbody>
					</table>
				)}
			</section>
		</>
	);
}
