import { useContext } from 'preact/hooks';
import { assignments } from '../../models/records';
import type { SiteCatalog } from '../../lib/catalog';
import { itemDone, isPastDue } from '../../lib/trainer/progress';
import { formatDue } from '../../lib/format';
import { liveItems } from '../assignment/live';
import { Locale } from '../locale-context';

/** Assignments received from trainers: items done, the due date, a link to open each. */
export function AssignmentList({ catalog, page }: { catalog: SiteCatalog; page: string }) {
	const { t, lang } = useContext(Locale);
	const received = assignments.value.filter((a) => a.role === 'received');
	if (received.length === 0) return <p>{t('my.assignmentsEmpty')}</p>;
	const number = new Intl.NumberFormat(lang);
	return (
		<ul class="results">
			{received.map(({ assignment }) => {
				const items = liveItems(assignment, catalog);
				const done = items.filter((i) => itemDone(i, assignment.passMark)).length;
				return (
					<li key={assignment.id}>
						<a href={`${page}#id=${assignment.id}`}>
							<bdi>{assignment.title}</bdi>
						</a>
						<span class="detail">
							{t('assignment.itemsDone', { done: number.format(done), total: number.format(items.length) })}
						</span>
						{assignment.due && (
							<span class={`detail${isPastDue(assignment.due, new Date()) && done < items.length ? ' overdue' : ''}`}>
								{t('assignment.due', { date: formatDue(assignment.due, lang) })}
							</span>
						)}
					</li>
				);
			})}
		</ul>
	);
}
