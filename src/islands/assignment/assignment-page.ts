import type { AssignmentPayload } from '../../schemas/assignment';
import type { AssignmentRecord } from '../../schemas/assignment-record';
import type { SiteCatalog } from '../../lib/catalog';
import type { AcademyDb } from '../../lib/storage/db';
import { codeFrom } from '../../lib/exchange/compress';
import {
	findReceived,
	planReceive,
	removeReceived,
	saveReceived,
	type ReceivePlan,
} from '../../lib/exchange/receive-assignment';
import { decodeAssignment, decodeAssignmentFile, type DecodedAssignment } from '../../lib/exchange/assignment-codec';
import { readLearnerRecords, type AssignmentPageRecords } from '../../lib/trainer/read-learner-records';
import { reportItems } from '../../lib/trainer/progress';
import { requestPersistence } from '../../lib/storage/persistence';
import { onRecordsChanged } from '../../lib/storage/broadcast';
import { LOCALE_KEY, preferredLocale } from '../../lib/preferred-locale';
import { makeT, type Strings } from '../../i18n/t';
import { records } from '../records-client';
import { randomId } from '../random-id';
import { prefetchQr } from '../qr-svg';
import { prefetchWhenIdle } from '../prefetch';
import { assignmentProblem } from './problems';
import { assignmentView } from './assignment-view';
import { offlineSection } from './offline-section';
import { reportSection } from './report-section';
import { replaceQuestion } from './replace-question';
import { lessonsOf } from './describe-item';
import type { PageContext } from './context';
import { h, messageRegion } from './dom';

/**
 * `<assignment-page>` on `/<locale>/assignment/`: opens an assignment from its link (`#a=<code>`), a
 * pasted link or code, or a file; keeps it in "My learning" (`#id=<id>` opens a kept one, also
 * offline), shows progress on each item as the learner works, offers the offline download, and makes
 * the progress report. Plain DOM and no zod on the way to the first view; the report's code loads
 * when asked for. Its props come in a JSON block inside it, written at build time.
 */
interface Props {
	strings: Strings;
	lang: string;
	locale: string;
	/** The site's languages, to open the assignment in the learner's own. */
	languages: { code: string; lang: string }[];
	catalog: SiteCatalog;
	base: string;
	pages: { trainer: string; my: string };
}

class AssignmentPage extends HTMLElement {
	connectedCallback() {
		const props = JSON.parse(this.querySelector('script[type="application/json"]')?.textContent ?? '{}') as Props;
		void start(this, props);
	}
}

async function start(root: HTMLElement, props: Props) {
	const { lang, locale, languages, base } = props;
	const ctx: PageContext = { t: makeT(props.strings), lang, locale, base, catalog: props.catalog, pages: props.pages };
	const { t } = ctx;
	prefetchQr();
	// The report maker and the download code load when used; kept ahead so they also work offline.
	prefetchWhenIdle(() => Promise.all([import('./report-ready'), import('../../lib/storage/download-course')]));
	const hash = new URLSearchParams(location.hash.slice(1));
	const code = hash.get('a');
	if (code && moveToOwnLanguage()) return;
	addEventListener('hashchange', () => location.reload());

	const db = await records();
	if (!db) return root.replaceChildren(h('p', { role: 'alert' }, t('my.unavailable')));
	let data: AssignmentPageRecords = await readLearnerRecords(db);

	const message = messageRegion();
	const question = h('div');
	const myLink = h('p', { hidden: true }, h('a', { href: props.pages.my }, t('my.title')));
	const main = h('div');
	const saved = h('div');
	root.replaceChildren(message.el, question, myLink, main);
	root.toggleAttribute('data-ready', true);

	const say = (kind: 'error' | 'done', text: string) => {
		message.say(kind, text);
		myLink.hidden = kind !== 'done';
	};
	let open: AssignmentRecord | undefined;
	let view: HTMLElement | undefined;

	onRecordsChanged(
		() =>
			void readLearnerRecords(db).then((fresh) => {
				data = fresh;
				if (open) {
					open = data.received.find((r) => r.id === open!.id) ?? open;
					refreshView();
				} else if (!main.querySelector('#assignment-code')) return;
				else showSaved();
			}),
	);

	// An empty `#a=` is a link cut short: said so, like any damaged code.
	if (code !== null) {
		showOpenForm();
		await receive(await decodeAssignment(code));
	} else if (hash.get('id')) {
		const kept = findReceived(data.received, hash.get('id') ?? '');
		if (kept) show(kept, false);
		else {
			showOpenForm();
			say('error', t('assignment.notFound'));
		}
	} else showOpenForm();

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

	function refreshView() {
		if (!open || !view) return;
		const items = reportItems(open.assignment, data, lessonsOf(ctx.catalog));
		const next = assignmentView(open.assignment, items, ctx);
		view.replaceWith(next);
		view = next;
	}

	/** The assignment, its offline download, the report form and the Remove button. */
	function showAssignment(record: AssignmentRecord, database: AcademyDb) {
		open = record;
		view = h('section');
		main.replaceChildren(
			view,
			offlineSection(record.assignment, database, ctx),
			reportSection(record, database, ctx),
			h(
				'p',
				{ class: 'remove' },
				h(
					'button',
					{ type: 'button', class: 'academy-button secondary', onclick: () => void remove(record) },
					t('assignment.remove'),
				),
			),
		);
		refreshView();
	}

	function show(record: AssignmentRecord, announce = true) {
		history.replaceState(null, '', `#id=${record.assignment.id}`);
		showAssignment(record, db!);
		if (announce) say('done', t('assignment.saved'));
	}

	async function receive(decoded: DecodedAssignment) {
		if (!decoded.ok) return say('error', assignmentProblem(t, decoded, lang));
		data = await readLearnerRecords(db!);
		const plan = planReceive(data.received, decoded.assignment);
		if (plan.kind === 'same') return show(plan.kept);
		// Another assignment under a kept one's id: the kept one stays open until the learner chooses.
		if (plan.kind === 'differs') {
			show(plan.kept, false);
			return ask(plan);
		}
		await store(decoded.assignment);
	}

	function ask(plan: Extract<ReceivePlan, { kind: 'differs' }>) {
		question.replaceChildren(
			replaceQuestion(plan.kept.assignment, plan.incoming, ctx, (replace) => {
				question.replaceChildren();
				if (replace) void store(plan.incoming, plan.kept);
				else say('done', t('assignment.keptAsIs'));
			}),
		);
	}

	async function store(assignment: AssignmentPayload, kept?: AssignmentRecord) {
		let record: AssignmentRecord;
		try {
			record = await saveReceived(db!, assignment, { kept, learnerId: randomId() });
		} catch {
			return say('error', t('assignment.notSaved'));
		}
		void requestPersistence(db!);
		data = await readLearnerRecords(db!);
		show(record);
	}

	/** Takes the assignment off this device; the learner's lessons, quizzes and drafts stay. */
	async function remove(record: AssignmentRecord) {
		if (!confirm(t('assignment.removeConfirm'))) return;
		await removeReceived(db!, record);
		open = view = undefined;
		history.replaceState(null, '', location.pathname);
		data = await readLearnerRecords(db!);
		showOpenForm();
		say('done', t('assignment.removed'));
	}

	async function openFile(file: File | undefined) {
		if (!file) return;
		if (file.size > 64 * 1024) return say('error', t('assignment.errTooLarge'));
		await receive(decodeAssignmentFile(await file.text()));
	}

	/** The assignments kept on this device, each a link to its `#id=`. */
	function showSaved() {
		saved.replaceChildren(
			data.received.length > 0
				? h(
						'section',
						{ 'aria-labelledby': 'saved-assignments' },
						h('h2', { id: 'saved-assignments' }, t('my.assignments')),
						h(
							'ul',
							{},
							data.received.map(({ assignment }) =>
								h('li', {}, h('a', { href: `#id=${assignment.id}` }, h('bdi', {}, assignment.title))),
							),
						),
					)
				: '',
		);
	}

	function showOpenForm() {
		showSaved();
		const paste = h('textarea', { id: 'assignment-code', rows: 3, spellcheck: 'false', dir: 'ltr' });
		main.replaceChildren(
			saved,
			h(
				'section',
				{ 'aria-labelledby': 'open-assignment', class: 'open-assignment' },
				h('h2', { id: 'open-assignment' }, t('assignment.openHeading')),
				h('p', {}, t('assignment.openIntro')),
				h(
					'form',
					{
						onsubmit: (e) => {
							e.preventDefault();
							void decodeAssignment(codeFrom(paste.value, 'a')).then(receive);
						},
					},
					h('label', { for: 'assignment-code' }, t('assignment.pasteLabel')),
					paste,
					h('button', { type: 'submit', class: 'academy-button' }, t('assignment.open')),
				),
				h('label', { for: 'assignment-file' }, t('assignment.openFile')),
				h('input', {
					id: 'assignment-file',
					type: 'file',
					accept: '.json,application/json',
					onchange: (e) => void openFile((e.currentTarget as HTMLInputElement).files?.[0]),
				}),
			),
		);
	}
}

customElements.define('assignment-page', AssignmentPage);
