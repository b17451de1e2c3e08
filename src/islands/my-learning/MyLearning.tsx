import { useEffect, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { AcademyDb } from '../../lib/storage/db';
import { loadRecords, status } from '../../models/records';
import { records } from '../records-client';
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
import { SafeSection } from './SafeSection';
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

/**
 * "My learning": the learner's own records, storage, backup and restore, and erasing. Each part
 * renders on its own, and the tools need only the database, not the records: a record that breaks
 * one list must never take away the means to restore or delete.
 */
export default function MyLearning({ strings, lang, catalog, base, assignmentPage }: Props) {
	const { courses, assessments, templates } = catalog;
	const t = makeT(strings);
	const [db, setDb] = useState<AcademyDb | null>();
	const [listsFailed, setListsFailed] = useState(false);
	useEffect(() => {
		void records().then(setDb);
		void loadRecords().catch((error: unknown) => {
			console.warn('Records could not be read:', error);
			setListsFailed(true);
		});
	}, []);

	if (db === null || status.value === 'unavailable') return <p role="alert">{t('my.unavailable')}</p>;
	if (db === undefined) return <p role="status">{t('my.loading')}</p>;
	const failed = t('my.sectionFailed');
	const list = (id: string, title: string, children: ComponentChildren) => (
		<section aria-labelledby={id}>
			<h2 id={id}>{title}</h2>
			{listsFailed ? <p class="section-failed">{failed}</p> : <SafeSection failed={failed}>{children}</SafeSection>}
		</section>
	);
	return (
		<Locale.Provider value={{ t, lang }}>
			{status.value === 'loading' && !listsFailed ? (
				<p role="status">{t('my.loading')}</p>
			) : (
				<>
					{list('my-courses', t('my.courses'), <CourseList courses={courses} />)}
					{list('my-quizzes', t('my.quizzes'), <QuizResults courses={courses} />)}
					{list('my-assessments', t('my.assessments'), <AssessmentResults list={assessments} />)}
					{list('my-assignments', t('my.assignments'), <AssignmentList catalog={catalog} page={assignmentPage} />)}
					{list('my-drafts', t('my.drafts'), <DraftList templates={templates} />)}
					{list('my-downloads', t('my.downloads'), <DownloadList courses={courses} base={base} />)}
					<SafeSection failed={failed}>
						<StorageSection />
					</SafeSection>
				</>
			)}
			{/* The ways out: shown as soon as the database opens, whatever the records hold. */}
			<SafeSection failed={failed}>
				<BackupSection db={db} />
			</SafeSection>
			<SafeSection failed={failed}>
				<EraseSection db={db} />
			</SafeSection>
		</Locale.Provider>
	);
}
