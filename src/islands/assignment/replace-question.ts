import type { AssignmentPayload } from '../../schemas/assignment';
import { formatDue } from '../../lib/format';
import type { PageContext } from './context';
import { h } from './dom';

/**
 * Asked when a link or file carries a kept assignment's id with other content: keeping the kept one
 * comes first, so a stray or hostile link changes nothing unless the learner chooses it. Takes focus.
 */
export function replaceQuestion(
	kept: AssignmentPayload,
	incoming: AssignmentPayload,
	ctx: PageContext,
	onAnswer: (replace: boolean) => void,
): HTMLElement {
	const { t, lang } = ctx;
	const due = (a: AssignmentPayload) => (a.due ? formatDue(a.due, lang) : t('assignment.noDue'));
	const heading = h('h2', { id: 'replace-question', tabindex: -1 }, t('assignment.replaceHeading'));
	requestAnimationFrame(() => heading.focus());
	return h(
		'section',
		{ class: 'replace-question', 'aria-labelledby': 'replace-question' },
		heading,
		h(
			'p',
			{},
			t('assignment.replaceAsk', { kept: kept.title, keptDue: due(kept), title: incoming.title, due: due(incoming) }),
		),
		h(
			'p',
			{ class: 'actions' },
			h(
				'button',
				{ type: 'button', class: 'academy-button', onclick: () => onAnswer(false) },
				t('assignment.replaceKeep'),
			),
			h(
				'button',
				{ type: 'button', class: 'academy-button secondary', onclick: () => onAnswer(true) },
				t('assignment.replaceYes'),
			),
		),
	);
}
