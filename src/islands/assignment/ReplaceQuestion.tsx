import { useContext, useEffect, useRef } from 'preact/hooks';
import type { AssignmentPayload } from '../../schemas/assignment';
import { formatDue } from '../../lib/format';
import { Locale } from '../locale-context';

/**
 * Asked when a link or file carries a kept assignment's id with other content: keeping the kept one
 * comes first, so a stray or hostile link changes nothing unless the learner chooses it.
 */
export function ReplaceQuestion({
	kept,
	incoming,
	onAnswer,
}: {
	kept: AssignmentPayload;
	incoming: AssignmentPayload;
	onAnswer: (replace: boolean) => void;
}) {
	const { t, lang } = useContext(Locale);
	const question = useRef<HTMLHeadingElement>(null);
	useEffect(() => question.current?.focus(), []);
	const due = (a: AssignmentPayload) => (a.due ? formatDue(a.due, lang) : t('assignment.noDue'));
	return (
		<section class="replace-question" aria-labelledby="replace-question">
			<h2 id="replace-question" tabIndex={-1} ref={question}>
				{t('assignment.replaceHeading')}
			</h2>
			<p>
				{t('assignment.replaceAsk', {
					kept: kept.title,
					keptDue: due(kept),
					title: incoming.title,
					due: due(incoming),
				})}
			</p>
			<p class="actions">
				<button type="button" class="academy-button" onClick={() => onAnswer(false)}>
					{t('assignment.replaceKeep')}
				</button>
				<button type="button" class="academy-button secondary" onClick={() => onAnswer(true)}>
					{t('assignment.replaceYes')}
				</button>
			</p>
		</section>
	);
}
