import { useContext } from 'preact/hooks';
import { progress } from '../../models/records';
import { Locale } from '../locale-context';

export interface CourseSummary {
	id: string;
	title: string;
	href: string;
	lessons: { id: string; title: string; href: string }[];
}

/** Each course with lessons completed, a bar, and a link to carry on where the learner stopped. */
export function CourseList({ courses }: { courses: CourseSummary[] }) {
	const { t, lang } = useContext(Locale);
	const number = new Intl.NumberFormat(lang);
	const completed = new Set(progress.value.filter((p) => p.completedAt).map((p) => p.id));
	return (
		<ul class="courses">
			{courses.map((course) => {
				const done = course.lessons.filter((l) => completed.has(l.id)).length;
				const next = course.lessons.find((l) => !completed.has(l.id));
				return (
					<li key={course.id}>
						<a href={course.href} class="course-title">
							{course.title}
						</a>
						<p class="count">
							{t('progress.lessonsCompleted')}{' '}
							<span dir="ltr">
								{number.format(done)} / {number.format(course.lessons.length)}
							</span>
							<progress max={course.lessons.length} value={done} aria-hidden="true" />
						</p>
						<p>
							{!next ? (
								t('my.courseDone')
							) : done === 0 ? (
								<a href={course.href}>{t('my.start')}</a>
							) : (
								<a href={next.href}>{t('my.continue', { lesson: next.title })}</a>
							)}
						</p>
					</li>
				);
			})}
		</ul>
	);
}
