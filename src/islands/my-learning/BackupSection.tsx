import type { AcademyDb } from '../../lib/storage/db';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { Message, useMessage } from '../Message';
import { assessments, assignments, attempts, cohorts, drafts, progress, setting, status } from '../../models/records';
import {
	countRecords,
	exportBackup,
	parseBackup,
	readSafetyCopy,
	recordBackupMade,
	restoreBackup,
	restoreFailure,
	undoLastRestore,
	type ParsedBackup,
} from '../../lib/storage/backup';
import { onRecordsChanged } from '../../lib/storage/broadcast';
import { BACKUP_MAX_BYTES } from '../../schemas/backup';
import { requestPersistence } from '../../lib/storage/persistence';
import { download } from '../save-file';
import { Locale } from '../locale-context';
import type { T } from '../../i18n/t';
import { ConfirmStep } from './ConfirmStep';

const REMIND_AFTER_DAYS = 30;

type Ready = Extract<ParsedBackup, { ok: true }>;
/** A step that replaces records waits for the learner's yes, with the counts on both sides. */
type Asking = { kind: 'replace' | 'undo'; current: number; incoming: number } | null;

/**
 * Download a backup; restore one, merged or replacing, after checking all of it and, to replace,
 * asking first. What a restore replaced is kept, and "Undo the last restore" puts it back.
 */
export function BackupSection({ db }: { db: AcademyDb }) {
	const { t, lang } = useContext(Locale);
	const [ready, setReady] = useState<Ready | null>(null);
	const [mode, setMode] = useState<'merge' | 'replace'>('merge');
	const [asking, setAsking] = useState<Asking>(null);
	const [kept, setKept] = useState<{ savedAt: string; count: number }>();
	const { message, say, clear, target } = useMessage();
	const restoreButton = useRef<HTMLButtonElement>(null);
	const undoButton = useRef<HTMLButtonElement>(null);
	const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
	const number = (n: number) => new Intl.NumberFormat(lang).format(n);

	useEffect(() => {
		const look = () =>
			void readSafetyCopy(db).then((copy) => setKept(copy && { savedAt: copy.savedAt, count: copy.count }));
		look();
		return onRecordsChanged((m) => m.stores.includes('safety') && look());
	}, [db]);

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
		setAsking(null);
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
		if (!parsed.ok) return say('error', problemText(parsed, t, date));
		setReady(parsed);
	}

	async function submit(event: Event) {
		event.preventDefault();
		if (!ready) return;
		if (mode === 'merge') return restore(ready, 'merge');
		setAsking({ kind: 'replace', current: await countRecords(db), incoming: total(ready) });
	}

	async function restore(parsed: Ready, how: 'merge' | 'replace') {
		setAsking(null);
		try {
			await restoreBackup(db, parsed.backup, how);
		} catch (error) {
			console.warn('Restore failed:', error);
			return say('error', failureText(error, t));
		}
		say('done', t('my.restored', { count: number(total(parsed)) }));
		setReady(null);
		// Restoring is saving: ask the browser to keep the records, as a completed lesson does.
		await requestPersistence(db);
	}

	async function askUndo() {
		clear();
		const copy = await readSafetyCopy(db);
		if (copy) setAsking({ kind: 'undo', current: await countRecords(db), incoming: copy.count });
	}

	async function undo() {
		setAsking(null);
		let count: number | undefined;
		try {
			count = await undoLastRestore(db);
		} catch (error) {
			console.warn('Undo failed:', error);
			return say('error', failureText(error, t));
		}
		if (count !== undefined) say('done', t('my.undone', { count: number(count) }));
	}

	const cancel = () => {
		const back = asking?.kind === 'undo' ? undoButton : restoreButton;
		setAsking(null);
		requestAnimationFrame(() => back.current?.focus());
	};
	const counts = asking && { current: number(asking.current), incoming: number(asking.incoming) };

	return (
		<section aria-labelledby="my-backup">
			<h2 id="my-backup">{t('my.backup')}</h2>
			<p>{t('my.backupIntro')}</p>
			{/* Said once the records are read, so "never" is not shown to someone who has a backup. */}
			{status.value === 'ready' && (
				<>
					<p>{lastBackup ? t('my.lastBackup', { date: date(lastBackup) }) : t('my.neverBackedUp')}</p>
					{remind && <p class="reminder">{t('my.backupReminder')}</p>}
				</>
			)}
			<button type="button" class="academy-button" onClick={() => void backUp()}>
				{t('my.download')}
			</button>

			<form class="restore" onSubmit={(e) => void submit(e)}>
				<label for="backup-file">{t('my.restoreFile')}</label>
				<input id="backup-file" type="file" accept="application/json,.json" onChange={(e) => void choose(e)} />
				{ready && (
					<>
						<p>{t('my.restoreReady', { date: date(ready.backup.exportedAt), count: number(total(ready)) })}</p>
						<fieldset>
							<legend>{t('my.restoreMode')}</legend>
							{(['merge', 'replace'] as const).map((m) => (
								<label key={m}>
									<input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
									{t(m === 'merge' ? 'my.merge' : 'my.replace')}
								</label>
							))}
						</fieldset>
						<button type="submit" class="academy-button" ref={restoreButton} disabled={asking?.kind === 'replace'}>
							{t('my.restore')}
						</button>
					</>
				)}
			</form>
			{asking?.kind === 'replace' && ready && (
				<ConfirmStep
					id="my-replace-ask"
					question={t('my.replaceAsk', counts!)}
					confirm={t('my.replaceConfirm')}
					cancel={t('my.cancel')}
					onConfirm={() => void restore(ready, 'replace')}
					onCancel={cancel}
				/>
			)}

			{kept && (
				<div class="safety-copy">
					<p>{t('my.safetyCopy', { date: date(kept.savedAt), count: number(kept.count) })}</p>
					<button
						type="button"
						class="academy-button secondary"
						ref={undoButton}
						disabled={asking?.kind === 'undo'}
						onClick={() => void askUndo()}
					>
						{t('my.undoRestore')}
					</button>
					{asking?.kind === 'undo' && (
						<ConfirmStep
							id="my-undo-ask"
							question={t('my.undoAsk', counts!)}
							confirm={t('my.undoConfirm')}
							cancel={t('my.cancel')}
							onConfirm={() => void undo()}
							onCancel={cancel}
						/>
					)}
				</div>
			)}
			<Message message={message} target={target} />
		</section>
	);
}

const total = (parsed: Ready) => Object.values(parsed.counts).reduce((a, b) => a + b, 0);

function failureText(error: unknown, t: T): string {
	switch (restoreFailure(error)) {
		case 'full':
			return t('my.errFull');
		case 'malformed':
			return t('my.errMalformedWrite');
		case 'refused':
			return t('my.errWrite');
	}
}

function problemText(p: Extract<ParsedBackup, { ok: false }>, t: T, date: (iso: string) => string): string {
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
		case 'malformed':
			return t('my.errMalformed', { store: p.store, index: p.index + 1 });
		case 'checksum':
			return t('my.errChecksum', { index: p.index + 1 });
		case 'future':
			return t('my.errFuture', { index: p.index + 1, date: date(p.date) });
		case 'quarantine-too-large':
			return t('my.errQuarantineLarge');
		case 'bad-structure':
			return t('my.errBadStructure');
	}
}
