import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeReport, decodeReportFile, encodeReport, sealReport } from '../../../src/lib/trainer/report-codec';
import { reportPayload, type ReportItem, type ReportPayload } from '../../../src/schemas/report';
import { ID_PATTERN } from '../../../src/schemas/id-pattern';
import { assignment, FUZZ, hostileJson, nastyText, NOW, packBytes, TIMEOUT, pastStamp } from './arbitraries';

const maybeStamp = fc.option(pastStamp, { nil: undefined });
const slugKey = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/).filter((id) => ID_PATTERN.test(id));

/** What a learner reports for one item, in the shape its kind takes. */
function reportItem(kind: ReportItem['kind'], id: string): fc.Arbitrary<ReportItem> {
	const defined = <T extends object>(o: T) =>
		Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
	switch (kind) {
		case 'course':
			return fc
				.record({
					done: fc.integer({ min: 0, max: 500 }),
					total: fc.integer({ min: 0, max: 500 }),
					completedAt: maybeStamp,
				})
				.map((r) => defined({ kind, id, ...r }));
		case 'quiz':
			return fc
				.record({
					attempts: fc.integer({ min: 0, max: 10_000 }),
					best: fc.option(
						fc.record({
							percent: fc.double({ min: 0, max: 100, noNaN: true }),
							finishedAt: pastStamp,
							questions: fc.dictionary(slugKey, fc.double({ min: 0, max: 1, noNaN: true }), { maxKeys: 6 }),
						}),
						{ nil: undefined },
					),
				})
				.map((r) => defined({ kind, id, ...r }));
		case 'assessment':
			return fc
				.record({ completedAt: maybeStamp, level: fc.option(slugKey, { nil: undefined }) })
				.map((r) => defined({ kind, id, ...r }));
		case 'template':
			return maybeStamp.map((draftedAt) => defined({ kind, id, draftedAt }));
		case 'lesson':
			return maybeStamp.map((completedAt) => defined({ kind, id, completedAt }));
	}
}

const report: fc.Arbitrary<ReportPayload> = assignment.chain((a) =>
	fc
		.record({
			learner: fc.record({
				id: fc.stringMatching(/^[A-Za-z0-9_-]{6,24}$/),
				name: nastyText(80).filter((n) => n.trim().length > 0),
			}),
			createdAt: pastStamp,
			items: fc.tuple(...a.items.map((i) => reportItem(i.kind, i.id))),
		})
		.map((r) => sealReport({ assignment: a, ...r })),
);

function agreesWithSchema(text: string, result: Awaited<ReturnType<typeof decodeReport>>) {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return expect(result.ok).toBe(false);
	}
	if (result.ok) expect(reportPayload.safeParse(raw).success).toBe(true);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('report codes and files, fuzzed', () => {
	it(
		'round-trips every valid report, as a code, a link and a file',
		async () => {
			await fc.assert(
				fc.asyncProperty(report, async (r) => {
					const expected = { ok: true, report: r };
					expect(decodeReportFile(JSON.stringify(r), r.assignment.id, NOW)).toEqual(expected);
					const code = await encodeReport(r);
					expect(await decodeReport(code, r.assignment.id, NOW)).toEqual(expected);
					expect(await decodeReport(`https://example.org/en/trainer/#r=${code}`, undefined, NOW)).toEqual(expected);
				}),
				FUZZ,
			);
		},
		TIMEOUT,
	);

	it(
		'refuses any change made after sealing',
		async () => {
			await fc.assert(
				fc.asyncProperty(report, nastyText(80), (r, name) => {
					fc.pre(name.trim().length > 0 && name.trim() !== r.learner.name);
					const changed = { ...r, learner: { ...r.learner, name } };
					expect(decodeReportFile(JSON.stringify(changed), undefined, NOW)).toMatchObject({ ok: false });
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
				fc.asyncProperty(hostileJson(report), async (text) => {
					agreesWithSchema(text, decodeReportFile(text, undefined, NOW));
					agreesWithSchema(text, await decodeReport(packBytes(text), undefined, NOW));
				}),
				FUZZ,
			);
		},
		TIMEOUT,
	);

	it(
		'refuses garbage and damaged codes with a reason',
		async () => {
			await fc.assert(
				fc.asyncProperty(fc.string({ maxLength: 3000 }), async (junk) => {
					for (const text of [junk, `#r=${junk}`, packBytes(junk)]) {
						const result = await decodeReport(text, undefined, NOW);
						expect(result.ok).toBe(false);
					}
				}),
				FUZZ,
			);
		},
		TIMEOUT,
	);
});
