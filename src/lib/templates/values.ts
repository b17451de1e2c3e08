import type { TemplateField, TemplateFile } from '../../schemas/template';
import type { FieldValue } from '../../schemas/draft';
import { parseNumber } from './parse-number';

export type Values = Record<string, FieldValue | undefined>;
export type Rows = Record<string, string>[];

export const fieldsOf = (t: TemplateFile) => t.sections.flatMap((s) => s.fields);

/** A field's value as text, for exports: choices by their labels, tables left to the caller. */
export function valueText(field: TemplateField, value: FieldValue | undefined): string {
	if (value === undefined) return '';
	if (field.type === 'choice') return field.options.find((o) => o.id === value)?.label ?? '';
	if (field.type === 'multi')
		return (value as string[]).map((id) => field.options.find((o) => o.id === id)?.label ?? id).join('; ');
	return typeof value === 'string' ? value : '';
}

export function rowsOf(value: FieldValue | undefined): Rows {
	return Array.isArray(value) && value.every((r) => typeof r === 'object') ? value : [];
}

/** A table cell's text: a choice column by its option's label. */
export function cellText(
	field: Extract<TemplateField, { type: 'table' }>,
	column: string,
	value: string | undefined,
): string {
	const col = field.columns.find((c) => c.id === column);
	if (!value || !col) return '';
	return col.type === 'choice' ? (col.options.find((o) => o.id === value)?.label ?? '') : value;
}

export type Problem = {
	field: string;
	problem:
		'required' | 'too-long' | 'not-a-number' | 'too-small' | 'too-big' | 'not-a-date' | 'bad-choice' | 'too-many-rows';
};

/**
 * What is still missing or wrong, by field, in the template's order: the checklist shown beside the
 * exports (never a gate: a half-done draft is exported as it is). Numbers are read in `lang`.
 */
export function validate(t: TemplateFile, values: Values, lang = 'en'): Problem[] {
	const problems: Problem[] = [];
	for (const f of fieldsOf(t)) {
		const v = values[f.id];
		const empty =
			v === undefined ||
			v === '' ||
			(Array.isArray(v) && v.length === 0) ||
			(f.type === 'table' && rowsOf(v).every((r) => Object.values(r).every((c) => !c?.trim())));
		if (empty) {
			if (f.required) problems.push({ field: f.id, problem: 'required' });
			continue;
		}
		switch (f.type) {
			case 'text':
			case 'textarea':
				if ((v as string).length > f.maxLength) problems.push({ field: f.id, problem: 'too-long' });
				break;
			case 'number': {
				const n = typeof v === 'string' ? parseNumber(v, lang) : undefined;
				if (n === undefined) problems.push({ field: f.id, problem: 'not-a-number' });
				else if (f.min !== undefined && n < f.min) problems.push({ field: f.id, problem: 'too-small' });
				else if (f.max !== undefined && n > f.max) problems.push({ field: f.id, problem: 'too-big' });
				break;
			}
			case 'date':
				if (!/^\d{4}-\d{2}-\d{2}$/.test(v as string) || Number.isNaN(Date.parse(v as string)))
					problems.push({ field: f.id, problem: 'not-a-date' });
				break;
			case 'choice':
				if (!f.options.some((o) => o.id === v)) problems.push({ field: f.id, problem: 'bad-choice' });
				break;
			case 'multi':
				if (!(v as string[]).every((id) => f.options.some((o) => o.id === id)))
					problems.push({ field: f.id, problem: 'bad-choice' });
				break;
			case 'table':
				if (rowsOf(v).length > f.maxRows) problems.push({ field: f.id, problem: 'too-many-rows' });
				break;
		}
	}
	return problems;
}
