import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { AssignmentPayload } from '../../schemas/assignment';
import type { SiteCatalog } from '../../lib/catalog';
import { encodeAssignment } from '../../lib/exchange/assignment-codec';
import { formatDue } from '../../lib/format';
import { Locale } from '../locale-context';
import { Message, useMessage } from '../Message';
import { QrCode } from '../QrCode';
import { download } from '../save-file';
import { copyField } from '../copy-text';
import { printAlone } from '../print-alone';
import { describeItem } from '../assignment/describe-item';
import { kindLabel } from '../assignment/item-text';

/** Ways to hand an assignment out: its link, a QR code, a file, and a printed one-page handout. */
export function Share({
	assignment,
	catalog,
	page,
	institution,
}: {
	assignment: AssignmentPayload;
	catalog: SiteCatalog;
	page: string;
	/** The hosting institution, named on the handout. */
	institution: string;
}) {
	const { t, lang } = useContext(Locale);
	const [link, setLink] = useState('');
	const [qr, setQr] = useState(false);
	const [printing, setPrinting] = useState(false);
	const field = useRef<HTMLInputElement>(null);
	const handout = useRef<HTMLElement>(null);
	const { message, say, target } = useMessage();

	useEffect(() => {
		void encodeAssignment(assignment).then((code) => setLink(`${location.origin}${page}#a=${code}`));
		setQr(false);
	}, [assignment.id]);

	useEffect(() => {
		const done = () => setPrinting(false);
		addEventListener('afterprint', done);
		return () => removeEventListener('afterprint', done);
	}, []);

	if (!link) return null;
	return (
		<section aria-labelledby="share-heading" class="share">
			<h3 id="share-heading">{t('trainer.share')}</h3>
			<label for="assignment-link">{t('trainer.link')}</label>
			<input
				id="assignment-link"
				ref={field}
				type="text"
				readOnly
				value={link}
				dir="ltr"
				onFocus={(e) => e.currentTarget.select()}
			/>
			<div class="actions">
				<button
					type="button"
					class="academy-button"
					onClick={async () =>
						(await copyField(field.current!)) ? say('done', t('trainer.copied')) : say('error', t('report.copyFailed'))
					}
				>
					{t('trainer.copyLink')}
				</button>
				{!qr && (
					<button type="button" class="academy-button secondary" onClick={() => setQr(true)}>
						{t('trainer.showQr')}
					</button>
				)}
				<button
					type="button"
					class="academy-button secondary"
					onClick={() => download(`academy-assignment-${assignment.id}.json`, assignment)}
				>
					{t('trainer.downloadFile')}
				</button>
				<button type="button" class="academy-button secondary" onClick={() => setPrinting(true)}>
					{t('trainer.print')}
				</button>
			</div>
			<Message message={message} target={target} />
			{qr && <QrCode text={link} label={t('trainer.qrLabel')} />}
			{printing && (
				<article class="handout" aria-hidden="true" ref={handout}>
					<p class="institution">{institution}</p>
					<h1>
						<bdi>{assignment.title}</bdi>
					</h1>
					{assignment.message && (
						<p class="assignment-message" dir="auto">
							{assignment.message}
						</p>
					)}
					{assignment.due && <p>{t('assignment.due', { date: formatDue(assignment.due, lang) })}</p>}
					<QrCode
						text={link}
						label={t('trainer.qrLabel')}
						onDrawn={() => requestAnimationFrame(() => printAlone(handout.current!))}
					/>
					<p>{t('trainer.handoutScan')}</p>
					<ol>
						{assignment.items.map((item) => (
							<li key={`${item.kind}:${item.id}`}>
								{t('assignment.itemLabel', {
									kind: t(kindLabel[item.kind]),
									title: describeItem(item, catalog)?.title ?? item.id,
								})}
							</li>
						))}
					</ol>
				</article>
			)}
		</section>
	);
}
