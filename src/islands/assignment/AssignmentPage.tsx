import { useEffect, useState } from 'preact/hooks';
import type { AssignmentPayload } from '../../schemas/assignment';
import type { AssignmentRecord } from '../../schemas/assignment-record';
import type { SiteCatalog } from '../../lib/catalog';
import { assignments, loadRecords, status } from '../../models/records';
import { codeFrom } from '../../lib/exchange/compress';
import {
	findReceived,
	planReceive,
	removeReceived,
	saveReceived,
	type ReceivePlan,
} from '../../lib/exchange/receive-assignment';
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
import { ReplaceQuestion } from './ReplaceQuestion';

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
	const [replacing, setReplacing] = useState<Extract<ReceivePlan, { kind: 'differs' }>>();
	const { message, say, target } = useMessage();

	useEffect(() => {
		prefetchQr();
		const hash = new URLSearchParams(location.hash.slice(1));
		const code = hash.get('a');
		if (code && moveToOwnLanguage()) return;
		void loadRecords().then(async (db) => {
			if (!db) return;
			// An empty `#a=` is a link cut short: said so, like any damaged code.
			if (code !== null) await receive(await decodeAssignment(code));
			else if (hash.get('id')) {
				const kept = findReceived(assignments.value, hash.get('id') ?? '');
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
		if (!decoded.ok) return say('error', assignmentProblem(t, decoded, lang));
		const db = await loadRecords();
		if (!db) return;
		const plan = planReceive(assignments.value, decoded.assignment);
		if (plan.kind === 'same') return show(plan.kept);
		// Another assignment under a kept one's id: the kept one stays open until the learner chooses.
		if (plan.kind === 'differs') {
			setOpen(plan.kept);
			history.replaceState(null, '', `#id=${plan.kept.assignment.id}`);
			return setReplacing(plan);
		}
		await store(decoded.assignment);
	}

	async function store(assignment: AssignmentPayload, kept?: AssignmentRecord) {
		const db = await loadRecords();
		if (!db) return;
		let record: AssignmentRecord;
		try {
			record = await saveReceived(db, assignment, { kept, learnerId: randomId() });
		} catch {
			return say('error', t('assignment.notSaved'));
		}
		void requestPersistence(db);
		show(record);
	}

	function show(record: AssignmentRecord) {
		setOpen(record);
		history.replaceState(null, '', `#id=${record.assignment.id}`);
		say('done', t('assignment.saved'));
	}

	async function answerReplace(replace: boolean) {
		const plan = replacing;
		setReplacing(undefined);
		if (!plan) return;
		if (replace) await store(plan.incoming, plan.kept);
		else say('done', t('assignment.keptAsIs'));
	}

	/** Takes the assignment off this device; the learner's lessons, quizzes and drafts stay. */
	async function remove(record: AssignmentRecord) {
		if (!confirm(t('assignment.removeConfirm'))) return;
		const db = await loadRecords();
		if (!db) return;
		await removeReceived(db, record);
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
				{replacing && (
					<ReplaceQuestion
						kept={replacing.kept.assignment}
						incoming={replacing.incoming}
						onAnswer={(replace) => void answerReplace(replace)}
					/>
				)}
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
