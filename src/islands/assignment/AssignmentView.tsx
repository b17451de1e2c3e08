import { useContext } from 'preact/hooks';
import type { AssignmentPayload } from '../../schemas/assignment';
import type { SiteCatalog } from '../../lib/catalog';
import { itemDone, isPastDue } from '../../lib/trainer/progress';
import { formatDue, formatPercent } from '../../lib/format';
import { Locale } from '../locale-context';
import { describeItem, liveItems } from './live';
import { kindLabel, statusText } from './item-text';

/** What the assignment asks and by when, with the learner's progress on each item, live. */
export function AssignmentView({ assignment, catalog }: { assignment: AssignmentPayload; catalog: SiteCatalog }) {
	const { t, lang } = useContext(Locale);
	const items = liveItems(assignment, catalog);
	const done = items.filter((i) => itemDone(i, assignment.passMark)).length;
	const number = new Intl.NumberFormat(lang);
	const late = isPastDue(assignment.due, new Date()) && done < items.length;
	return (
		<section aria-labelledby="assignment-title" class="assignment">
			<h2 id="assignment-title">
				<bdi>{assignment.title}</bdi>
			</h2>
			{assignment.message && (
				<p class="assignment-message" dir="auto">
					{assignment.message}
				</p>
			)}
			<dl class="assignment-facts">
				{assignment.due && (
					<>
						<dt>{t('assignment.dueLabel')}</dt>
						<dd>
							{formatDue(assignment.due, lang)} <span class="hint">{t('assignment.dueNote')}</span>
							{late && <strong class="overdue"> {t('assignment.overdue')}</strong>}
						</dd>
					</>
				)}
				{items.some((i) => i.kind === 'quiz') && (
					<>
						<dt>{t('assignment.passMarkLabel')}</dt>
						<dd>{formatPercent(assignment.passMark, lang)}</dd>
					</>
				)}
				<dt>{t('assignment.progressLabel')}</dt>
				<dd>
					<progress max={items.length} value={done} aria-hidden="true" />{' '}
					{t('assignment.itemsDone', { done: number.format(done), total: number.format(items.length) })}
				</dd>
			</dl>
			<h3>{t('assignment.items')}</h3>
			<ol class="assignment-items">
				{items.map((item) => {
					const found = describeItem(item, catalog);
					const finished = itemDone(item, assignment.passMark);
					return (
						<li key={`${item.kind}:${item.id}`} class={finished ? 'done' : ''} data-item={`${item.kind}:${item.id}`}>
							<span class="kind">{t(kindLabel[item.kind])}</span>{' '}
							{found ? (
								<a href={found.href}>{found.title}</a>
							) : (
								<span>{t('assignment.unknownItem', { id: item.id })}</span>
							)}
							<span class="status">
								{finished && <span aria-hidden="true">✓ </span>}
								{statusText(t, lang, item, assignment.passMark, catalog)}
							</span>
						</li>
					);
				})}
			</ol>
		</section>
	);
}
