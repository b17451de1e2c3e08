import { useContext } from 'preact/hooks';
import { estimate, quarantine, setting } from '../../models/records';
import { download } from '../save-file';
import { formatBytes } from '../../lib/format';
import { Locale } from '../locale-context';

/** Space used and allowed, whether the browser keeps the records for good, and set-aside records. */
export function StorageSection() {
	const { t, lang } = useContext(Locale);
	const { usage, quota } = estimate.value;
	const size = (bytes: number) => formatBytes(bytes, lang);
	const persistence = setting('persistence')?.value;
	const persistText = persistence
		? { granted: t('my.persistGranted'), denied: t('my.persistDenied'), unavailable: t('my.persistUnavailable') }[
				persistence
			]
		: t('my.persistUnknown');
	return (
		<section aria-labelledby="my-storage">
			<h2 id="my-storage">{t('my.storage')}</h2>
			<p>
				{usage !== undefined && quota
					? t('my.storageUsed', { used: size(usage), quota: size(quota) })
					: t('my.storageUnknown')}
			</p>
			<p data-persistence={persistence ?? 'unknown'}>{persistText}</p>
			{quarantine.value.length > 0 && (
				<p class="quarantine">
					{t('my.quarantine', { count: new Intl.NumberFormat(lang).format(quarantine.value.length) })}{' '}
					<button
						type="button"
						class="academy-button secondary"
						onClick={() => download('academy-damaged-records.json', quarantine.value)}
					>
						{t('my.quarantineDownload')}
					</button>
				</p>
			)}
		</section>
	);
}
