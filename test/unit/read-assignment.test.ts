import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAssignment } from '../../src/lib/exchange/read-assignment';
import { firstIssue } from '../../src/lib/exchange/compress';
import { assignmentPayload } from '../../src/schemas/assignment';
import { hostileCases, inputText } from '../hostile/catalogue';
import { assignment, FUZZ, hostileJson, TIMEOUT } from './fuzz/arbitraries';

/** What the zod schema says of a value: the parsed value, or the first field it names. */
function bySchema(raw: unknown) {
	const result = assignmentPayload.safeParse(raw);
	return result.success ? { ok: true, value: result.data } : { ok: false, field: firstIssue(result.error) };
}

const parsed = (text: string): unknown => {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
};

/** One field of a valid assignment changed to something else, as JSON would carry it. */
const oneFieldChanged = fc
	.tuple(
		assignment,
		fc.constantFrom('v', 'id', 'title', 'message', 'items', 'due', 'passMark', 'locale', 'createdAt', 'extra'),
		fc.oneof(
			fc.jsonValue({ maxDepth: 2 }),
			fc.constantFrom(
				'',
				'   ',
				' x ',
				'2026-02-29',
				'2028-02-29',
				'2026-02-29T10:00:00Z',
				'2026-01-01T24:00:00Z',
				'2026-01-01T10:00:00.123456Z',
				'2026-01-01T10:00:00+01:00',
				'2026-01-01T10:00Z',
				'abcde',
				'abcdefghijklmnopqrstuvwxy',
				'a/b',
				0,
				1,
				1.5,
				100,
				101,
				-0,
				1e300,
				'x'.repeat(121),
				[{ kind: 'lesson', id: 'constructor' }],
				[{ kind: 'lesson', id: 'a/b', extra: 1 }],
				[{ id: 'a', kind: 'quiz' }, 'x'],
				Array.from({ length: 61 }, () => ({ kind: 'x' })),
				[],
			),
		),
	)
	.map(([a, key, value]) => ({ ...a, [key]: value }));

describe('reading an assignment without zod', () => {
	it('agrees with the schema on every case of the hostile catalogue', () => {
		for (const path of ['assignment-link', 'assignment-file'] as const)
			for (const c of hostileCases(path)) {
				// Links carry compressed codes: the file cases hold the same payloads as plain JSON.
				const raw = parsed(inputText(c));
				expect(readAssignment(raw), c.file).toEqual(bySchema(raw));
			}
	});

	it(
		'gives the same value (defaults, trimmed title) or the same first field as the schema, fuzzed',
		() => {
			fc.assert(
				fc.property(fc.oneof(assignment, oneFieldChanged), (raw) => {
					expect(readAssignment(raw)).toEqual(bySchema(raw));
				}),
				{ numRuns: 1000 },
			);
			fc.assert(
				fc.property(hostileJson(assignment), (text) => {
					const raw = parsed(text);
					expect(readAssignment(raw)).toEqual(bySchema(raw));
				}),
				FUZZ,
			);
		},
		TIMEOUT,
	);

	it('fills the defaults and trims the title as the schema does', () => {
		const read = readAssignment({
			v: 1,
			id: 'abcdef',
			title: '  Week 1  ',
			items: [{ kind: 'lesson', id: 'foundations/what-is-ai' }],
			locale: 'en',
			createdAt: '2026-01-01T00:00:00Z',
		});
		expect(read).toEqual({
			ok: true,
			value: {
				v: 1,
				id: 'abcdef',
				title: 'Week 1',
				message: '',
				items: [{ kind: 'lesson', id: 'foundations/what-is-ai' }],
				passMark: 70,
				locale: 'en',
				createdAt: '2026-01-01T00:00:00Z',
			},
		});
	});

	it('refuses prototype keys and never changes Object.prototype', () => {
		const raw = JSON.parse(
			'{"__proto__":{"polluted":1},"v":1,"id":"abcdef","title":"T","items":[{"kind":"lesson","id":"a/b"}],"locale":"en","createdAt":"2026-01-01T00:00:00Z"}',
		) as unknown;
		expect(readAssignment(raw)).toEqual({ ok: false, field: '(all)' });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
