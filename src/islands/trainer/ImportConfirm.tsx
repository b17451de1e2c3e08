import { useContext, useEffect, useRef } from 'preact/hooks';
import type { ImportPlan } from '../../lib/trainer/import-report';
import { Locale } from '../locale-context';

/**
 * The step between reading reports and storing them: the trainer sees whose report goes to which
 * assignment, and what it replaces, and says yes or no. Nothing is stored before.
 */
export function ImportConfirm({ plan, onAnswer }: { plan: ImportPlan; onAnswer: (add: boolean) => void }) {
	const { t, lang } = useContext(Locale);
	const heading = useRef<HTMLHeadingElement>(null);
	useEffect(() => heading.current?.focus(), []);
	const date = (iso: string) =>
		new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
	return (
		<section class="import-confirm" aria-labelledby="import-confirm-heading">
			<h3 id="import-confirm-heading" tabIndex={-1} ref={heading}>
				{t('cohort.confirmHeading')}
			</h3>
			<ul>
				{plan.rows.map((row, i) => (
					<li key={i}>
						{row.replaces
							? t('cohort.confirmReplace', { name: row.name, assignment: row.assignment, date: date(row.replaces) })
							: t('cohort.confirmAdd', { name: row.name, assignment: row.assignment })}
					</li>
				))}
			</ul>
			<p class="actions">
				<button type="button" class="academy-button" onClick={() => onAnswer(true)}>
					{t('cohort.confirmYes')}
				</button>
				<button type="button" class="academy-button secondary" onClick={() => onAnswer(false)}>
					{t('cohort.confirmNo')}
				</button>
			</p>
		</section>
	);
}
