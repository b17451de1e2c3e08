import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodeAssignment,
	decodeAssignmentFile,
	encodeAssignment,
	MAX_CODE_LENGTH,
} from '../../../src/lib/exchange/assignment-codec';
import { assignmentPayload } from '../../../src/schemas/assignment';
import { assignment, damaged, FUZZ, hostileJson, NOW, packBytes, TIMEOUT } from './arbitraries';

/** Accepted only what the schema accepts, and nothing polluted on the way. */
function agreesWithSchema(text: string, result: Awaited<ReturnType<typeof decodeAssignment>>) {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return expect(result.ok).toBe(false);
	}
	if (result.ok) expect(assignmentPayload.safeParse(raw).success).toBe(true);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('assignment codes and files, fuzzed', () => {
	it(
		'round-trips every valid assignment, as a code and as a file',
		async () => {
			await fc.assert(
				fc.asyncProperty(assignment, async (a) => {
					const expected = assignmentPayload.parse(a);
					expect(decodeAssignmentFile(JSON.stringify(a), NOW)).toEqual({ ok: true, assignment: expected });
					const code = await encodeAssignment(a);
					if (code.length <= MAX_CODE_LENGTH)
						expect(await decodeAssignment(code, NOW)).toEqual({ ok: true, assignment: expected });
				}),
				FUZZ,
			);
		},
		TIMEOUT,
	);

	it(
		'never throws on hostile files and codes, and accepts nothing the schema refuses',
		async () => {
			await fc.assert(
				fc.asyncProperty(hostileJson(assignment), async (text) => {
					agreesWithSchema(text, decodeAssignmentFile(text, NOW));
					agreesWithSchema(text, await decodeAssignment(packBytes(text), NOW));
				}),
				FUZZ,
			);
		},
		TIMEOUT,
	);

	it(
		'refuses damaged, truncated and garbage codes with a reason, never throwing',
		async () => {
			await fc.assert(
				fc.asyncProperty(
					assignment.chain((a) => fc.constant(a)),
					fc.string(),
					async (a, junk) => {
						const code = await encodeAssignment(a);
						for (const text of [junk, packBytes(junk), code.slice(0, code.length >> 1)]) {
							const result = await decodeAssignment(text, NOW);
							if (!result.ok) expect(typeof result.problem).toBe('string');
						}
						const bad = fc.sample(damaged(code), 3);
						for (const text of bad) {
							const result = await decodeAssignment(text, NOW);
							if (result.ok) expect(assignmentPayload.safeParse(result.assignment).success).toBe(true);
						}
					},
				),
				{ numRuns: 100 },
			);
		},
		TIMEOUT,
	);

	it('refuses a code that inflates far beyond any assignment', async () => {
		const bomb = packBytes(`{"v":1,"title":"${'A'.repeat(2_000_000)}"}`);
		expect(bomb.length).toBeLessThan(MAX_CODE_LENGTH * 4);
		expect(await decodeAssignment(bomb.slice(0, MAX_CODE_LENGTH), NOW)).toMatchObject({ ok: false });
		expect(await decodeAssignment(packBytes(`{"t":"${'A'.repeat(1_000_000)}"}`), NOW)).toMatchObject({ ok: false });
	});
});
