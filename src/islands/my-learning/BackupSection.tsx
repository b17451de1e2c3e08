import type { AcademyDb } from '../../lib/storage/db';
import { useContext, useState } from 'preact/hooks';
import { Message, useMessage } from '../Message';
import { assessments, assignments, attempts, cohorts, drafts, progress, setting } from '../../models/records';
import {
	exportBackup,
	parseBackup,
	recordBackupMade,
	restoreBackup,
	type ParsedBackup,
} from '../../lib/storage/backup';
import { BACKUP_MAX_BYTES } from '../../schemas/backup';
import { requestPersistence } from '../../lib/storage/persistence';
import { download } from '../save-file';
import { Locale } from '../locale-context';
import type { T } from '../../i18n/t';

const REMIND_AFTER_DAYS = 30;

/** Download a backup; restore one, merged or replacing, after checking all of it. */
export function BackupSection({ db }: { db: AcademyDb }) {
	const { t, lang } = useContext(Locale);
	const [ready, setReady] = useState<Extract<ParsedBackup, { ok: true }> | null>(null);
	const [mode, setMode] = useState<'merge' | 'replace'>('merge');
	const { message, say, clear, target } = useMessage();
	const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));

	const lastBackup = setting('lastBackupAt')?.value;
	const hasRecords = [progress, attempts, assessments, drafts, assignments, cohorts].some((s) => s.value.length > 0);
	const remind = hasRecords && (!lastBackup || Date.now() - Date.parse(lastBackup) > REMIND_AFTER_DAYS * 86_400_000);

	async function backUp() {
		const file = await exportBackup(db);
		download(`academy-backup-${file.exportedAt.slice(0, 10)}.json`, file);
		await recordBackupMade(db);
	}

	async function choose(event: Event) {
		setReady(null);
		clear();
		const file = (event.currentTarget as HTMLInputElement).files?.[0];
		if (!file) return;
		if (file.size > BACKUP_MAX_BYTES) return say('error', t('my.errTooLarge'));
		let text: string;
		try {
			text = await file.text();
		} catch {
			return say('error', t('my.errRead'));
		}
		const parsed = parseBackup(text, file.size);
		if (!parsed.ok) return say('error', problemText(parsed, t));
		setReady(parsed);
	}

	async function restore(event: Event) {
		event.preventDefault();
		if (!ready) return;
		try {
			await restoreBackup(db, ready.backup, mode);
		} catch (error) {
			console.warn('Restore failed:', error);
			return say('error', t('my.errWrite'));
		}
		say('done', t('my.restored', { count: total(ready) }));
		// Restoring is saving: ask the browser to keep the records, as a completed lesson does.
		await requestPersistence(db);
		setReady(null);
	}

	return (
		<section aria-labelledby="my-backup">
			<h2 id="my-backup">{t('my.backup')}</h2>
			<p>{t('my.backupIntro')}</p>
			<p>{lastBackup ? t('my.lastBackup', { date: date(lastBackup) }) : t('my.neverBackedUp')}</p>
			{remind && <p class="reminder">{t('my.backupReminder')}</p>}
			<button type="button" class="academy-button" onClick={backUp}>
				{t('my.download')}
			</button>

			<form class="restore" onSubmit={restore}>
				<label for="backup-file">{t('my.restoreFile')}</label>
				<input id="backup-file" type="file" accept="application/json,.json" onChange={choose} />
				{ready && (
					<>
						<p>{t('my.restoreReady', { date: date(ready.backup.exportedAt), count: total(ready) })}</p>
						<fieldset>
							<legend>{t('my.restoreMode')}</legend>
							{(['merge', 'replace'] as const).map((m) => (
								<label key={m}>
									<input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
									{t(m === 'merge' ? 'my.merge' : 'my.replace')}
								</label>
							))}
						</fieldset>
						<button type="submit" class="academy-button">
							{t('my.restore')}
						</button>
					</>
				)}
			</form>
			<Message message={message} target={target} />
		</section>
	);
}

const total = (parsed: Extract<ParsedBackup, { ok: true }>) => Object.values(parsed.counts).reduce((a, b) => a + b, 0);

function problemText(p: Extract<ParsedBackup, { ok: false }>, t: T): string {
	switch (p.problem) {
		case 'too-large':
			return t('my.errTooLarge');
		case 'not-json':
			return t('my.errNotJson');
		case 'not-a-backup':
			return t('my.errNotBackup');
		case 'newer-version':
			return t('my.errNewer', { version: p.version });
		case 'bad-record':
			return t('my.errBadRecord', { store: p.store, index: p.index + 1 });
		case 'bad-structure':
			return t('my.errBadStructure');
	}
}
