import { useContext } from 'preact/hooks';
import { formatPercent } from '../../lib/format';
import { ownValue } from '../../lib/own-value';
import { assessments, attempts } from '../../models/records';
import { Locale } from '../locale-context';
import type { CourseSummary } from './CourseList';

export interface AssessmentSummary {
	id: string;
	title: string;
	href: string;
	/** Level labels by level id (risk check). */
	levels: Record<string, string>;
}

/** Each course quiz taken: best score and number of attempts, linking to the quiz. */
export function QuizResults({ courses }: { courses: CourseSummary[] }) {
	const { t, lang } = useContext(Locale);
	const percent = (n: number) => formatPercent(n, lang);
	const taken = courses.filter((c) => attempts.value.some((a) => a.quiz === c.id));
	if (taken.length === 0) return <p>{t('my.quizzesEmpty')}</p>;
	return (
		<ul class="results">
			{taken.map((c) => {
				const mine = attempts.value.filter((a) => a.quiz === c.id);
				const best = Math.max(...mine.map((a) => a.percent));
				return (
					<li key={c.id}>
						<a href={`${c.href}quiz/`}>
							{t('my.attemptLine', { quiz: c.title, score: percent(best), count: mine.length })}
						</a>
					</li>
				);
			})}
		</ul>
	);
}

/** Each self-assessment started: its result (level or date completed) or "in progress". */
export function AssessmentResults({ list }: { list: AssessmentSummary[] }) {
	const { t, lang } = useContext(Locale);
	const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
	const started = list.flatMap((meta) => {
		const record = assessments.value.find((a) => a.id === meta.id);
		return record ? [{ meta, record }] : [];
	});
	if (started.length === 0) return <p>{t('my.assessmentsEmpty')}</p>;
	return (
		<ul class="results">
			{started.map(({ meta, record }) => {
				const result = record.result;
				const text = !record.completedAt
					? t('my.assessmentInProgress', { title: meta.title })
					: t('my.assessmentLine', {
							title: meta.title,
							result:
								result?.type === 'level'
									? (ownValue(meta.levels, result.level) ?? result.level)
									: t('assess.completedOn', { date: date(record.completedAt) }),
						});
				return (
					<li key={meta.id}>
						<a href={meta.href}>{text}</a>
					</li>
				);
			})}
		</ul>
	);
}
