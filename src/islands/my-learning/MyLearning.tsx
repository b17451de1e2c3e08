import { useEffect, useState } from 'preact/hooks';
import type { IDBPDatabase } from 'idb';
import { counts, loadRecords, status } from '../../models/records';
import { makeT, type Strings } from '../../i18n/t';
import type { UiStringKey } from '../../schemas/ui-strings';
import { Locale } from './context';
import { CourseList, type CourseSummary } from './CourseList';
import { StorageSection } from './StorageSection';
import { BackupSection } from './BackupSection';
import { EraseSection } from './EraseSection';
import { AssessmentResults, QuizResults, type AssessmentSummary } from './ResultLists';
import { DownloadList } from './DownloadList';
import { DraftList, type TemplateSummary } from './DraftList';

interface Props {
	strings: Strings;
	lang: string;
	courses: CourseSummary[];
	assessments: AssessmentSummary[];
	/** The site's base path, for the offline manifests. */
	base: string;
	templates: TemplateSummary[];
}

/** The features whose records are listed here once they exist; until then an honest empty state. */
const sections: { store: string; heading: UiStringKey; empty: UiStringKey }[] = [
	{ store: 'assignments', heading: 'my.assignments', empty: 'my.assignmentsEmpty' },
];

/** "My learning": the learner's own records, storage, backup and restore, and erasing. */
export default function MyLearning({ strings, lang, courses, assessments, base, templates }: Props) {
	const t = makeT(strings);
	const [db, setDb] = useState<IDBPDatabase>();
	useEffect(() => {
		loadRecords().then(setDb);
	}, []);

	if (status.value === 'loading') return <p role="status">{t('my.loading')}</p>;
	if (status.value === 'unavailable' || !db) return <p role="alert">{t('my.unavailable')}</p>;
	return (
		<Locale.Provider value={{ t, lang }}>
			<section aria-labelledby="my-courses">
				<h2 id="my-courses">{t('my.courses')}</h2>
				<CourseList courses={courses} />
			</section>
			<section aria-labelledby="my-quizzes">
				<h2 id="my-quizzes">{t('my.quizzes')}</h2>
				<QuizResults courses={courses} />
			</section>
			<section aria-labelledby="my-assessments">
				<h2 id="my-assessments">{t('my.assessments')}</h2>
				<AssessmentResults list={assessments} />
			</section>
			{sections.map(({ store, heading, empty }) => (
				<section key={store} aria-labelledby={`my-${store}`}>
					<h2 id={`my-${store}`}>{t(heading)}</h2>
					{/* Each feature replaces its empty state with its own list when it ships. */}
					<p>{counts.value[store] ? null : t(empty)}</p>
				</section>
			))}
			<section aria-labelledby="my-drafts">
				<h2 id="my-drafts">{t('my.drafts')}</h2>
				<DraftList templates={templates} />
			</section>
			<section aria-labelledby="my-downloads">
				<h2 id="my-downloads">{t('my.downloads')}</h2>
				<DownloadList courses={courses} base={base} />
			</section>
			<StorageSection />
			<BackupSection db={db} />
			<EraseSection db={db} />
		</Locale.Provider>
	);
}
