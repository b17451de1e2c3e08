import { useEffect, useRef, useState } from 'preact/hooks';
import type { AcademyDb } from '../../lib/storage/db';
import type { TemplateFile } from '../../schemas/template';
import type { DraftRecord } from '../../schemas/draft';
import { drafts, loadRecords } from '../../models/records';
import { requestPersistence } from '../../lib/storage/persistence';
import { deleteDraft, restoreDraft, saveDraft, saveDraftAtOnce, uniqueName } from '../../lib/templates/drafts';
import { adoptStored, withName, withValue, type DraftChanges } from '../../lib/templates/merge-draft';
import { createDraftSaver, type DraftSaver, type SaveState } from '../../lib/templates/draft-saver';
import { isQuotaError } from '../records-client';
import { isolate } from '../../lib/text/isolate';
import { validate, fieldsOf, type Values, type Problem } from '../../lib/templates/values';
import { toMarkdown } from '../../lib/templates/markdown';
import { parseTemplateJson, toJson, type ImportProblem } from '../../lib/templates/json';
import { makeT, type Strings, type T } from '../../i18n/t';
import { download, saveBlob } from '../save-file';
import { Field } from './Field';
import { Checklist } from './Checklist';
import { DraftBar, type SaveStatus } from './DraftBar';
import { Message, useMessage } from '../Message';
import { UndoNotice, type Undoable } from '../UndoNotice';
import { PrintDocument } from './PrintDocument';

interface Props {
	template: TemplateFile;
	strings: Strings;
	lang: string;
	/**
	 * The page's language, in which the learner types: numbers are read in it ("12,000" is twelve in
	 * French), also when the template itself is shown in English because it is not translated yet.
	 */
	inputLang: string;
	dir: 'ltr' | 'rtl';
	institution: string;
}

/**
 * A policy template as a form: every change saved on the device (named drafts, several per template,
 * deleted with an undo), a checklist of what is still missing, and exports made on the device (Word,
 * Markdown, print, JSON) that work at any stage: officials circulate half-done drafts for comment.
 */
export default function TemplateForm({ template, strings, lang, inputLang, dir, institution }: Props) {
	const t = makeT(strings);
	const [draft, setShown] = useState<DraftRecord>(() => blank(template, t, lang, []));
	const [status, setStatus] = useState<SaveStatus>('idle');
	const { message, say, target } = useMessage();
	const [notice, setNotice] = useState<Undoable>(null);
	const [guidance, setGuidance] = useState(false);
	// Set once the form is interactive and the latest draft restored (tests and styles key on it).
	const [ready, setReady] = useState(false);
	const db = useRef<AcademyDb>();
	/**
	 * The draft on screen, ahead of the next render: a keystroke and another tab's change can both
	 * arrive before the page renders again, and each must build on the other, not on the last render.
	 */
	const shown = useRef(draft);
	const setDraft = (next: DraftRecord) => {
		shown.current = next;
		setShown(next);
	};
	/** The field (id, or "name") the learner is in: another tab's change never replaces it under them. */
	const editing = useRef<string>();
	/** Counts the times the learner left a field, so another tab's change held back there is shown then. */
	const [left, setLeft] = useState(0);
	/**
	 * The versions of each draft this tab wrote (by `updatedAt`): a read of the records that started
	 * before this tab's latest write ends after it, and must not put older answers back on screen.
	 */
	const written = useRef(new Map<string, { latest: string; all: Set<string>; record: DraftRecord }>());
	const saverRef = useRef<DraftSaver>();
	saverRef.current ??= createDraftSaver(async (record, changes) => {
		const opened = db.current ?? (db.current = await loadRecords());
		if (!opened) throw new Error('no storage');
		const saved = await saveDraft(opened, record, changes);
		const mark = written.current.get(saved.id) ?? { latest: '', all: new Set<string>(), record: saved };
		mark.all.add(saved.updatedAt);
		if (saved.updatedAt >= mark.latest) Object.assign(mark, { latest: saved.updatedAt, record: saved });
		written.current.set(saved.id, mark);
		return saved;
	}, reportSave);
	const saver = saverRef.current;
	const mine = drafts.value
		.filter((d) => d.template === template.id)
		.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
	const problems = validate(template, draft.values, inputLang);

	useEffect(() => {
		// So that Word export works offline later: fetch its code once the page is idle (the service
		// worker keeps it), unless the learner asked the browser to save data.
		const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
		if (navigator.serviceWorker?.controller && !connection?.saveData) {
			('requestIdleCallback' in window ? requestIdleCallback : setTimeout)(
				() => void import('../../lib/templates/docx').catch(() => undefined),
			);
		}
		// Restore on return: the draft changed last.
		void loadRecords().then((opened) => {
			db.current = opened;
			const latest = drafts.value
				.filter((d) => d.template === template.id)
				.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
			if (latest) setDraft(latest);
			setReady(true);
		});
		// The last keystrokes must not wait for the write under way when the learner leaves, reloads or
		// switches away: the page may never run again (a phone discards hidden tabs).
		const leave = () => saver.leave(writeAtOnce);
		const hidden = () => document.visibilityState === 'hidden' && saver.flush();
		addEventListener('pagehide', leave);
		document.addEventListener('visibilitychange', hidden);
		return () => {
			removeEventListener('pagehide', leave);
			document.removeEventListener('visibilitychange', hidden);
		};
	}, []);

	// Another tab (or a restore) changed the stored drafts: show its answers, except where the learner
	// is typing or has changes of their own still being written.
	const stored = drafts.value;
	useEffect(() => {
		const current = shown.current;
		const record = stored.find((d) => d.id === current.id);
		if (!record || !ready) return;
		const mine = written.current.get(record.id);
		if (mine && mine.all.has(record.updatedAt) && record.updatedAt < mine.latest) return;
		const unsaved = saver.unsaved(current.id);
		const keep = new Set(unsaved.fields);
		if (editing.current) keep.add(editing.current);
		const merged = adoptStored(current, record, keep, unsaved.name || editing.current === NAME);
		if (!merged.outside) return;
		setDraft(merged.draft);
		setStatus('merged');
	}, [stored, ready, left]);

	function reportSave(s: SaveState) {
		if (s.state === 'saving') return setStatus('saving');
		if (s.state === 'failed') {
			console.warn('Draft not saved:', s.error);
			// The text stays on screen and in the saver: the next change or flush tries again.
			return setStatus(isQuotaError(s.error) ? 'full' : 'failed');
		}
		setStatus('saved');
		if (db.current) requestPersistence(db.current).catch((error: unknown) => console.warn(error));
	}

	function flush() {
		saver.flush();
	}

	/**
	 * The page is going: a write that first reads the stored draft would never get its answer, so
	 * this one lays the unsaved changes over the stored draft as this tab last heard of it.
	 */
	function writeAtOnce(record: DraftRecord, changes: DraftChanges) {
		if (!db.current) return;
		// The newer of what the last read of the records and this tab's own last write say is stored.
		const read = drafts.value.find((d) => d.id === record.id);
		const own = written.current.get(record.id)?.record;
		const known = read && own ? (read.updatedAt > own.updatedAt ? read : own) : (read ?? own);
		saveDraftAtOnce(db.current, record, changes, known).catch((error: unknown) =>
			console.warn('Draft not saved:', error),
		);
	}

	const names = () => [draft.name, ...mine.map((d) => d.name)];

	function open(next: DraftRecord) {
		flush();
		setNotice(null);
		setDraft(next);
	}

	function startNew() {
		flush();
		setNotice(null);
		// Written at once, not after the typing pause: the new draft is in the list even if the page
		// is reloaded straight away.
		const next = blank(template, t, lang, names());
		setDraft(next);
		saver.change(next, { name: true });
	}

	async function remove() {
		flush();
		const gone = draft;
		const opened = db.current;
		const stored = opened ? await deleteDraft(opened, gone.id) : undefined;
		const rest = mine.filter((d) => d.id !== gone.id);
		// The next most recent draft, or an empty one that is stored only once something is typed.
		setDraft(
			rest[0] ??
				blank(
					template,
					t,
					lang,
					rest.map((d) => d.name),
				),
		);
		setStatus('idle');
		setNotice({
			text: t('template.deleted', { name: isolate(gone.name) }),
			undo: stored && opened ? () => void undo(opened, stored) : undefined,
		});
	}

	async function undo(opened: AcademyDb, record: DraftRecord) {
		flush();
		await restoreDraft(opened, record);
		setDraft(record);
		setNotice({ text: t('template.restored', { name: isolate(record.name) }) });
	}

	function setValue(id: string, value: Values[string]) {
		if (value === undefined) return;
		const next = withValue(shown.current, id, value);
		setDraft(next);
		saver.change(next, { field: id });
	}

	function rename(name: string) {
		const next = withName(shown.current, name);
		setDraft(next);
		saver.change(next, { name: true });
	}

	/** Which field a focus event is in: `name`, a field id, or none. */
	function fieldOf(target: EventTarget | null): string | undefined {
		if (!(target instanceof Element)) return undefined;
		if (target.id === 'draft-name') return NAME;
		return target.closest('[data-field]')?.getAttribute('data-field') ?? undefined;
	}

	const fileName = (ext: string) => `${template.id}-${draft.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}.${ext}`;
	const options = { name: draft.name, institution, guidance, empty: t('template.toComplete') };

	async function exportWord() {
		try {
			const { toDocxBlob } = await import('../../lib/templates/docx');
			const blob = await toDocxBlob(template, draft.values, { ...options, rtl: dir === 'rtl', lang });
			saveBlob(blob, fileName('docx'));
		} catch (error) {
			console.warn('Word export failed:', error);
			say('error', t('template.exportFailed'));
		}
	}

	function exportMarkdown() {
		saveBlob(new Blob([toMarkdown(template, draft.values, options)], { type: 'text/markdown' }), fileName('md'));
	}

	async function importFile(event: Event) {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const text = await file.text().catch(() => undefined);
		const parsed =
			text === undefined ? ({ ok: false, problem: 'not-json' } as const) : parseTemplateJson(text, template, file.size);
		if (!parsed.ok) return say('error', importProblem(parsed, t));
		// Always a new draft, under a name of its own: nothing the learner has is overwritten.
		flush();
		const now = new Date().toISOString();
		const imported: DraftRecord = {
			v: 2,
			id: `${template.id}:${Date.now().toString(36)}`,
			template: template.id,
			name: uniqueName(parsed.file.name, names(), (n) =>
				t('template.nameNumbered', { name: parsed.file.name, n: new Intl.NumberFormat(lang).format(n) }),
			),
			values: parsed.file.values,
			changedAt: Object.fromEntries(Object.keys(parsed.file.values).map((field) => [field, now])),
			nameChangedAt: now,
			createdAt: now,
			updatedAt: now,
		};
		setDraft(imported);
		saver.change(imported, { name: true });
		say('done', t('template.imported', { name: isolate(imported.name) }));
	}

	return (
		<div
			class="template-form"
			dir={dir}
			data-ready={ready ? '' : undefined}
			onFocusIn={(e) => (editing.current = fieldOf(e.target))}
			onFocusOut={(e) => {
				if (fieldOf(e.relatedTarget) === editing.current) return;
				editing.current = undefined;
				// What another tab changed in that field while the learner was in it shows now.
				setLeft((n) => n + 1);
			}}
		>
			<DraftBar
				draft={draft}
				others={mine.filter((d) => d.id !== draft.id)}
				status={status}
				t={t}
				onOpen={open}
				onNew={startNew}
				onRename={rename}
				onDelete={() => void remove()}
			/>
			<UndoNotice notice={notice} label={t('template.undo')} />

			<p class="required-note no-print">{t('template.requiredNote')}</p>

			<form class="no-print" onSubmit={(e) => e.preventDefault()} noValidate>
				{template.sections.map((s) => (
					<section key={s.id}>
						<h2>{s.title}</h2>
						{s.intro && <p>{s.intro}</p>}
						{s.fields.map((f) => {
							// Only wrong values are flagged in the form; what is simply unanswered is in the checklist.
							const problem = problems.find((p) => p.field === f.id && p.problem !== 'required');
							return (
								<Field
									key={`${draft.id}-${f.id}`}
									field={f}
									value={draft.values[f.id]}
									onChange={(v) => setValue(f.id, v)}
									error={problem && problemText(template, problem, t)}
									t={t}
									strings={strings}
									lang={lang}
									inputLang={inputLang}
								/>
							);
						})}
					</section>
				))}
			</form>

			<section class="exports no-print" aria-labelledby="export-heading">
				<h2 id="export-heading">{t('template.export')}</h2>
				<Checklist
					items={problems.map((p) => ({ field: p.field, text: problemText(template, p, t) }))}
					t={t}
					lang={lang}
				/>
				<p>
					<input
						type="checkbox"
						id="include-guidance"
						checked={guidance}
						onChange={(e) => setGuidance(e.currentTarget.checked)}
					/>{' '}
					<label for="include-guidance">{t('template.includeGuidance')}</label>
				</p>
				<div class="actions">
					<button type="button" class="academy-button" onClick={exportWord}>
						{t('template.exportWord')}
					</button>
					<button type="button" class="academy-button secondary" onClick={exportMarkdown}>
						{t('template.exportMarkdown')}
					</button>
					<button type="button" class="academy-button secondary" onClick={() => print()}>
						{t('template.print')}
					</button>
					<button
						type="button"
						class="academy-button secondary"
						onClick={() => download(fileName('json'), toJson(template, draft.name, draft.values))}
					>
						{t('template.exportJson')}
					</button>
				</div>
				<p>
					<label for="import-file">{t('template.import')}</label>
					<input id="import-file" type="file" accept="application/json,.json" onChange={importFile} />
				</p>
				<Message message={message} target={target} />
			</section>

			<PrintDocument
				template={template}
				values={draft.values}
				name={draft.name}
				institution={institution}
				guidance={guidance}
				empty={t('template.toComplete')}
			/>
		</div>
	);
}

/** An empty draft named after now, numbered if a draft of that minute already has the name. */
function blank(template: TemplateFile, t: T, lang: string, taken: string[]): DraftRecord {
	const now = new Date();
	const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(now);
	const name = t('template.defaultName', { date });
	return {
		v: 2,
		id: `${template.id}:${now.getTime().toString(36)}`,
		template: template.id,
		name: uniqueName(name, taken, (n) =>
			t('template.nameNumbered', { name, n: new Intl.NumberFormat(lang).format(n) }),
		),
		values: {},
		changedAt: {},
		nameChangedAt: now.toISOString(),
		createdAt: now.toISOString(),
		updatedAt: now.toISOString(),
	};
}

/** The draft's name, among field ids in the set of what the learner is editing (ids are slugs: no clash). */
const NAME = '@name';

function problemText(template: TemplateFile, p: Problem, t: T): string {
	const label = fieldsOf(template).find((f) => f.id === p.field)?.label ?? p.field;
	const key = {
		required: 'template.errRequired',
		'too-long': 'template.errTooLong',
		'not-a-number': 'template.errNumber',
		'too-small': 'template.errNumber',
		'too-big': 'template.errNumber',
		'not-a-date': 'template.errDate',
		'bad-choice': 'template.errChoice',
		'too-many-rows': 'template.errRows',
	}[p.problem] as Parameters<T>[0];
	return t(key, { label });
}

function importProblem(p: { ok: false } & ImportProblem, t: T): string {
	switch (p.problem) {
		case 'too-large':
			return t('template.errFileTooLarge');
		case 'not-json':
			return t('template.errFileNotJson');
		case 'not-a-template':
			return t('template.errFileNotTemplate');
		case 'newer-version':
			return t('template.errFileNewer', { version: p.version });
		case 'other-template':
			return t('template.errFileOther', { template: p.template });
		case 'bad-values':
			return t('template.errFileValues', { field: p.field });
	}
}
