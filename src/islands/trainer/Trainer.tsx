import { isolate } from '../../lib/text/isolate';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SiteCatalog } from '../../lib/catalog';
import { assignments, cohorts, loadRecords, status } from '../../models/records';
import type { ImportPlan } from '../../lib/trainer/import-report';
import { knownAssignments } from '../../lib/trainer/known-assignments';
import { deleteMadeAssignment, saveReportImport } from '../../lib/trainer/cohort-store';
import { madeKey } from '../../lib/trainer/record-keys';
import { formatDue } from '../../lib/format';
import { makeT, type Strings } from '../../i18n/t';
import { Locale } from '../locale-context';
import { Message, useMessage } from '../Message';
import { prefetchQr } from '../QrCode';
import { prefetchWhenIdle } from '../prefetch';
import { reportProblem } from '../assignment/problems';
import { Builder } from './Builder';
import { ImportConfirm } from './ImportConfirm';

/**
 * An assignment's panel (sharing it, its cohort) shows only once one is made or opened: its code loads
 * then, so opening the page costs less (kept ahead when a service worker can keep it for offline use).
 */
const loadPanel = () =>
	Promise.all([import('./Share'), import('./Cohort')]).then(([s, c]) => ({ Share: s.Share, Cohort: c.Cohort }));
type Panel = Awaited<ReturnType<typeof loadPanel>>;

interface Props {
	strings: Strings;
	lang: string;
	locale: string;
	catalog: SiteCatalog;
	/** Course-quiz question prompts by course and question id, for the question statistics. */
	prompts: Record<string, Record<string, string>>;
	/** This language's assignment page, for links. */
	assignmentPage: string;
	/** The hosting institution's name, on printed handouts. */
	institution: string;
}

/**
 * `/<locale>/trainer/`: make assignments, hand them out, and follow a cohort from the reports learners
 * send back. Everything stays on the trainer's device. A report's QR code opens this page with
 * `#r=<code>`, which imports it.
 */
export default function Trainer({ strings, lang, locale, catalog, prompts, assignmentPage, institution }: Props) {
	const t = makeT(strings);
	const [selected, setSelected] = useState<string>();
	const [pending, setPending] = useState<ImportPlan>();
	const { message, say, target } = useMessage();
	const panel = useRef<HTMLHeadingElement>(null);

	useEffect(() => {
		prefetchQr();
		// Report imports load their checks when used; kept ahead for imports made offline.
		prefetchWhenIdle(() => Promise.all([import('../../lib/trainer/import-report'), loadPanel()]));
		const onHash = () => void importFromLink();
		void loadRecords().then(onHash);
		addEventListener('hashchange', onHash);
		return () => removeEventListener('hashchange', onHash);
	}, []);

	/**
	 * A report's QR code opens this page with `#r=<code>`: the report goes through the same checks as a
	 * file or a pasted code, then waits for the trainer's yes. The address is cleared at once.
	 */
	async function importFromLink() {
		const code = new URLSearchParams(location.hash.slice(1)).get('r');
		const db = await loadRecords();
		if (!db || code === null) return;
		history.replaceState(null, '', location.pathname);
		const { planReportImport } = await import('../../lib/trainer/import-report');
		const plan = await planReportImport([{ kind: 'link', text: code, label: '' }], {
			known: knownAssignments(assignments.value, cohorts.value),
			kept: cohorts.value,
		});
		const refused = plan.refused[0];
		if (refused) return say('error', reportProblem(t, refused.problem, lang));
		if (plan.put.length === 0) return say('done', t('cohort.result', { ...counts(plan), refused: 0 }));
		setPending(plan);
	}

	async function answer(plan: ImportPlan, add: boolean) {
		setPending(undefined);
		if (!add) return say('done', t('cohort.cancelled'));
		const db = await loadRecords();
		if (!db) return;
		try {
			await saveReportImport(db, plan);
		} catch {
			return say('error', t('cohort.notSaved'));
		}
		say('done', t('cohort.result', { ...counts(plan), refused: 0 }));
		setSelected(plan.put[0]?.assignment);
	}

	// The panel appears once the records are read again: focus it then.
	const focusPanel = useRef(false);
	useEffect(() => {
		if (focusPanel.current && panel.current) {
			focusPanel.current = false;
			panel.current.focus();
		}
	});
	function select(id: string) {
		focusPanel.current = true;
		setSelected(id);
	}
	const [parts, setParts] = useState<Panel>();
	useEffect(() => {
		if (selected && !parts) void loadPanel().then(setParts);
	}, [selected, parts]);

	async function remove(id: string) {
		if (!confirm(t('trainer.deleteConfirm'))) return;
		const db = await loadRecords();
		if (!db) return;
		await deleteMadeAssignment(db, id);
		if (selected === id) setSelected(undefined);
		say('done', t('trainer.deleted'));
	}

	if (status.value === 'unavailable') return <p role="alert">{t('my.unavailable')}</p>;
	if (status.value === 'loading') return <p role="status">{t('my.loading')}</p>;

	// Assignments made here, and those known only from imported reports (made on another device).
	const list = knownAssignments(assignments.value, cohorts.value);
	const current = selected ? list.get(selected) : undefined;
	const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
	const number = new Intl.NumberFormat(lang);

	return (
		<Locale.Provider value={{ t, lang }}>
			<div class="trainer" data-ready="">
				<Message message={message} target={target} />
				{pending && <ImportConfirm plan={pending} onAnswer={(add) => void answer(pending, add)} />}
				<section aria-labelledby="trainer-mine">
					<h2 id="trainer-mine">{t('trainer.mine')}</h2>
					{list.size === 0 ? (
						<p>{t('trainer.mineEmpty')}</p>
					) : (
						<ul class="made">
							{[...list.values()]
								.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
								.map((a) => (
									<li key={a.id} aria-current={a.id === selected ? 'true' : undefined}>
										<strong>
											<bdi>{a.title}</bdi>
										</strong>{' '}
										<span>
											{t('trainer.createdOn', { date: date(a.createdAt) })}
											{a.due && ` · ${t('assignment.due', { date: formatDue(a.due, lang) })}`}
											{' · '}
											{t('trainer.reports', {
												count: number.format(cohorts.value.filter((c) => c.assignment === a.id).length),
											})}
										</span>{' '}
										<button type="button" class="academy-button secondary" onClick={() => select(a.id)}>
											{t('trainer.open')}
											<span class="sr-only">: {isolate(a.title)}</span>
										</button>{' '}
										<button type="button" class="academy-button secondary" onClick={() => void remove(a.id)}>
											{t('trainer.delete')}
											<span class="sr-only">: {isolate(a.title)}</span>
										</button>
									</li>
								))}
						</ul>
					)}
				</section>
				{current && (
					<section aria-labelledby="trainer-current" class="current">
						<h2 id="trainer-current" tabIndex={-1} ref={panel}>
							<bdi>{current.title}</bdi>
						</h2>
						{parts && assignments.value.some((r) => r.id === madeKey(current.id)) && (
							<parts.Share
								key={current.id}
								assignment={current}
								catalog={catalog}
								page={assignmentPage}
								institution={institution}
							/>
						)}
						{parts && (
							<parts.Cohort
								key={current.id}
								assignment={current}
								records={cohorts.value.filter((c) => c.assignment === current.id)}
								catalog={catalog}
								prompts={prompts}
							/>
						)}
					</section>
				)}
				<section aria-labelledby="trainer-create">
					<h2 id="trainer-create">{t('trainer.create')}</h2>
					<Builder
						catalog={catalog}
						locale={locale}
						onCreated={(id) => (say('done', t('trainer.created'), false), select(id))}
					/>
				</section>
			</div>
		</Locale.Provider>
	);
}

const counts = ({ added, replaced, unchanged }: ImportPlan) => ({ added, replaced, unchanged });
