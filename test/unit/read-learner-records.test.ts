import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAssessmentView, isAttemptView, isDraftView, readReceived } from '../../src/lib/trainer/read-learner-records';
import { saveReceived } from '../../src/lib/exchange/receive-assignment';
import { attemptRecord } from '../../src/schemas/attempt';
import { assessmentRecord } from '../../src/schemas/assessment-record';
import { assignmentRecord } from '../../src/schemas/assignment-record';
import type { AcademyDb } from '../../src/lib/storage/db';
import { assignment, FUZZ, protoKey } from './fuzz/arbitraries';

/**
 * The assignment page reads the learner's records without zod. Its checks may leave out fields it
 * does not read, but must never let through a record the schema refuses on a field it does read.
 */
const at = '2026-11-20T10:00:00.000Z';
const attempt = {
	v: 1,
	id: 'a1',
	quiz: 'foundations',
	finishedAt: at,
	updatedAt: at,
	percent: 80,
	passMark: 70,
	passed: true,
	points: { q1: 1, q2: 0.5 },
	answers: {},
};
const assessment = {
	v: 1,
	id: 'risk-check',
	answers: {},
	step: 2,
	startedAt: at,
	updatedAt: at,
	completedAt: at,
	result: { type: 'level', level: 'high', adjusted: 80 },
};
const received = {
	v: 1,
	id: 'received/week-one-01',
	role: 'received',
	assignment: {
		v: 1,
		id: 'week-one-01',
		title: 'Week 1',
		message: '',
		items: [{ kind: 'lesson', id: 'foundations/what-is-ai' }],
		passMark: 70,
		locale: 'en',
		createdAt: at,
	},
	learnerId: 'learner-0001',
	learnerName: 'Amina',
	savedAt: at,
	updatedAt: at,
};
const json = (text: string): unknown => JSON.parse(text);

describe('the assignment page’s checks of stored records', () => {
	it('accepts what the schemas accept', () => {
		expect(attemptRecord.safeParse(attempt).success).toBe(true);
		expect(isAttemptView(attempt)).toBe(true);
		expect(assessmentRecord.safeParse(assessment).success).toBe(true);
		expect(isAssessmentView(assessment)).toBe(true);
		const maturity = { ...assessment, result: { type: 'maturity', dimensions: { a: 1, b: 4 } } };
		expect(isAssessmentView(maturity)).toBe(true);
		expect(isAssessmentView({ ...assessment, result: undefined, completedAt: undefined })).toBe(true);
		expect(isDraftView({ v: 2, template: 'impact-assessment', updatedAt: at })).toBe(true);
		expect(assignmentRecord.safeParse(received).success).toBe(true);
		expect(readReceived(received)).toEqual(received);
	});

	it('refuses records the schemas refuse on the fields the page reads', () => {
		for (const bad of [
			{ ...attempt, quiz: 'constructor' },
			{ ...attempt, percent: 101 },
			{ ...attempt, percent: Number.NaN },
			{ ...attempt, finishedAt: 'yesterday' },
			{ ...attempt, points: { q1: 2 } },
			{ ...attempt, v: 2 },
			null,
			[],
		]) {
			expect(attemptRecord.safeParse(bad).success).toBe(false);
			expect(isAttemptView(bad)).toBe(false);
		}
		// Stricter than the schema here: a `__proto__` key is never a question id.
		expect(isAttemptView({ ...attempt, points: json('{"__proto__":1}') })).toBe(false);
		for (const bad of [
			{ ...assessment, id: 'toString' },
			{ ...assessment, completedAt: 'soon' },
			{ ...assessment, result: { type: 'level', level: 'constructor', adjusted: 80 } },
			{ ...assessment, result: { type: 'maturity', dimensions: { a: 5 } } },
			{ ...assessment, result: { type: 'other' } },
		]) {
			expect(assessmentRecord.safeParse(bad).success).toBe(false);
			expect(isAssessmentView(bad)).toBe(false);
		}
		for (const bad of [
			{ ...received, role: 'made' },
			{ ...received, id: 'received/other-id-01' },
			{ ...received, learnerId: 'no' },
			{ ...received, learnerName: 'x'.repeat(81) },
			{ ...received, assignment: { ...received.assignment, items: [] } },
			{ ...received, savedAt: 'now' },
		])
			expect(readReceived(bad)).toBeUndefined();
	});

	it('reads a received assignment exactly when the schema accepts it, fuzzed', () => {
		const record = fc
			.tuple(assignment, fc.stringMatching(/^[A-Za-z0-9_-]{4,26}$/), fc.option(fc.string({ maxLength: 90 })))
			.map(([a, learnerId, learnerName]) => ({
				v: 1,
				id: `received/${a.id}`,
				role: 'received',
				assignment: a,
				learnerId,
				...(learnerName === null ? {} : { learnerName }),
				savedAt: at,
				updatedAt: at,
			}));
		const changed = fc
			.tuple(record, fc.oneof(protoKey, fc.constantFrom('v', 'id', 'role', 'assignment', 'savedAt')), fc.jsonValue())
			.map(([r, key, value]) => json(`{${JSON.stringify(key)}:${JSON.stringify(value)},${JSON.stringify(r).slice(1)}`));
		fc.assert(
			fc.property(fc.oneof(record, changed), (r) => {
				const schema = assignmentRecord.safeParse(r);
				const read = readReceived(r);
				// The schema lets unknown keys of a record pass (and drops them); the page reads none.
				expect(read !== undefined).toBe(schema.success);
				if (read) expect(read).toEqual(schema.data);
			}),
			FUZZ,
		);
	});

	it('stores a received assignment as a record the store’s schema accepts', async () => {
		const put: unknown[] = [];
		const db = { put: (_store: string, r: unknown) => void put.push(r) } as unknown as AcademyDb;
		const a = readReceived(received)!.assignment;
		const record = await saveReceived(db, a, { learnerId: 'learner-0002', now: new Date(at) });
		expect(assignmentRecord.safeParse(record).success).toBe(true);
		const replaced = await saveReceived(db, { ...a, title: 'Week 1 (new)' }, { kept: record, learnerId: 'unused-id' });
		expect(assignmentRecord.safeParse(replaced).success).toBe(true);
		expect(replaced.learnerId).toBe('learner-0002');
		expect(put).toEqual([record, replaced]);
	});
});
