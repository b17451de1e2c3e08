import { useContext, useEffect, useState } from 'preact/hooks';
import { downloads } from '../../models/records';
import { formatBytes } from '../../lib/format';
import { getLocale } from '../../i18n/locales';
import { Locale } from '../locale-context';
import type { CourseSummary } from './CourseList';

/**
 * Courses kept for offline use: language, size, date, and whether the site has a newer version
 * (checked when online). The storage section above gives the total the site uses.
 */
export function DownloadList({ courses, base }: { courses: CourseSummary[]; base: string }) {
	const { t, lang } = useContext(Locale);
	const kept = downloads.value.filter((d) => d.course);
	const [outdated, setOutdated] = useState<Set<string>>(new Set());
	useEffect(() => {
		if (!navigator.onLine) return;
		void Promise.all(
			kept.map((d) =>
				fetch(`${base}offline/${d.locale}/${d.course}.json`, { cache: 'no-cache' })
					.then((r) => (r.ok ? (r.json() as Promise<{ version?: unknown }>) : undefined))
					.then((m) => (m && m.version !== d.version ? d.id : undefined))
					.catch(() => undefined),
			),
		).then((ids) => setOutdated(new Set(ids.filter((id): id is string => !!id))));
	}, [kept.map((d) => d.id + d.version).join()]);

	if (kept.length === 0) return <p>{t('my.downloadsEmpty')}</p>;
	const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
	return (
		<ul class="results">
			{kept.map((d) => {
				const course = courses.find((c) => c.id === d.course);
				return (
					<li key={d.id}>
						<a href={`${base}${d.locale}/courses/${d.course}/`}>
							{t('my.downloadLine', {
								course: course?.title ?? d.course!,
								language: getLocale(d.locale)?.label ?? d.locale,
								size: formatBytes(d.bytes, lang),
								date: date(d.updatedAt),
							})}
						</a>
						{outdated.has(d.id) && <strong class="update-badge"> {t('my.updateAvailable')}</strong>}
					</li>
				);
			})}
		</ul>
	);
}
