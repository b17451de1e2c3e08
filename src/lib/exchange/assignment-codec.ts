import { ASSIGNMENT_VERSION, assignmentPayload, type AssignmentPayload } from '../../schemas/assignment';
import { fromBase64url, toBase64url } from './base64url';

/**
 * Assignment codes: JSON, compressed with `deflate-raw` (CompressionStream, in every browser of the
 * full-experience floor), in base64url, carried in a link's fragment (`…/assignment/#a=<code>`).
 */

/** Longest code accepted: its link still fits a QR code that a phone camera reads from paper. */
export const MAX_CODE_LENGTH = 1800;
/** Most bytes a code may unpack to: a guard against a tiny code that inflates to megabytes. */
export const MAX_JSON_BYTES = 32 * 1024;

async function transform(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	limit = Infinity,
): Promise<Uint8Array> {
	const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream).getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.length;
		if (size > limit) {
			await reader.cancel();
			throw new RangeError('too large');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

export async function encodeAssignment(payload: AssignmentPayload): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(assignmentPayload.parse(payload)));
	return toBase64url(await transform(json, new CompressionStream('deflate-raw')));
}

export type AssignmentProblem =
	| { problem: 'empty' }
	| { problem: 'too-long' }
	| { problem: 'not-base64' }
	| { problem: 'damaged' }
	| { problem: 'too-large' }
	| { problem: 'newer-version'; version: number }
	| { problem: 'invalid'; field: string };

export type DecodedAssignment = { ok: true; assignment: AssignmentPayload } | ({ ok: false } & AssignmentProblem);

/** Reads a code from a link, a QR code or a file, checking everything, with a precise reason if not. */
export async function decodeAssignment(code: string): Promise<DecodedAssignment> {
	const trimmed = code.trim();
	if (!trimmed) return { ok: false, problem: 'empty' };
	if (trimmed.length > MAX_CODE_LENGTH) return { ok: false, problem: 'too-long' };
	const bytes = fromBase64url(trimmed);
	if (!bytes) return { ok: false, problem: 'not-base64' };
	let raw: unknown;
	try {
		const json = await transform(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
		raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
	} catch (error) {
		return { ok: false, problem: error instanceof RangeError ? 'too-large' : 'damaged' };
	}
	const version = (raw as { v?: unknown } | null)?.v;
	if (typeof version === 'number' && version > ASSIGNMENT_VERSION)
		return { ok: false, problem: 'newer-version', version };
	const result = assignmentPayload.safeParse(raw);
	if (!result.success)
		return { ok: false, problem: 'invalid', field: result.error.issues[0]!.path.join('.') || '(all)' };
	return { ok: true, assignment: result.data };
}
