import { fromBase64url, toBase64url } from './base64url';

/**
 * Text codes for links, QR codes and pasting: JSON, compressed with `deflate-raw` (CompressionStream,
 * in every browser of the full-experience floor), in base64url.
 */
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

export async function packJson(value: unknown): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(value));
	return toBase64url(await transform(json, new CompressionStream('deflate-raw')));
}

export type UnpackProblem = 'empty' | 'too-long' | 'not-base64' | 'damaged' | 'too-large';

/**
 * The JSON value in a code, refusing a code longer than `maxCode` characters, or one that inflates to
 * more than `maxBytes` (a tiny code can unpack to megabytes), before parsing anything.
 */
export async function unpackJson(
	code: string,
	maxCode: number,
	maxBytes: number,
): Promise<{ ok: true; value: unknown } | { ok: false; problem: UnpackProblem }> {
	const trimmed = code.trim();
	if (!trimmed) return { ok: false, problem: 'empty' };
	if (trimmed.length > maxCode) return { ok: false, problem: 'too-long' };
	const bytes = fromBase64url(trimmed);
	if (!bytes) return { ok: false, problem: 'not-base64' };
	try {
		const json = await transform(bytes, new DecompressionStream('deflate-raw'), maxBytes);
		return { ok: true, value: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json)) };
	} catch (error) {
		return { ok: false, problem: error instanceof RangeError ? 'too-large' : 'damaged' };
	}
}

/** The first schema issue as `path: message`, for a refusal that says exactly what is wrong. */
export function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
	const issue = error.issues[0];
	return issue ? issue.path.map(String).join('.') || '(all)' : '(all)';
}

/** The code in a pasted link or text: what follows `#a=` (an assignment) or `#r=` (a report), or the text itself. */
export function codeFrom(text: string, key: 'a' | 'r'): string {
	const at = text.indexOf(`#${key}=`);
	return (at < 0 ? text : text.slice(at + key.length + 2)).trim();
}
