import { useEffect, useState } from 'preact/hooks';
import type { AssignmentPayload } from '../../schemas/assignment';
import type { AssignmentRecord } from '../../schemas/assignment-record';
import type { SiteCatalog } from '../../lib/catalog';
import { assignments, loadRecords, status } from '../../models/records';
import { putRecords } from '../../lib/storage/records';
import { codeFrom } from '../../lib/exchange/compress';
import { announceChange } from '../../lib/storage/broadcast';
import { requestPersistence } from '../../lib/storage/persistence';
import { decodeAssignment, decodeAssignmentFile, type DecodedAssignment } from '../../lib/exchange/assignment-codec';
import { LOCALE_KEY, preferredLocale } from '../../lib/preferred-locale';
import { makeT, type Strings } from '../../i18n/t';
import { Message, useMessage } from '../Message';
import { randomId } from '../random-id';
import { prefetchQr } from '../QrCode';
import { assignmentProblem } from './problems';
import { AssignmentView } from './AssignmentView';
import { OfflineSection } from './OfflineSection';
import { ReportSection } from './ReportSection';
import { Locale } from '../locale-context';

interface Props {
	strings: Strings;
	lang: string;
	locale: string;
	/** The site's languages, to open the assignment in the learner's own. */
	languages: { code: string; lang: string }[];
	catalog: SiteCatalog;
	base: string;
	/** Pages of this language. */
	pages: { trainer: string; my: string };
}

/**
 * `/<locale>/assignment/`: opens an assignment from its link (`#a=<code>`), a pasted link or code, or
 * a file; keeps it in "My learning" (`#id=<id>` opens a kept one, also offline), shows progress on
 * each item as the learner works, offers the offline download, and makes the progress report.
 */
export default function AssignmentPage({ strings, lang, locale, languages, catalog, base, pages }: Props) {
	const t = makeT(strings);
	const [open, setOpen] = useState<AssignmentRecord>();
	const [paste, setPaste] = useState('');
	const { message, say, target } = useMessage();

	useEffect(() => {
		prefetchQr();
		const hash = new URLSearchParams(location.hash.slice(1));
		const code = hash.get('a');
		if (code && moveToOwnLanguage()) return;
		void loadRecords().then(async (db) => {
			if (!db) return;
			if (code) await receive(await decodeAssignment(code));
			else if (hash.get('id')) {
				const kept = assignments.value.find((a) => a.id === `received/${hash.get('id')}`);
				if (kept) setOpen(kept);
				else say('error', t('assignment.notFound'));
			}
		});
		addEventListener('hashchange', () => location.reload());
	}, []);

	/** A link made in another language opens in the learner's, when this site has it. */
	function moveToOwnLanguage(): boolean {
		let stored: string | null = null;
		try {
			stored = localStorage.getItem(LOCALE_KEY);
		} catch {
			// Storage blocked: go by the browser's languages.
		}
		const own = preferredLocale(stored, navigator.languages ?? [navigator.language], languages);
		if (!own || own === locale) return false;
		location.replace(`${base}${own}/assignment/${location.hash}`);
		return true;
	}

	async function receive(decoded: DecodedAssignment) {
		if (!decoded.ok) return say('error', assignmentProblem(t, decoded));
		const db = await loadRecords();
		if (!db) return;
		const assignment: AssignmentPayload = decoded.assignment;
		const id = `received/${assignment.id}`;
		const kept = assignments.value.find((a) => a.id === id);
		const now = new Date().toISOString();
		// The same assignment opened again keeps the learner's id: a new report replaces the old one.
		const record: AssignmentRecord = kept
			? { ...kept, assignment, updatedAt: now }
			: { v: 1, id, role: 'received', assignment, learnerId: randomId(), savedAt: now, updatedAt: now };
		try {
			await putRecords(db, 'assignments', [record]);
		} catch {
			return say('error', t('assignment.notSaved'));
		}
		void requestPersistence(db);
		setOpen(record);
		history.replaceState(null, '', `#id=${assignment.id}`);
		say('done', t('assignment.saved'));
	}

	/** Takes the assignment off this device; the learner's lessons, quizzes and drafts stay. */
	async function remove(record: AssignmentRecord) {
		if (!confirm(t('assignment.removeConfirm'))) return;
		const db = await loadRecords();
		if (!db) return;
		await db.delete('assignments', record.id);
		announceChange(['assignments']);
		setOpen(undefined);
		history.replaceState(null, '', location.pathname);
		say('done', t('assignment.removed'));
	}

	async function openFile(file: File | undefined) {
		if (!file) return;
		if (file.size > 64 * 1024) return say('error', t('assignment.errTooLarge'));
		await receive(decodeAssignmentFile(await file.text()));
	}

	if (status.value === 'unavailable') return <p role="alert">{t('my.unavailable')}</p>;
	const current = open && (assignments.value.find((a) => a.id === open.id) ?? open);
	const received = assignments.value.filter((a) => a.role === 'received');
	return (
		<Locale.Provider value={{ t, lang }}>
			<div class="assignment-page" data-ready={status.value === 'ready' ? '' : undefined}>
				<Message message={message} target={target} />
				{message?.kind === 'done' && (
					<p>
						<a href={pages.my}>{t('my.title')}</a>
					</p>
				)}
				{current ? (
					<>
						<AssignmentView assignment={current.assignment} catalog={catalog} />
						<OfflineSection assignment={current.assignment} catalog={catalog} base={base} locale={locale} />
						<ReportSection record={current} catalog={catalog} trainerPage={pages.trainer} />
						<p class="remove">
							<button type="button" class="academy-button secondary" onClick={() => void remove(current)}>
								{t('assignment.remove')}
							</button>
						</p>
					</>
				) : (
					<>
						{received.length > 0 && (
							<section aria-labelledby="saved-assignments">
								<h2 id="saved-assignments">{t('my.assignments')}</h2>
								<ul>
									{received.map(({ assignment }) => (
										<li key={assignment.id}>
											<a href={`#id=${assignment.id}`}>
												<bdi>{assignment.title}</bdi>
											</a>
										</li>
									))}
								</ul>
							</section>
						)}
						<section aria-labelledby="open-assignment" class="open-assignment">
							<h2 id="open-assignment">{t('assignment.openHeading')}</h2>
							<p>{t('assignment.openIntro')}</p>
							<form
								onSubmit={(e) => {
									e.preventDefault();
									void decodeAssignment(codeFrom(paste, 'a')).then(receive);
								}}
							>
								<label for="assignment-code">{t('assignment.pasteLabel')}</label>
								<textarea
									id="assignment-code"
									rows={3}
									value={paste}
									onInput={(e) => setPaste(e.currentTarget.value)}
									spellcheck={false}
									dir="ltr"
								/>
								<button type="submit" class="academy-button">
									{t('assignment.open')}
								</button>
							</form>
							<label for="assignment-file">{t('assignment.openFile')}</label>
							<input
								id="assignment-file"
								type="file"
								accept=".json,application/json"
								onChange={(e) => void openFile(e.currentTarget.files?.[0])}
							/>
						</section>
					</>
				)}
			</div>
		</Locale.Provider>
	);
}
