import { describe, expect, it } from 'vitest';
import {
	canonicalJson,
	checksumOf,
	decodeReport,
	decodeReportFile,
	encodeReport,
	MAX_REPORT_CODE,
	sealReport,
} from '../../src/lib/trainer/report-codec';
import { encodeAssignment } from '../../src/lib/exchange/assignment-codec';
import { packJson } from '../../src/lib/exchange/compress';
import { toBase64url } from '../../src/lib/exchange/base64url';
import { sha256 } from '../../src/lib/exchange/sha256';
import type { AssignmentPayload } from '../../src/schemas/assignment';
import type { ReportPayload } from '../../src/schemas/report';

const assignment: AssignmentPayload = {
	v: 1,
	id: 'kX3_9aZq',
	title: 'Week 1: foundations',
	message: '',
	items: [
		{ kind: 'lesson', id: 'foundations/what-is-ai' },
		{ kind: 'course', id: 'risk' },
		{ kind: 'quiz', id: 'foundations' },
		{ kind: 'assessment', id: 'risk-check' },
		{ kind: 'template', id: 'impact-assessment' },
	],
	due: '2026-12-15',
	passMark: 70,
	locale: 'fr',
	createdAt: '2026-11-26T10:00:00.000Z',
};

const report: ReportPayload = sealReport({
	assignment,
	learner: { id: 'L3arner_0001', name: 'Amina Diallo' },
	createdAt: '2026-12-01T09:30:00.000Z',
	items: [
		{ kind: 'lesson', id: 'foundations/what-is-ai', completedAt: '2026-11-28T10:00:00.000Z' },
		{ kind: 'course', id: 'risk', done: 2, total: 5 },
		{
			kind: 'quiz',
			id: 'foundations',
			attempts: 2,
			best: {
				percent: 80,
				finishedAt: '2026-11-30T12:00:00.000Z',
				questions: { 'q-one': 1, 'q-two': 0, 'q-three': 0.5 },
			},
		},
		{ kind: 'assessment', id: 'risk-check', completedAt: '2026-11-29T08:00:00.000Z', level: 'high' },
		{ kind: 'template', id: 'impact-assessment' },
	],
});

/** A copy of the report with one change, its checksum left as it was. */
const tampered = (change: (r: Record<string, any>) => void) => {
	const copy = structuredClone(report) as Record<string, any>;
	change(copy);
	return copy;
};

describe('canonical JSON and the checksum', () => {
	it('orders keys at every level, so the same content gives the same text', () => {
		expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
			'{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
		);
		expect(checksumOf({ ...report })).toBe(checksumOf(JSON.parse(JSON.stringify(report))));
	});

	it('is the SHA-256 of the report without its checksum', () => {
		const { checksum, ...content } = report;
		expect(checksum).toBe(sha256(canonicalJson(content)));
	});

	it('fills in defaults before sealing, so the checksum covers what is sent', async () => {
		const { message: _, ...bare } = assignment;
		const sealed = sealReport({ ...report, assignment: bare as AssignmentPayload });
		expect(sealed.assignment.message).toBe('');
		expect(await decodeReport(await encodeReport(sealed))).toEqual({ ok: true, report: sealed });
	});

	it('detects a change to any single value', () => {
		const paths: [string, (r: Record<string, any>) => void][] = [
			['learner name', (r) => (r.learner.name = 'Amina Dialo')],
			['a completion date', (r) => (r.items[0].completedAt = '2026-11-28T10:00:01.000Z')],
			['lessons done', (r) => (r.items[1].done = 5)],
			['a quiz score', (r) => (r.items[2].best.percent = 100)],
			['one question', (r) => (r.items[2].best.questions['q-two'] = 1)],
			['a self-assessment level', (r) => (r.items[3].level = 'low')],
			['the report date', (r) => (r.createdAt = '2026-12-02T09:30:00.000Z')],
			['the pass mark', (r) => (r.assignment.passMark = 50)],
			['the due date', (r) => (r.assignment.due = '2026-12-31')],
		];
		for (const [what, change] of paths) {
			expect(decodeReportFile(JSON.stringify(tampered(change))), what).toEqual({ ok: false, problem: 'checksum' });
		}
	});
});

describe('the checksum, exhaustively', () => {
	/** Every path to a value in the report, except the checksum itself. */
	function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
		if (value && typeof value === 'object')
			return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]));
		return path[0] === 'checksum' ? [] : [path];
	}

	it('refuses a change to any one value, and names the checksum whenever the change is otherwise valid', () => {
		let checksum = 0;
		const paths = leaves(report);
		expect(paths.length).toBeGreaterThan(30);
		for (const path of paths) {
			const copy = structuredClone(report) as Record<string, any>;
			const parent = path.slice(0, -1).reduce((o, k) => o[k], copy);
			const key = path.at(-1)!;
			const old = parent[key];
			// A plausible edit: another digit in a date, a score a little higher, a letter changed.
			parent[key] =
				typeof old === 'number'
					? old === 100 || old === 1
						? old - 0.5
						: old + 0.5
					: typeof old === 'boolean'
						? !old
						: /\d/.test(old)
							? old.replace(/\d(?!.*\d)/, (d: string) => String((Number(d) + 1) % 10))
							: `${old}x`;
			const result = decodeReportFile(JSON.stringify(copy));
			expect(result.ok, path.join('.')).toBe(false);
			// Where the edit would pass every other check, the checksum is what refuses it.
			const resealed = { ...copy, checksum: checksumOf(copy as ReportPayload) };
			if (decodeReportFile(JSON.stringify(resealed)).ok) {
				expect(result, path.join('.')).toEqual({ ok: false, problem: 'checksum' });
				checksum++;
			}
		}
		expect(checksum).toBeGreaterThan(15);
	});
});

describe('report codes and files', () => {
	it('round-trip as a code, as a link with #r=, and as a file', async () => {
		const code = await encodeReport(report);
		expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(await decodeReport(code)).toEqual({ ok: true, report });
		expect(await decodeReport(`https://academy.example.org/fr/trainer/#r=${code}`)).toEqual({ ok: true, report });
		expect(decodeReportFile(JSON.stringify(report, null, 2))).toEqual({ ok: true, report });
	});

	it('is short enough for a QR code with a few items', async () => {
		expect((await encodeReport(report)).length).toBeLessThan(1000);
	});

	it('refuses a report for another assignment, naming it', async () => {
		expect(await decodeReport(await encodeReport(report), 'other-assignment')).toEqual({
			ok: false,
			problem: 'wrong-assignment',
			title: 'Week 1: foundations',
		});
	});

	const resealed = (change: (r: Record<string, any>) => void) => {
		const copy = tampered(change);
		copy.checksum = checksumOf(copy as ReportPayload);
		return copy;
	};

	const hostile: [string, () => Promise<string> | string, object][] = [
		['an empty code', () => '', { problem: 'empty' }],
		['a code over the limit', () => 'A'.repeat(MAX_REPORT_CODE + 1), { problem: 'too-long' }],
		['bad base64', () => 'not*base64!', { problem: 'not-base64' }],
		['a truncated code', async () => (await encodeReport(report)).slice(0, 100), { problem: 'damaged' }],
		['plain bytes that are not deflate', () => toBase64url(new TextEncoder().encode('hello')), { problem: 'damaged' }],
		['a zip bomb', () => packJson({ pad: ' '.repeat(1_000_000) }), { problem: 'too-large' }],
		[
			'an assignment link pasted instead',
			async () => `https://x/en/assignment/#a=${await encodeAssignment(assignment)}`,
			{ problem: 'is-assignment' },
		],
		['an assignment code pasted instead', () => packJson(assignment), { problem: 'is-assignment' }],
		['a backup file', () => packJson({ format: 'academy-backup', version: 1 }), { problem: 'not-a-report' }],
		['an array', () => packJson([report]), { problem: 'not-a-report' }],
		['a newer version', () => packJson({ ...report, v: 2 }), { problem: 'newer-version', version: 2 }],
		[
			'a wrong type',
			() => packJson(resealed((r) => (r.items[1].done = '2'))),
			{ problem: 'invalid', field: 'items.1.done' },
		],
		['a score over 100', () => packJson(resealed((r) => (r.items[2].best.percent = 250))), { problem: 'invalid' }],
		[
			'items that do not match the assignment',
			() => packJson(resealed((r) => r.items.pop())),
			{ problem: 'invalid', field: 'items' },
		],
		[
			'an item of another kind',
			() => packJson(resealed((r) => (r.items[0].kind = 'template'))),
			{ problem: 'invalid' },
		],
		['an extra field', () => packJson(resealed((r) => (r.admin = true))), { problem: 'invalid' }],
		[
			'an empty name',
			() => packJson(resealed((r) => (r.learner.name = '   '))),
			{ problem: 'invalid', field: 'learner.name' },
		],
		[
			'a huge name',
			() => packJson(resealed((r) => (r.learner.name = 'x'.repeat(5000)))),
			{ problem: 'invalid', field: 'learner.name' },
		],
		[
			'a __proto__ key',
			() => packJson(JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(report).slice(1)}`)),
			{ problem: 'invalid' },
		],
		[
			'a question id with a path',
			() => packJson(resealed((r) => (r.items[2].best.questions['../x'] = 1))),
			{ problem: 'invalid' },
		],
		['a changed checksum', () => packJson({ ...report, checksum: 'f'.repeat(64) }), { problem: 'checksum' }],
		['a malformed checksum', () => packJson({ ...report, checksum: 'abc' }), { problem: 'invalid', field: 'checksum' }],
	];

	it.each(hostile)('refuses %s, saying why', async (_, make, expected) => {
		expect(await decodeReport(await make())).toMatchObject({ ok: false, ...expected });
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('refuses files that are too big or not JSON', () => {
		expect(decodeReportFile('x'.repeat(300 * 1024))).toEqual({ ok: false, problem: 'too-large' });
		expect(decodeReportFile('{"format": ')).toEqual({ ok: false, problem: 'not-json' });
	});

	it('keeps markup in a name as text: it is data, never HTML', async () => {
		const name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
		const sealed = sealReport({ ...report, learner: { id: 'L3arner_0001', name } });
		const decoded = await decodeReport(await encodeReport(sealed));
		expect(decoded).toMatchObject({ ok: true, report: { learner: { name } } });
	});
});
