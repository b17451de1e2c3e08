import { useContext, useEffect, useState } from 'preact/hooks';
import type { AssignmentPayload } from '../../schemas/assignment';
import type { SiteCatalog } from '../../lib/catalog';
import type { OfflineManifest } from '../../lib/offline/manifest';
import { downloads, loadRecords } from '../../models/records';
import { formatBytes } from '../../lib/format';
import { DownloadError, downloadAll } from '../../lib/storage/download-course';
import { pendingAll } from '../../lib/storage/downloads';
import { Locale } from '../locale-context';
import { Message, useMessage } from '../Message';
import { describeItem } from './live';
import { manifestsFor } from './download-all';

/** "Download everything in this assignment" for offline study, with its size and a progress bar. */
export function OfflineSection(props: {
	assignment: AssignmentPayload;
	catalog: SiteCatalog;
	base: string;
	locale: string;
}) {
	const { assignment, catalog, base, locale } = props;
	const { t, lang } = useContext(Locale);
	const [manifests, setManifests] = useState<OfflineManifest[] | null>();
	const [pending, setPending] = useState<number>();
	const [progress, setProgress] = useState<{ done: number; total: number }>();
	const [failed, setFailed] = useState(false);
	const { message, say, target } = useMessage();
	const size = (n: number) => formatBytes(n, lang);
	const supported = 'serviceWorker' in navigator && 'caches' in window && isSecureContext;

	useEffect(() => {
		if (!supported) return;
		const described = assignment.items.map((i) => describeItem(i, catalog));
		const courses = [...new Set(described.map((d) => d?.course).filter((c): c is string => !!c))];
		const pages = assignment.items
			.map((item, i) => (item.kind === 'assessment' || item.kind === 'template' ? described[i]?.href : undefined))
			.filter((p): p is string => !!p);
		void manifestsFor(
			base,
			locale,
			courses,
			pages,
			catalog.courses.map((c) => c.id),
		).then((m) => setManifests(m ?? null));
	}, [assignment.id]);

	// Recount whenever a download anywhere on the device changes.
	useEffect(() => {
		if (!manifests) return;
		void loadRecords().then((db) => db && pendingAll(db, manifests).then(setPending));
	}, [manifests, downloads.value]);

	async function start() {
		const db = await loadRecords();
		if (!db || !manifests) return;
		setFailed(false);
		setProgress({ done: 0, total: pending ?? 0 });
		try {
			await downloadAll(db, manifests, (done, total) => setProgress({ done, total }));
			say('done', t('assignment.offlineDone'));
		} catch (error) {
			setFailed(true);
			say('error', t(error instanceof DownloadError && error.reason === 'full' ? 'download.full' : 'download.failed'));
		}
		setProgress(undefined);
	}

	let body;
	if (!supported) body = <p>{t(isSecureContext ? 'download.unsupported' : 'download.needsHttps')}</p>;
	else if (manifests === null) body = <p>{t('assignment.offlineUnavailable')}</p>;
	else if (manifests === undefined || pending === undefined) body = null;
	else if (pending === 0 && !progress) body = <p class="state">{t('assignment.offlineDone')}</p>;
	else
		body = (
			<>
				<button type="button" class="academy-button" onClick={start} disabled={!!progress}>
					{failed ? t('download.retry') : t('assignment.offlineButton', { size: size(pending) })}
				</button>
				{progress && (
					<p>
						<progress max={Math.max(progress.total, 1)} value={progress.done} aria-hidden="true" />{' '}
						{t('download.progress', { done: size(progress.done), total: size(progress.total) })}
					</p>
				)}
			</>
		);
	return (
		<section aria-labelledby="assignment-offline" class="assignment-offline">
			<h3 id="assignment-offline">{t('assignment.offlineHeading')}</h3>
			{body}
			<Message message={message} target={target} />
		</section>
	);
}
