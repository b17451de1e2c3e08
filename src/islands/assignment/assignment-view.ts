import type { AssignmentPayload } from '../../schemas/assignment';
import type { ReportItem } from '../../schemas/report';
import { itemDone, isPastDue } from '../../lib/trainer/progress';
import { formatDue, formatPercent } from '../../lib/format';
import { describeItem } from './describe-item';
import { kindLabel, statusText } from './item-text';
import type { PageContext } from './context';
import { h } from './dom';

/** What the assignment asks and by when, with the learner's progress on each item. */
export function assignmentView(assignment: AssignmentPayload, items: ReportItem[], ctx: PageContext): HTMLElement {
	const { t, lang, catalog } = ctx;
	const done = items.filter((i) => itemDone(i, assignment.passMark)).length;
	const number = new Intl.NumberFormat(lang);
	const late = isPastDue(assignment.due, new Date()) && done < items.length;
	return h(
		'section',
		{ 'aria-labelledby': 'assignment-title', class: 'assignment' },
		h('h2', { id: 'assignment-title' }, h('bdi', {}, assignment.title)),
		assignment.message && h('p', { class: 'assignment-message', dir: 'auto' }, assignment.message),
		h(
			'dl',
			{ class: 'assignment-facts' },
			assignment.due && [
				h('dt', {}, t('assignment.dueLabel')),
				h(
					'dd',
					{},
					formatDue(assignment.due, lang),
					' ',
					h('span', { class: 'hint' }, t('assignment.dueNote')),
					late && h('strong', { class: 'overdue' }, ` ${t('assignment.overdue')}`),
				),
			],
			items.some((i) => i.kind === 'quiz') && [
				h('dt', {}, t('assignment.passMarkLabel')),
				h('dd', {}, formatPercent(assignment.passMark, lang)),
			],
			h('dt', {}, t('assignment.progressLabel')),
			h(
				'dd',
				{},
				h('progress', { max: items.length, value: done, 'aria-hidden': 'true' }),
				' ',
				t('assignment.itemsDone', { done: number.format(done), total: number.format(items.length) }),
			),
		),
		h('h3', {}, t('assignment.items')),
		h(
			'ol',
			{ class: 'assignment-items' },
			items.map((item) => {
				const found = describeItem(item, catalog);
				const finished = itemDone(item, assignment.passMark);
				return h(
					'li',
					{ class: finished ? 'done' : '', 'data-item': `${item.kind}:${item.id}` },
					h('span', { class: 'kind' }, t(kindLabel[item.kind])),
					' ',
					found
						? h('a', { href: found.href }, found.title)
						: h('span', {}, t('assignment.unknownItem', { id: item.id })),
					h(
						'span',
						{ class: 'status' },
						finished && h('span', { 'aria-hidden': 'true' }, '✓ '),
						statusText(t, lang, item, assignment.passMark, ctx.catalog),
					),
				);
			}),
		),
	);
}
