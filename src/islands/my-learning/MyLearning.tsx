import { useEffect, useState } from 'preact/hooks';
import type { AcademyDb } from '../../lib/storage/db';
import { loadRecords, status } from '../../models/records';
import { makeT, type Strings } from '../../i18n/t';
import { Locale } from '../locale-context';
import { CourseList } from './CourseList';
import { StorageSection } from './StorageSection';
import { BackupSection } from './BackupSection';
import { EraseSection } from './EraseSection';
import { AssessmentResults, QuizResults } from './ResultLists';
import { DownloadList } from './DownloadList';
import { DraftList } from './DraftList';
import { AssignmentList } from './AssignmentList';
import type { SiteCatalog } from '../../lib/catalog';

interface Props {
	strings: Strings;
	lang: string;
	catalog: SiteCatalog;
	/** The site's base path, for the offline manifests. */
	base: string;
	/** This language's assignment page. */
	assignmentPage: string;
}

/** "My learning": the learner's own records, storage, backup and restore, and erasing. */
export default function MyLearning({ strings, lang, catalog, base, assignmentPage }: Props) {
	const { courses, assessments, templates } = catalog;
	const t = makeT(strings);
	const [db, setDb] = useState<AcademyDb>();
	useEffect(() => {
		void loadRecords().then(setDb);
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
			<section aria-labelledby="my-assignments">
				<h2 id="my-assignments">{t('my.assignments')}</h2>
				<AssignmentList catalog={catalog} page={assignmentPage} />
			</section>
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
