import type { AssignmentPayload } from '../../schemas/assignment';
import { ASSIGNMENT_VERSION } from '../../schemas/assignment-version';
import { ITEM_ID_PATTERN } from '../../schemas/id-pattern';

/**
 * The assignment schema (src/schemas/assignment.ts) by hand, without zod: a learner opening a link
 * should not download a schema library (about 28 KB) to read a dozen fields. It gives what
 * `assignmentPayload.safeParse` gives: the same value (defaults filled, title trimmed), or the path of
 * the first field zod would name. test/unit/read-assignment.test.ts holds the two in step.
 */
export type ReadAssignment = { ok: true; value: AssignmentPayload } | { ok: false; field: string };

const KINDS = new Set(['course', 'lesson', 'quiz', 'assessment', 'template']);
const PAYLOAD_KEYS = new Set(['v', 'id', 'title', 'message', 'items', 'due', 'passMark', 'locale', 'createdAt']);
const ASSIGNMENT_ID = /^[A-Za-z0-9_-]{6,24}$/;
// zod's own ISO date and time patterns (zod/v4/core/regexes.js): leap days, no offset, any fraction.
const DATE =
	'(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
const DATETIME = new RegExp(`^${DATE}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?Z$`);

/** An ISO time as `z.iso.datetime()` takes it. */
export const isIsoDateTime = (v: unknown): v is string => typeof v === 'string' && DATETIME.test(v);

export const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKeys = (o: Record<string, unknown>, allowed: ReadonlySet<string>) =>
	Object.keys(o).every((k) => allowed.has(k));
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** A calendar day that exists: 2026-02-30 is refused, not rolled over to March. */
function isDay(v: unknown): v is string {
	if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
	const day = new Date(`${v}T00:00:00Z`);
	return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v);
}

function readItem(raw: unknown): { kind: AssignmentPayload['items'][number]['kind']; id: string } | string {
	if (!isObject(raw)) return '';
	if (typeof raw.kind !== 'string' || !KINDS.has(raw.kind)) return 'kind';
	if (!text(raw.id, 80) || !ITEM_ID_PATTERN.test(raw.id)) return 'id';
	if (!onlyKeys(raw, new Set(['kind', 'id']))) return '';
	return { kind: raw.kind as AssignmentPayload['items'][number]['kind'], id: raw.id };
}

export function readAssignment(raw: unknown): ReadAssignment {
	const refuse = (field: string): ReadAssignment => ({ ok: false, field });
	if (!isObject(raw)) return refuse('(all)');
	if (raw.v !== ASSIGNMENT_VERSION) return refuse('v');
	if (typeof raw.id !== 'string' || !ASSIGNMENT_ID.test(raw.id)) return refuse('id');
	const title = typeof raw.title === 'string' ? raw.title.trim() : undefined;
	if (title === undefined || title.length < 1 || title.length > 120) return refuse('title');
	const message = raw.message === undefined ? '' : raw.message;
	if (!text(message, 1000)) return refuse('message');
	if (!Array.isArray(raw.items) || raw.items.length < 1 || raw.items.length > 60) return refuse('items');
	const items: AssignmentPayload['items'] = [];
	for (const [i, entry] of (raw.items as unknown[]).entries()) {
		const item = readItem(entry);
		if (typeof item === 'string') return refuse(item ? `items.${i}.${item}` : `items.${i}`);
		items.push(item);
	}
	if (raw.due !== undefined && !isDay(raw.due)) return refuse('due');
	const passMark = raw.passMark === undefined ? 70 : raw.passMark;
	if (typeof passMark !== 'number' || !Number.isSafeInteger(passMark) || passMark < 1 || passMark > 100)
		return refuse('passMark');
	if (!text(raw.locale, 10)) return refuse('locale');
	if (!isIsoDateTime(raw.createdAt)) return refuse('createdAt');
	if (!onlyKeys(raw, PAYLOAD_KEYS)) return refuse('(all)');
	return {
		ok: true,
		value: {
			v: ASSIGNMENT_VERSION,
			id: raw.id,
			title,
			message,
			items,
			...(raw.due === undefined ? {} : { due: raw.due }),
			passMark,
			locale: raw.locale,
			createdAt: raw.createdAt,
		},
	};
}
