import type { AcademyDb } from '../../lib/storage/db';
import type { AssignmentRecord } from '../../schemas/assignment-record';
import type { PageContext } from './context';
import { h } from './dom';

/**
 * The progress report for the trainer: the learner's chosen name and where they stand on each item,
 * sealed with a checksum. The form is here; making the report (checksum, schema check, QR code) loads
 * when the learner asks for it (report-ready.ts).
 */
export function reportSection(record: AssignmentRecord, db: AcademyDb, ctx: PageContext): HTMLElement {
	const { t } = ctx;
	const name = h('input', {
		id: 'report-name',
		type: 'text',
		autocomplete: 'name',
		maxlength: 80,
		value: record.learnerName ?? '',
		'aria-describedby': 'report-name-hint',
	});
	const error = h('p', { class: 'field-error', id: 'report-name-error', hidden: true });
	let ready: HTMLElement | undefined;

	async function make(event: Event) {
		event.preventDefault();
		const learner = name.value.trim();
		if (!learner) {
			error.textContent = t('report.errName');
			error.hidden = false;
			name.setAttribute('aria-describedby', 'report-name-hint report-name-error');
			name.setAttribute('aria-invalid', 'true');
			name.focus();
			return;
		}
		error.hidden = true;
		name.setAttribute('aria-describedby', 'report-name-hint');
		name.removeAttribute('aria-invalid');
		const { reportReady } = await import('./report-ready');
		const next = await reportReady(record, learner, db, ctx);
		if (ready) ready.replaceWith(next);
		else section.append(next);
		ready = next;
		requestAnimationFrame(() => next.querySelector('h4')?.focus());
	}

	const section = h(
		'section',
		{ 'aria-labelledby': 'report-heading', class: 'report' },
		h('h3', { id: 'report-heading' }, t('report.heading')),
		h('p', {}, t('report.intro')),
		h(
			'form',
			{ novalidate: true, onsubmit: (e) => void make(e) },
			h('label', { for: 'report-name' }, t('report.name')),
			h('p', { class: 'hint', id: 'report-name-hint' }, t('report.nameHint')),
			error,
			name,
			h('button', { type: 'submit', class: 'academy-button' }, t('report.make')),
		),
	);
	return section;
}
