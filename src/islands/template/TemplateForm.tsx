import { useEffect, useRef, useState } from 'preact/hooks';
import type { TemplateFile } from '../../schemas/template';
import type { DraftRecord } from '../../schemas/draft';
import { drafts, loadRecords } from '../../models/records';
import { putRecords } from '../../lib/storage/records';
import { requestPersistence } from '../../lib/storage/persistence';
import { validate, fieldsOf, type Values, type Problem } from '../../lib/templates/values';
import { toMarkdown } from '../../lib/templates/markdown';
import { parseTemplateJson, toJson, type ImportProblem } from '../../lib/templates/json';
import { makeT, type Strings, type T } from '../../i18n/t';
import { download, saveBlob } from '../save-file';
import { Field } from './Field';
import { Message, useMessage } from '../Message';
import { PrintDocument } from './PrintDocument';

interface Props {
	template: TemplateFile;
	strings: Strings;
	lang: string;
	dir: 'ltr' | 'rtl';
	institution: string;
}

const SAVE_AFTER_MS = 600;

/**
 * A policy template as a form: every change saved on the device (named drafts, several per template),
 * GOV.UK-style checks before export, and exports made on the device (Word, Markdown, print, JSON).
 */
export default function TemplateForm({ template, strings, lang, dir, institution }: Props) {
	const t = makeT(strings);
	const [draft, setDraft] = useState<DraftRecord>(() => blank(template, t, lang));
	const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
	const [problems, setProblems] = useState<Problem[]>([]);
	const { message, say, target } = useMessage();
	const [guidance, setGuidance] = useState(false);
	// Set once the form is interactive and the latest draft restored (tests and styles key on it).
	const [ready, setReady] = useState(false);
	const timer = useRef<ReturnType<typeof setTimeout>>();
	const summaryRef = useRef<HTMLDivElement>(null);
	const mine = drafts.value
		.filter((d) => d.template === template.id)
		.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

	// Restore on return: the draft changed last.
	useEffect(() => {
		// So that Word export works offline later: fetch its code once the page is idle (the service
		// worker keeps it), unless the learner asked the browser to save data.
		const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
		if (navigator.serviceWorker?.controller && !connection?.saveData) {
			('requestIdleCallback' in window ? requestIdleCallback : setTimeout)(
				() => void import('../../lib/templates/docx').catch(() => undefined),
			);
		}
		loadRecords().then(() => {
			const latest = drafts.value
				.filter((d) => d.template === template.id)
				.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
			if (latest) setDraft(latest);
			setReady(true);
		});
	}, []);

	function change(next: DraftRecord) {
		setDraft(next);
		setStatus('saving');
		clearTimeout(timer.current);
		timer.current = setTimeout(() => void save(next), SAVE_AFTER_MS);
	}

	async function save(record: DraftRecord) {
		try {
			const db = await loadRecords();
			if (!db) throw new Error('no storage');
			await putRecords(db, 'drafts', [{ ...record, updatedAt: new Date().toISOString() }]);
			setStatus('saved');
			await requestPersistence(db);
		} catch (error) {
			console.warn('Draft not saved:', error);
			setStatus('failed');
		}
	}

	const setValue = (id: string, value: Values[string]) =>
		change({ ...draft, values: { ...draft.values, [id]: value! } });

	function checked(): boolean {
		const found = validate(template, draft.values);
		setProblems(found);
		if (found.length) requestAnimationFrame(() => summaryRef.current?.focus());
		return found.length === 0;
	}

	const fileName = (ext: string) => `${template.id}-${draft.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 40)}.${ext}`;
	const options = { name: draft.name, institution, guidance };

	async function exportWord() {
		if (!checked()) return;
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
		if (!checked()) return;
		saveBlob(new Blob([toMarkdown(template, draft.values, options)], { type: 'text/markdown' }), fileName('md'));
	}

	function printIt() {
		if (checked()) print();
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
		// Always a new draft: nothing the learner has is overwritten.
		const now = new Date().toISOString();
		const imported: DraftRecord = {
			v: 1,
			id: `${template.id}:${Date.now().toString(36)}`,
			template: template.id,
			name: parsed.file.name,
			values: parsed.file.values,
			createdAt: now,
			updatedAt: now,
		};
		setDraft(imported);
		await save(imported);
		say('done', t('template.imported', { name: imported.name }));
	}

	return (
		<div class="template-form" dir={dir} data-ready={ready ? '' : undefined}>
			<div class="drafts no-print">
				<label for="draft-select">{t('template.draft')}</label>
				<select
					id="draft-select"
					value={draft.id}
					onChange={(e) => {
						const picked = mine.find((d) => d.id === (e.currentTarget as HTMLSelectElement).value);
						if (picked) setDraft(picked);
					}}
				>
					{[draft, ...mine.filter((d) => d.id !== draft.id)].map((d) => (
						<option key={d.id} value={d.id}>
							{d.name}
						</option>
					))}
				</select>
				<button type="button" class="academy-button secondary" onClick={() => change(blank(template, t, lang))}>
					{t('template.newDraft')}
				</button>
				<label for="draft-name">{t('template.draftName')}</label>
				<input
					id="draft-name"
					dir="auto"
					maxLength={120}
					value={draft.name}
					onInput={(e) => change({ ...draft, name: (e.currentTarget as HTMLInputElement).value })}
				/>
				<p class="save-status" role="status">
					{status === 'saving'
						? t('template.saving')
						: status === 'saved'
							? t('template.saved')
							: status === 'failed'
								? t('template.saveFailed')
								: ''}
				</p>
			</div>

			{problems.length > 0 && (
				<div class="error-summary no-print" role="alert" tabIndex={-1} ref={summaryRef}>
					<p class="error-title">{t('template.errorTitle')}</p>
					<ul>
						{problems.map((p) => (
							<li key={p.field}>
								<a href={`#field-${p.field}`}>{problemText(template, p, t)}</a>
							</li>
						))}
					</ul>
				</div>
			)}

			<form class="no-print" onSubmit={(e) => e.preventDefault()} noValidate>
				{template.sections.map((s) => (
					<section key={s.id}>
						<h2>{s.title}</h2>
						{s.intro && <p>{s.intro}</p>}
						{s.fields.map((f) => {
							const problem = problems.find((p) => p.field === f.id);
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
								/>
							);
						})}
					</section>
				))}
			</form>

			<section class="exports no-print" aria-labelledby="export-heading">
				<h2 id="export-heading">{t('template.export')}</h2>
				<p>
					<input
						type="checkbox"
						id="include-guidance"
						checked={guidance}
						onChange={(e) => setGuidance((e.currentTarget as HTMLInputElement).checked)}
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
					<button type="button" class="academy-button secondary" onClick={printIt}>
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
			/>
		</div>
	);
}

function blank(template: TemplateFile, t: T, lang: string): DraftRecord {
	const now = new Date();
	const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(now);
	return {
		v: 1,
		id: `${template.id}:${now.getTime().toString(36)}`,
		template: template.id,
		name: t('template.defaultName', { date }),
		values: {},
		createdAt: now.toISOString(),
		updatedAt: now.toISOString(),
	};
}

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
