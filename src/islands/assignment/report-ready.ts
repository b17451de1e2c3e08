import type { AcademyDb } from '../../lib/storage/db';
import type { AssignmentRecord } from '../../schemas/assignment-record';
import type { ProgressRecord } from '../../schemas/progress';
import type { AttemptRecord } from '../../schemas/attempt';
import type { AssessmentRecord } from '../../schemas/assessment-record';
import type { DraftRecord } from '../../schemas/draft';
import { readStore } from '../../lib/storage/records';
import { reportItems } from '../../lib/trainer/progress';
import { encodeReport, MAX_REPORT_QR, sealReport } from '../../lib/trainer/report-codec';
import { rememberLearnerName } from '../../lib/exchange/receive-assignment';
import { download } from '../save-file';
import { copyField } from '../copy-text';
import { qrSvg } from '../qr-svg';
import { lessonsOf } from './describe-item';
import type { PageContext } from './context';
import { h, messageRegion } from './dom';

/**
 * A report made from the learner's records read through their full schemas (a damaged record is set
 * aside in quarantine, as on My learning, rather than counted), as a file, a text code and, when
 * short enough, a QR code. Loaded only when the learner asks for a report.
 */
export async function reportReady(
	record: AssignmentRecord,
	learner: string,
	db: AcademyDb,
	ctx: PageContext,
): Promise<HTMLElement> {
	const { t } = ctx;
	const [progress, attempts, assessments, drafts] = await Promise.all([
		readStore<ProgressRecord>(db, 'progress'),
		readStore<AttemptRecord>(db, 'attempts'),
		readStore<AssessmentRecord>(db, 'assessments'),
		readStore<DraftRecord>(db, 'drafts'),
	]);
	const payload = sealReport({
		assignment: record.assignment,
		learner: { id: record.learnerId!, name: learner.slice(0, 80) },
		createdAt: new Date().toISOString(),
		items: reportItems(
			record.assignment,
			{
				progress: progress.records,
				attempts: attempts.records,
				assessments: assessments.records,
				drafts: drafts.records,
			},
			lessonsOf(ctx.catalog),
		),
	});
	const code = await encodeReport(payload);
	// Remembered for next time; the report itself never depends on it.
	await rememberLearnerName(db, record, learner).catch(() => undefined);

	const message = messageRegion();
	const field = h('textarea', { id: 'report-code', readonly: true, rows: 4, dir: 'ltr', value: code });
	const link = `${location.origin}${ctx.pages.trainer}#r=${code}`;
	let qr: HTMLElement;
	if (link.length > MAX_REPORT_QR) qr = h('p', {}, t('report.qrTooLong'));
	else
		qr = h(
			'button',
			{
				type: 'button',
				class: 'academy-button secondary',
				onclick: () =>
					void qrSvg(link, t('report.qrLabel')).then((svg) => {
						const figure = h('figure', {}, svg, h('figcaption', {}, t('report.qrHint')));
						qr.replaceWith(figure);
						qr = figure;
					}),
			},
			t('report.qr'),
		);
	return h(
		'div',
		{ class: 'report-ready' },
		h('h4', { tabindex: -1 }, t('report.ready')),
		h(
			'button',
			{
				type: 'button',
				class: 'academy-button',
				onclick: () =>
					download(`academy-report-${payload.assignment.id}-${payload.createdAt.slice(0, 10)}.json`, payload),
			},
			t('report.file'),
		),
		h('label', { for: 'report-code' }, t('report.code')),
		h('p', { class: 'hint' }, t('report.codeHint')),
		field,
		h(
			'button',
			{
				type: 'button',
				class: 'academy-button secondary',
				onclick: async () =>
					(await copyField(field))
						? message.say('done', t('report.copied'))
						: message.say('error', t('report.copyFailed')),
			},
			t('report.copy'),
		),
		message.el,
		qr,
		h(
			'details',
			{ class: 'technical' },
			h('summary', {}, t('report.technical')),
			h('p', {}, t('report.checksumHelp')),
			h('p', { class: 'checksum' }, t('report.checksum'), ' ', h('code', { dir: 'ltr' }, payload.checksum)),
		),
	);
}
