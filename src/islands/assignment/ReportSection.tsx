import { useContext, useRef, useState } from 'preact/hooks';
import type { AssignmentRecord } from '../../schemas/assignment-record';
import type { ReportPayload } from '../../schemas/report';
import type { SiteCatalog } from '../../lib/catalog';
import { loadRecords } from '../../models/records';
import { putRecords } from '../../lib/storage/records';
import { encodeReport, MAX_REPORT_QR, sealReport } from '../../lib/trainer/report-codec';
import { Locale } from '../locale-context';
import { Message, useMessage } from '../Message';
import { download } from '../save-file';
import { copyField } from '../copy-text';
import { QrCode } from '../QrCode';
import { liveItems } from './live';

/**
 * The progress report for the trainer: the learner's chosen name and where they stand on each item,
 * sealed with a checksum. As a file, a text code to paste anywhere, and a QR code when it is short
 * enough. Made on the device; the learner decides how to send it.
 */
export function ReportSection({
	record,
	catalog,
	trainerPage,
}: {
	record: AssignmentRecord;
	catalog: SiteCatalog;
	trainerPage: string;
}) {
	const { t } = useContext(Locale);
	const [name, setName] = useState(record.learnerName ?? '');
	const [error, setError] = useState('');
	const [report, setReport] = useState<{ payload: ReportPayload; code: string }>();
	const [qr, setQr] = useState(false);
	const codeRef = useRef<HTMLTextAreaElement>(null);
	const readyRef = useRef<HTMLHeadingElement>(null);
	const { message, say, target } = useMessage();

	async function make(event: Event) {
		event.preventDefault();
		const learner = name.trim();
		if (!learner) {
			setError(t('report.errName'));
			document.getElementById('report-name')?.focus();
			return;
		}
		setError('');
		const payload = sealReport({
			assignment: record.assignment,
			learner: { id: record.learnerId!, name: learner.slice(0, 80) },
			createdAt: new Date().toISOString(),
			items: liveItems(record.assignment, catalog),
		});
		setReport({ payload, code: await encodeReport(payload) });
		setQr(false);
		const db = await loadRecords();
		// Remembered for next time; the report itself never depends on it.
		if (db && learner !== record.learnerName)
			await putRecords(db, 'assignments', [
				{ ...record, learnerName: learner, updatedAt: new Date().toISOString() },
			]).catch(() => undefined);
		requestAnimationFrame(() => readyRef.current?.focus());
	}

	const link = report && `${location.origin}${trainerPage}#r=${report.code}`;
	return (
		<section aria-labelledby="report-heading" class="report">
			<h3 id="report-heading">{t('report.heading')}</h3>
			<p>{t('report.intro')}</p>
			<form onSubmit={make} noValidate>
				<label for="report-name">{t('report.name')}</label>
				<p class="hint" id="report-name-hint">
					{t('report.nameHint')}
				</p>
				{error && (
					<p class="field-error" id="report-name-error">
						{error}
					</p>
				)}
				<input
					id="report-name"
					type="text"
					autocomplete="name"
					maxLength={80}
					value={name}
					aria-describedby={error ? 'report-name-hint report-name-error' : 'report-name-hint'}
					aria-invalid={error ? 'true' : undefined}
					onInput={(e) => setName(e.currentTarget.value)}
				/>
				<button type="submit" class="academy-button">
					{t('report.make')}
				</button>
			</form>
			{report && (
				<div class="report-ready">
					<h4 tabIndex={-1} ref={readyRef}>
						{t('report.ready')}
					</h4>
					<button
						type="button"
						class="academy-button"
						onClick={() =>
							download(
								`academy-report-${report.payload.assignment.id}-${report.payload.createdAt.slice(0, 10)}.json`,
								report.payload,
							)
						}
					>
						{t('report.file')}
					</button>
					<label for="report-code">{t('report.code')}</label>
					<p class="hint">{t('report.codeHint')}</p>
					<textarea id="report-code" ref={codeRef} readOnly rows={4} dir="ltr" value={report.code} />
					<button
						type="button"
						class="academy-button secondary"
						onClick={async () =>
							(await copyField(codeRef.current!))
								? say('done', t('report.copied'))
								: say('error', t('report.copyFailed'))
						}
					>
						{t('report.copy')}
					</button>
					<Message message={message} target={target} />
					{link!.length <= MAX_REPORT_QR ? (
						qr ? (
							<figure>
								<QrCode text={link!} label={t('report.qrLabel')} />
								<figcaption>{t('report.qrHint')}</figcaption>
							</figure>
						) : (
							<button type="button" class="academy-button secondary" onClick={() => setQr(true)}>
								{t('report.qr')}
							</button>
						)
					) : (
						<p>{t('report.qrTooLong')}</p>
					)}
					<details class="technical">
						<summary>{t('report.technical')}</summary>
						<p>{t('report.checksumHelp')}</p>
						<p class="checksum">
							{t('report.checksum')} <code dir="ltr">{report.payload.checksum}</code>
						</p>
					</details>
				</div>
			)}
		</section>
	);
}
