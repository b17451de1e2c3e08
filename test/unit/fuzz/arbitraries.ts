import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { toBase64url } from '../../../src/lib/exchange/base64url';
import type { AssignmentPayload } from '../../../src/schemas/assignment';
import { ITEM_ID_PATTERN } from '../../../src/schemas/id-pattern';

/**
 * Generators for the fuzz tests: payloads the schemas accept, and the hostile shapes outside data
 * takes (prototype keys, deep nesting, control characters, wrong types, damaged codes).
 */
export const NOW = new Date('2026-12-07T12:00:00.000Z');
export const FUZZ = { numRuns: 200 };
/** Each property compresses, hashes and parses hundreds of values on a shared machine. */
export const TIMEOUT = 60_000;

const PAST = {
	min: new Date('2000-01-01T00:00:00.000Z'),
	max: new Date('2026-12-06T00:00:00.000Z'),
	noInvalidDate: true,
};
export const pastStamp = fc.date(PAST).map((d) => d.toISOString());

/** Text with what hostile text carries: bidi overrides, null bytes, markup, astral characters. */
export const nastyText = (max: number) =>
	fc
		.array(
			fc.oneof(
				fc.string({ maxLength: 8 }),
				fc.constantFrom(
					'\u202e',
					'\u2066',
					'\u200f',
					'\u0000',
					'<script>window.__pwned=1</script>',
					'<img src=x onerror=alert(1)>',
					'𝔘',
					'مرحبا',
					'"',
					'\\',
				),
			),
			{ maxLength: 12 },
		)
		.map((parts) => parts.join('').slice(0, max));

/** Ids as the schemas accept them (src/schemas/id-pattern.ts); hostile ids are generated apart. */
const itemId = fc
	.stringMatching(/^[a-z0-9][a-z0-9-]{0,19}(\/[a-z0-9][a-z0-9-]{0,19})?$/)
	.filter((id) => ITEM_ID_PATTERN.test(id));
export const item = fc.record({
	kind: fc.constantFrom('course', 'lesson', 'quiz', 'assessment', 'template'),
	id: itemId,
});

export const assignment: fc.Arbitrary<AssignmentPayload> = fc.record(
	{
		v: fc.constant(1 as const),
		id: fc.stringMatching(/^[A-Za-z0-9_-]{6,24}$/),
		title: nastyText(120).filter((t) => t.trim().length > 0),
		message: nastyText(300),
		items: fc.uniqueArray(item, { minLength: 1, maxLength: 8, selector: (i) => `${i.kind}:${i.id}` }),
		due: fc
			.date({ min: new Date('2020-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
			.map((d) => d.toISOString().slice(0, 10)),
		passMark: fc.integer({ min: 1, max: 100 }),
		locale: fc.constantFrom('en', 'fr', 'ar', 'zh-cn'),
		createdAt: pastStamp,
	},
	{ requiredKeys: ['v', 'id', 'title', 'message', 'items', 'passMark', 'locale', 'createdAt'] },
);

/** Keys that would reach an object's prototype if a parser indexed plain objects with them. */
export const protoKey = fc.constantFrom(
	'__proto__',
	'constructor',
	'toString',
	'prototype',
	'hasOwnProperty',
	'valueOf',
);

/**
 * JSON text of a value with one hostile change: a prototype key added at the top or inside, a field
 * given a wrong type, deep nesting, or junk around it. Written as text, because `{ __proto__: … }` in
 * code sets the prototype instead of making a key.
 */
export function hostileJson(valid: fc.Arbitrary<object>): fc.Arbitrary<string> {
	return fc.oneof(
		fc
			.tuple(valid, protoKey, fc.jsonValue())
			.map(([v, key, junk]) =>
				JSON.stringify(v).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify({ polluted: junk ?? 1 })},`),
			),
		fc
			.tuple(valid, protoKey)
			.map(([v, key]) => JSON.stringify(v).replace(/"items":\[\{/, `"items":[{${JSON.stringify(key)}:{"polluted":1},`)),
		fc.tuple(valid, fc.anything({ maxDepth: 2 }), fc.nat()).map(([v, junk, pick]) => {
			const keys = Object.keys(v);
			const copy: Record<string, unknown> = { ...v };
			// The key is drawn apart: `String(junk)` throws on objects without a prototype.
			copy[keys[pick % keys.length]!] = junk;
			return JSON.stringify(copy) ?? 'null';
		}),
		fc.integer({ min: 1, max: 10_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
		fc.integer({ min: 1, max: 10_000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
		fc.tuple(valid, fc.string()).map(([v, s]) => JSON.stringify(v) + s),
		fc.jsonValue().map((j) => JSON.stringify(j) ?? 'null'),
		fc.string(),
	);
}

/** A code of any bytes: valid compression of something that is not the expected JSON. */
export const packBytes = (text: string) => toBase64url(deflateRawSync(Buffer.from(text, 'utf8')));

/** A code damaged on the way: cut short, a character changed, or a character outside base64url added. */
export function damaged(code: string): fc.Arbitrary<string> {
	return fc.oneof(
		fc.integer({ min: 0, max: Math.max(0, code.length - 1) }).map((n) => code.slice(0, n)),
		fc
			.tuple(fc.integer({ min: 0, max: Math.max(0, code.length - 1) }), fc.constantFrom('A', 'z', '0', '-', '_'))
			.map(([at, ch]) => code.slice(0, at) + ch + code.slice(at + 1)),
		fc.constantFrom('=', '+', '/', ' ', '%', '\u0000', '#').map((ch) => code + ch + code),
	);
}
