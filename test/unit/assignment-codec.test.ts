import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { decodeAssignment, encodeAssignment, MAX_CODE_LENGTH } from '../../src/lib/exchange/assignment-codec';
import { fromBase64url, toBase64url } from '../../src/lib/exchange/base64url';
import { codeFrom } from '../../src/lib/exchange/compress';
import type { AssignmentPayload } from '../../src/schemas/assignment';

const assignment: AssignmentPayload = {
	v: 1,
	id: 'kX3_9aZq',
	title: 'Week 1: foundations',
	message: 'Read the first two lessons before Thursday.',
	items: [
		{ kind: 'lesson', id: 'foundations/what-is-ai' },
		{ kind: 'lesson', id: 'foundations/global-landscape' },
		{ kind: 'quiz', id: 'foundations' },
		{ kind: 'assessment', id: 'risk-check' },
	],
	due: '2026-12-15',
	passMark: 70,
	locale: 'fr',
	createdAt: '2026-11-26T10:00:00.000Z',
};

/** A code for any JSON value, built the way the codec builds one. */
async function codeOf(value: unknown): Promise<string> {
	const bytes = new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
	const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
	return toBase64url(new Uint8Array(await new Response(stream).arrayBuffer()));
}

describe('base64url', () => {
	it('round-trips every length and refuses other alphabets', () => {
		for (let n = 0; n < 10; n++) {
			const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 251) % 256);
			expect(fromBase64url(toBase64url(bytes))).toEqual(bytes);
		}
		expect(toBase64url(new Uint8Array([251, 255]))).toBe('-_8');
		expect(fromBase64url('ab+/')).toBeUndefined();
		expect(fromBase64url('abcde')).toBeUndefined();
	});
});

describe('assignment codes', () => {
	it('round-trip, and stay well under the QR-code limit', async () => {
		const code = await encodeAssignment(assignment);
		expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(code.length).toBeLessThan(MAX_CODE_LENGTH / 3);
		expect(await decodeAssignment(code)).toEqual({ ok: true, assignment });
	});

	const hostile: [string, () => Promise<string> | string, object][] = [
		['an empty code', () => '   ', { problem: 'empty' }],
		['a code too long for a QR code', () => 'A'.repeat(MAX_CODE_LENGTH + 1), { problem: 'too-long' }],
		['characters outside base64url', () => 'abc$def', { problem: 'not-base64' }],
		['a truncated code', async () => (await encodeAssignment(assignment)).slice(0, 40), { problem: 'damaged' }],
		['bytes that are not deflate', () => toBase64url(new TextEncoder().encode('{"v":1}')), { problem: 'damaged' }],
		['text that is not JSON', () => codeOf('not json at all'), { problem: 'damaged' }],
		[
			'a small code that inflates to hundreds of kilobytes',
			() => codeOf(' '.repeat(300_000)),
			{ problem: 'too-large' },
		],
		['a newer version', () => codeOf({ ...assignment, v: 2 }), { problem: 'newer-version', version: 2 }],
		['a wrong type', () => codeOf({ ...assignment, passMark: '70' }), { problem: 'invalid', field: 'passMark' }],
		[
			'an unknown kind of item',
			() => codeOf({ ...assignment, items: [{ kind: 'exam', id: 'x' }] }),
			{ problem: 'invalid', field: 'items.0.kind' },
		],
		[
			'a path in an item id',
			() => codeOf({ ...assignment, items: [{ kind: 'lesson', id: '../../etc/passwd' }] }),
			{ problem: 'invalid', field: 'items.0.id' },
		],
		['a huge title', () => codeOf({ ...assignment, title: 'x'.repeat(500) }), { problem: 'invalid', field: 'title' }],
		[
			'an impossible due date',
			() => codeOf({ ...assignment, due: '2026-13-45' }),
			{ problem: 'invalid', field: 'due' },
		],
		['no items', () => codeOf({ ...assignment, items: [] }), { problem: 'invalid', field: 'items' }],
		['an extra field', () => codeOf({ ...assignment, admin: true }), { problem: 'invalid' }],
		[
			'a prototype-pollution key',
			() => codeOf(JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(assignment).slice(1)}`)),
			{ problem: 'invalid' },
		],
		['JSON null', () => codeOf(null), { problem: 'invalid' }],
	];

	it.each(hostile)('refuses %s, saying why', async (_, make, expected) => {
		expect(await decodeAssignment(await make())).toMatchObject({ ok: false, ...expected });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('caps codes so that the longest link still makes a QR code that scans from paper', () => {
		const link = `https://academy.example.org/fr/assignment/#a=${'A'.repeat(MAX_CODE_LENGTH)}`;
		// Version 25: 117 modules a side, 0.75 mm each on a 9 cm print.
		expect(encode(link, { ecc: 'L' }).version).toBeLessThanOrEqual(25);
	});

	it('fits a whole curriculum, every course as one item, with a long message', async () => {
		const everything = {
			...assignment,
			message: 'Please read carefully. '.repeat(40).trim(),
			items: ['foundations', 'risk', 'data', 'ethics', 'public-sector', 'cooperation', 'strategy'].flatMap((id) => [
				{ kind: 'course' as const, id },
				{ kind: 'quiz' as const, id },
			]),
		};
		expect((await encodeAssignment(everything)).length).toBeLessThan(MAX_CODE_LENGTH);
	});

	it('finds the code in a pasted link, or takes the pasted text as the code', async () => {
		const code = await encodeAssignment(assignment);
		expect(codeFrom(` https://academy.example.org/fr/assignment/#a=${code}\n`, 'a')).toBe(code);
		expect(codeFrom(code, 'a')).toBe(code);
		expect(await decodeAssignment(codeFrom(`…/assignment/#a=${code}`, 'a'))).toEqual({ ok: true, assignment });
	});

	it('keeps markup in a title as text', async () => {
		const title = '<img src=x onerror=alert(1)>';
		const decoded = await decodeAssignment(await encodeAssignment({ ...assignment, title }));
		expect(decoded).toMatchObject({ ok: true, assignment: { title } });
	});
});
