import type { AssignmentPayload } from '../../schemas/assignment';
import { ASSIGNMENT_VERSION } from '../../schemas/assignment-version';
import { packJson, unpackJson, type UnpackProblem } from './compress';
import { readAssignment } from './read-assignment';
import { isFuture } from './clock-skew';

/**
 * Assignment codes, carried in a link's fragment (`…/assignment/#a=<code>`, never sent to a server),
 * a QR code of that link, or a `.json` file. Checked by hand-written rules equal to the schema's
 * (read-assignment.ts), so the page a learner opens from a link does not load zod.
 */

/**
 * Longest code accepted, so that its link still makes a QR code a phone camera reads from paper: with
 * the address in front, at most version 25 (117 modules a side), whose modules are 0.75 mm wide when
 * printed 9 cm across. A whole course counts as one item, so real assignments stay far below it.
 */
export const MAX_CODE_LENGTH = 1200;
/** Most bytes a code may unpack to: a guard against a tiny code that inflates to megabytes. */
export const MAX_JSON_BYTES = 32 * 1024;

export async function encodeAssignment(payload: AssignmentPayload): Promise<string> {
	const checked = readAssignment(payload);
	if (!checked.ok) throw new TypeError(`Not a valid assignment: ${checked.field}`);
	return packJson(checked.value);
}

export type AssignmentProblem =
	| { problem: UnpackProblem }
	| { problem: 'not-json' }
	| { problem: 'newer-version'; version: number }
	| { problem: 'invalid'; field: string }
	| { problem: 'future'; date: string };

export type DecodedAssignment = { ok: true; assignment: AssignmentPayload } | ({ ok: false } & AssignmentProblem);

/** Reads a code from a link, a QR code or a file, checking everything, with a precise reason if not. */
export async function decodeAssignment(code: string, now = new Date()): Promise<DecodedAssignment> {
	const unpacked = await unpackJson(code, MAX_CODE_LENGTH, MAX_JSON_BYTES);
	if (!unpacked.ok) return unpacked;
	return checkAssignment(unpacked.value, now);
}

/** Reads an assignment file: the same payload as a code, as JSON text. */
export function decodeAssignmentFile(text: string, now = new Date()): DecodedAssignment {
	if (new Blob([text]).size > MAX_JSON_BYTES) return { ok: false, problem: 'too-large' };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	return checkAssignment(raw, now);
}

function checkAssignment(raw: unknown, now: Date): DecodedAssignment {
	const version = (raw as { v?: unknown } | null)?.v;
	if (typeof version === 'number' && version > ASSIGNMENT_VERSION)
		return { ok: false, problem: 'newer-version', version };
	const result = readAssignment(raw);
	if (!result.ok) return { ok: false, problem: 'invalid', field: result.field };
	if (hasDuplicateItems(result.value)) return { ok: false, problem: 'invalid', field: 'items' };
	// Only the time it claims to be made at: a due date in the future is the normal case.
	if (isFuture(result.value.createdAt, now)) return { ok: false, problem: 'future', date: result.value.createdAt };
	return { ok: true, assignment: result.value };
}

/** The same item twice would be counted twice in the learner's progress and the trainer's table. */
export function hasDuplicateItems(assignment: AssignmentPayload): boolean {
	return new Set(assignment.items.map((i) => `${i.kind}:${i.id}`)).size < assignment.items.length;
}
