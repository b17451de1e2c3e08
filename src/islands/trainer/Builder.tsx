import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { AssignmentPayload } from '../../schemas/assignment';
import type { SiteCatalog } from '../../lib/catalog';
import { encodeAssignment, MAX_CODE_LENGTH } from '../../lib/exchange/assignment-codec';
import { loadRecords } from '../../models/records';
import { saveMadeAssignment } from '../../lib/trainer/cohort-store';
import { assignableItems, itemKey } from '../../lib/trainer/assignable';
import { requestPersistence } from '../../lib/storage/persistence';
import { Locale } from '../locale-context';
import { randomId } from '../random-id';

type Problem = { field: string; text: string };

/**
 * The assignment builder: title, message, due date, pass mark and what to study. The code's length
 * is shown as the trainer chooses, and a selection too long for a QR code on paper is refused.
 */
export function Builder({
	catalog,
	locale,
	onCreated,
}: {
	catalog: SiteCatalog;
	locale: string;
	onCreated: (id: string) => void;
}) {
	const { t } = useContext(Locale);
	const [title, setTitle] = useState('');
	const [message, setMessage] = useState('');
	const [due, setDue] = useState('');
	const [passMark, setPassMark] = useState('70');
	const [chosen, setChosen] = useState<Set<string>>(new Set());
	const [length, setLength] = useState(0);
	const [problems, setProblems] = useState<Problem[]>([]);
	const summary = useRef<HTMLDivElement>(null);
	const all = assignableItems(catalog);

	function payload(): AssignmentPayload {
		return {
			v: 1,
			id: 'preview',
			title: title.trim() || '-',
			message: message.trim(),
			items: all.filter((c) => chosen.has(c.key)).map(({ kind, id }) => ({ kind, id })),
			...(due ? { due } : {}),
			passMark: Number(passMark) || 70,
			locale,
			createdAt: new Date().toISOString(),
		};
	}

	// The size of the code as it would be made now (the id's final length is the same).
	useEffect(() => {
		const draft = { ...payload(), id: 'x'.repeat(12) };
		if (draft.items.length === 0) return setLength(0);
		let live = true;
		encodeAssignment(draft)
			.then((code) => live && setLength(code.length))
			.catch(() => undefined);
		return () => {
			live = false;
		};
	}, [title, message, due, passMark, chosen]);

	const toggle = (key: string, on: boolean) => {
		const next = new Set(chosen);
		if (on) next.add(key);
		else next.delete(key);
		setChosen(next);
	};

	async function create(event: Event) {
		event.preventDefault();
		const found: Problem[] = [];
		const mark = Number(passMark);
		if (!title.trim()) found.push({ field: 'assignment-title', text: t('trainer.errTitle') });
		if (!Number.isInteger(mark) || mark < 1 || mark > 100)
			found.push({ field: 'assignment-pass', text: t('trainer.errPassMark') });
		if (chosen.size === 0) found.push({ field: 'assignment-items', text: t('trainer.errItems') });
		if (length > MAX_CODE_LENGTH)
			found.push({ field: 'assignment-items', text: t('trainer.tooLong', { length, max: MAX_CODE_LENGTH }) });
		setProblems(found);
		if (found.length) return requestAnimationFrame(() => summary.current?.focus());
		const assignment = { ...payload(), id: randomId(), title: title.trim() };
		const code = await encodeAssignment(assignment);
		if (code.length > MAX_CODE_LENGTH) {
			setProblems([
				{ field: 'assignment-items', text: t('trainer.tooLong', { length: code.length, max: MAX_CODE_LENGTH }) },
			]);
			return requestAnimationFrame(() => summary.current?.focus());
		}
		const db = await loadRecords();
		if (!db) return;
		await saveMadeAssignment(db, assignment);
		void requestPersistence(db);
		setTitle('');
		setMessage('');
		setDue('');
		setChosen(new Set());
		onCreated(assignment.id);
	}

	const errorFor = (field: string) => problems.find((p) => p.field === field)?.text;
	const checkbox = (key: string, label: string) => (
		<label class="choice" key={key}>
			<input type="checkbox" checked={chosen.has(key)} onChange={(e) => toggle(key, e.currentTarget.checked)} /> {label}
		</label>
	);
	const count = (keys: string[]) => keys.filter((k) => chosen.has(k)).length;
	const number = new Intl.NumberFormat(useContext(Locale).lang);
	return (
		<form class="builder" onSubmit={create} noValidate>
			{problems.length > 0 && (
				<div class="error-summary" role="alert" tabIndex={-1} ref={summary}>
					<h3>{t('trainer.errorsTitle')}</h3>
					<ul>
						{problems.map((p) => (
							<li key={p.text}>
								<a href={`#${p.field}`}>{p.text}</a>
							</li>
						))}
					</ul>
				</div>
			)}
			<label for="assignment-title">{t('trainer.fieldTitle')}</label>
			{errorFor('assignment-title') && <p class="field-error">{errorFor('assignment-title')}</p>}
			<input
				id="assignment-title"
				type="text"
				maxLength={120}
				value={title}
				aria-invalid={errorFor('assignment-title') ? 'true' : undefined}
				onInput={(e) => setTitle(e.currentTarget.value)}
			/>
			<label for="assignment-message">{t('trainer.fieldMessage')}</label>
			<textarea
				id="assignment-message"
				rows={3}
				maxLength={1000}
				value={message}
				onInput={(e) => setMessage(e.currentTarget.value)}
			/>
			<label for="assignment-due">{t('trainer.fieldDue')}</label>
			<p class="hint" id="assignment-due-hint">
				{t('trainer.dueHint')}
			</p>
			<input
				id="assignment-due"
				type="date"
				value={due}
				aria-describedby="assignment-due-hint"
				onInput={(e) => setDue(e.currentTarget.value)}
			/>
			<label for="assignment-pass">{t('trainer.fieldPassMark')}</label>
			{errorFor('assignment-pass') && <p class="field-error">{errorFor('assignment-pass')}</p>}
			<input
				id="assignment-pass"
				type="number"
				inputMode="numeric"
				min={1}
				max={100}
				value={passMark}
				aria-invalid={errorFor('assignment-pass') ? 'true' : undefined}
				onInput={(e) => setPassMark(e.currentTarget.value)}
			/>
			<fieldset id="assignment-items" tabIndex={-1} class="items">
				<legend>{t('trainer.pickItems')}</legend>
				{errorFor('assignment-items') && <p class="field-error">{errorFor('assignment-items')}</p>}
				{catalog.courses.map((c) => {
					const keys = [
						itemKey('course', c.id),
						...c.lessons.map((l) => itemKey('lesson', l.id)),
						itemKey('quiz', c.id),
					];
					return (
						<details key={c.id}>
							<summary>
								{c.title}
								{count(keys) > 0 && (
									<span class="chosen"> ({t('trainer.chosen', { count: number.format(count(keys)) })})</span>
								)}
							</summary>
							{checkbox(itemKey('course', c.id), t('trainer.wholeCourse'))}
							{c.lessons.map((l) => checkbox(itemKey('lesson', l.id), l.title))}
							{c.quiz && checkbox(itemKey('quiz', c.id), t('trainer.courseQuiz'))}
						</details>
					);
				})}
				<details>
					<summary>{t('trainer.assessments')}</summary>
					{catalog.assessments.map((a) => checkbox(itemKey('assessment', a.id), a.title))}
				</details>
				<details>
					<summary>{t('trainer.templates')}</summary>
					{catalog.templates.map((tp) => checkbox(itemKey('template', tp.id), tp.title))}
				</details>
			</fieldset>
			<p class={length > MAX_CODE_LENGTH ? 'size too-long' : 'size'} aria-live="polite">
				{length > MAX_CODE_LENGTH
					? t('trainer.tooLong', { length: number.format(length), max: number.format(MAX_CODE_LENGTH) })
					: t('trainer.size', { length: number.format(length), max: number.format(MAX_CODE_LENGTH) })}
			</p>
			<button type="submit" class="academy-button">
				{t('trainer.submit')}
			</button>
		</form>
	);
}
