import type { TemplateFile } from '../../schemas/template';
import {
	TEMPLATE_FILE_FORMAT,
	TEMPLATE_FILE_MAX_BYTES,
	TEMPLATE_FILE_VERSION,
	templateExport,
	templateExportHeader,
	type TemplateExport,
} from '../../schemas/draft';
import { fieldsOf, rowsOf, type Values } from './values';

export function toJson(t: TemplateFile, name: string, values: Values, now = new Date()): TemplateExport {
	const known = Object.fromEntries(
		fieldsOf(t).flatMap((f) => (values[f.id] === undefined ? [] : [[f.id, values[f.id]!]])),
	);
	return {
		format: TEMPLATE_FILE_FORMAT,
		version: TEMPLATE_FILE_VERSION,
		template: t.id,
		name,
		values: known,
		exportedAt: now.toISOString(),
	};
}

export type ImportProblem =
	| { problem: 'too-large' }
	| { problem: 'not-json' }
	| { problem: 'not-a-template' }
	| { problem: 'newer-version'; version: number }
	| { problem: 'other-template'; template: string }
	| { problem: 'bad-values'; field: string };

export type Imported = { ok: true; file: TemplateExport } | ({ ok: false } & ImportProblem);

/**
 * Reads an exported draft for this template, checking everything before anything is saved: size,
 * JSON, format and version, that it is for this template, and that every value fits its field.
 */
export function parseTemplateJson(text: string, t: TemplateFile, byteLength = new Blob([text]).size): Imported {
	if (byteLength > TEMPLATE_FILE_MAX_BYTES) return { ok: false, problem: 'too-large' };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	const header = templateExportHeader.safeParse(raw);
	if (!header.success) return { ok: false, problem: 'not-a-template' };
	if (header.data.version > TEMPLATE_FILE_VERSION)
		return { ok: false, problem: 'newer-version', version: header.data.version };
	if (header.data.template !== t.id) return { ok: false, problem: 'other-template', template: header.data.template };
	const file = templateExport.safeParse(raw);
	if (!file.success)
		return { ok: false, problem: 'bad-values', field: String(file.error.issues[0]?.path.at(-1) ?? '') };
	const fields = new Map(fieldsOf(t).map((f) => [f.id, f]));
	for (const [id, value] of Object.entries(file.data.values)) {
		const f = fields.get(id);
		if (!f || !fits(f, value)) return { ok: false, problem: 'bad-values', field: id };
	}
	return { ok: true, file: file.data };
}

/** The right kind of value for the field, within its limits (lengths, options, columns, rows). */
function fits(f: ReturnType<typeof fieldsOf>[number], v: unknown): boolean {
	switch (f.type) {
		case 'text':
		case 'textarea':
			return typeof v === 'string' && v.length <= f.maxLength;
		case 'date':
		case 'number':
			return typeof v === 'string' && v.length <= 40;
		case 'choice':
			return typeof v === 'string' && f.options.some((o) => o.id === v);
		case 'multi':
			return Array.isArray(v) && v.every((id) => f.options.some((o) => o.id === id));
		case 'table': {
			const rows = rowsOf(v as never);
			const columns = new Map(f.columns.map((c) => [c.id, c]));
			return (
				Array.isArray(v) &&
				rows.length === v.length &&
				rows.length <= f.maxRows &&
				rows.every((row) =>
					Object.entries(row).every(([id, cell]) => {
						const c = columns.get(id);
						if (!c || typeof cell !== 'string') return false;
						return c.type === 'choice'
							? cell === '' || c.options.some((o) => o.id === cell)
							: cell.length <= c.maxLength;
					}),
				)
			);
		}
	}
}
