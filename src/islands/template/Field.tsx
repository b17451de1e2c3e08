import type { TemplateField } from '../../schemas/template';
import type { FieldValue } from '../../schemas/draft';
import { rowsOf } from '../../lib/templates/values';
import { parseNumber } from '../../lib/templates/parse-number';
import { ownValue } from '../../lib/own-value';
import { plural, type T } from '../../i18n/t';

interface Props {
	field: TemplateField;
	value: FieldValue | undefined;
	onChange: (value: FieldValue) => void;
	error?: string;
	t: T;
	strings: Record<string, string | undefined>;
	lang: string;
	/** The language the learner types in (the page's), for numbers. */
	inputLang: string;
}

/**
 * One template field in the GOV.UK pattern: label (with a visible marker when required), hint (the
 * guidance), error message, the control, and an example answer behind a disclosure. Text the
 * learner types is `dir="auto"`. A number shows how it was read, in the page's language.
 */
export function Field({ field: f, value, onChange, error, t, strings, lang, inputLang }: Props) {
	const marker = f.required && (
		<>
			{' '}
			<span class="required-marker">{t('template.requiredMarker')}</span>
		</>
	);
	const id = `field-${f.id}`;
	const hint = `${id}-hint`;
	const described = [hint, error ? `${id}-error` : ''].filter(Boolean).join(' ');
	const text = typeof value === 'string' ? value : '';
	const example = (
		<details class="example">
			<summary>{t('template.example')}</summary>
			<p dir="auto">{f.example}</p>
		</details>
	);
	const errorLine = error && (
		<p class="field-error" id={`${id}-error`}>
			{error}
		</p>
	);

	if (f.type === 'choice' || f.type === 'multi') {
		const chosen = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
		return (
			<fieldset
				class={`field${error ? ' has-error' : ''}`}
				id={id}
				aria-describedby={described}
				data-required={f.required ? '' : undefined}
				data-type={f.type}
				data-field={f.id}
				// A radio group can say it is required; a set of checkboxes says it in its legend.
				role={f.type === 'choice' ? 'radiogroup' : undefined}
				aria-required={f.type === 'choice' && f.required ? true : undefined}
			>
				<legend>
					{f.label}
					{marker}
				</legend>
				<p class="hint" id={hint}>
					{f.guidance}
				</p>
				{errorLine}
				<ul class="choices">
					{f.options.map((o) => (
						<li key={o.id}>
							<input
								type={f.type === 'multi' ? 'checkbox' : 'radio'}
								id={`${id}-${o.id}`}
								name={id}
								checked={chosen.includes(o.id)}
								onChange={(e) => {
									if (f.type === 'choice') return onChange(o.id);
									const on = e.currentTarget.checked;
									onChange(on ? [...chosen, o.id] : chosen.filter((c) => c !== o.id));
								}}
							/>
							<label for={`${id}-${o.id}`}>{o.label}</label>
						</li>
					))}
				</ul>
				{example}
			</fieldset>
		);
	}

	if (f.type === 'table') {
		const rows = rowsOf(value);
		const set = (i: number, col: string, v: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [col]: v } : r)));
		return (
			<fieldset
				class={`field table-field${error ? ' has-error' : ''}`}
				id={id}
				aria-describedby={described}
				data-required={f.required ? '' : undefined}
				data-type={f.type}
				data-field={f.id}
			>
				<legend>
					{f.label}
					{marker}
				</legend>
				<p class="hint" id={hint}>
					{f.guidance}
				</p>
				{errorLine}
				{rows.map((row, i) => (
					<fieldset class="row" key={i}>
						<legend>{t('template.row', { n: i + 1 })}</legend>
						{f.columns.map((c) => {
							const cellId = `${id}-${i}-${c.id}`;
							return (
								<div class="cell" key={c.id}>
									<label for={cellId}>{c.label}</label>
									{c.type === 'choice' ? (
										<select
											id={cellId}
											value={ownValue(row, c.id) ?? ''}
											onChange={(e) => set(i, c.id, e.currentTarget.value)}
										>
											<option value="">{t('quiz.choose')}</option>
											{c.options.map((o) => (
												<option key={o.id} value={o.id}>
													{o.label}
												</option>
											))}
										</select>
									) : (
										<input
											id={cellId}
											dir="auto"
											maxLength={c.maxLength}
											value={ownValue(row, c.id) ?? ''}
											onInput={(e) => set(i, c.id, e.currentTarget.value)}
										/>
									)}
								</div>
							);
						})}
						<button
							type="button"
							class="academy-button secondary"
							onClick={() => onChange(rows.filter((_, j) => j !== i))}
						>
							{t('template.removeRow', { n: i + 1 })}
						</button>
					</fieldset>
				))}
				{rows.length < f.maxRows && (
					<button type="button" class="academy-button secondary" onClick={() => onChange([...rows, {}])}>
						{t('template.addRow')}
					</button>
				)}
				{example}
			</fieldset>
		);
	}

	const common = {
		id,
		'aria-describedby': described,
		required: f.required || undefined,
		'aria-required': f.required || undefined,
		dir: 'auto' as const,
		value: text,
	};
	const max = f.type === 'text' || f.type === 'textarea' ? f.maxLength : undefined;
	const left = max !== undefined ? max - text.length : undefined;
	const number = f.type === 'number' && text.trim() ? parseNumber(text, inputLang) : undefined;
	return (
		<div
			class={`field${error ? ' has-error' : ''}`}
			data-required={f.required ? '' : undefined}
			data-type={f.type}
			data-field={f.id}
		>
			<label for={id}>
				{f.label}
				{marker}
			</label>
			<p class="hint" id={hint}>
				{f.guidance}
			</p>
			{errorLine}
			{f.type === 'textarea' ? (
				<textarea {...common} rows={5} onInput={(e) => onChange(e.currentTarget.value)} />
			) : (
				<input
					{...common}
					type={f.type === 'date' ? 'date' : 'text'}
					inputMode={f.type === 'number' ? 'decimal' : undefined}
					onInput={(e) => onChange(e.currentTarget.value)}
				/>
			)}
			{number !== undefined && (
				<p class="read-as">{t('template.numberReadAs', { number: new Intl.NumberFormat(inputLang).format(number) })}</p>
			)}
			{left !== undefined && (
				// Over the limit stays typeable (nothing is cut off); the count says by how much.
				<p class={`count${left < 0 ? ' over' : ''}`} aria-live="polite">
					{left >= 0
						? plural(strings, lang, 'template.charsLeft', left)
						: plural(strings, lang, 'template.charsOver', -left)}
				</p>
			)}
			{example}
		</div>
	);
}
