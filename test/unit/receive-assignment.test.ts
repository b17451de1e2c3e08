import { describe, expect, it } from 'vitest';
import { planReceive } from '../../src/lib/exchange/receive-assignment';
import type { AssignmentPayload } from '../../src/schemas/assignment';
import type { AssignmentRecord } from '../../src/schemas/assignment-record';

const assignment: AssignmentPayload = {
	v: 1,
	id: 'week-one-01',
	title: 'Week 1',
	message: 'Read it',
	items: [{ kind: 'lesson', id: 'foundations/what-is-ai' }],
	due: '2027-03-01',
	passMark: 70,
	locale: 'en',
	createdAt: '2026-12-01T10:00:00.000Z',
};
const kept: AssignmentRecord = {
	v: 1,
	id: 'received/week-one-01',
	role: 'received',
	assignment,
	learnerId: 'learner-0001',
	savedAt: '2026-12-01T10:00:00.000Z',
	updatedAt: '2026-12-01T10:00:00.000Z',
};

describe('receiving an assignment', () => {
	it('opens a new one, and the same one again, without asking', () => {
		expect(planReceive([], assignment)).toEqual({ kind: 'new' });
		expect(planReceive([kept], JSON.parse(JSON.stringify(assignment)))).toEqual({ kind: 'same', kept });
	});

	it('asks when a kept id comes back with another title, items or due date', () => {
		for (const change of [
			{ title: 'Week 1 (new)' },
			{ items: [{ kind: 'quiz' as const, id: 'foundations' }] },
			{ due: '2027-04-01' },
		])
			expect(planReceive([kept], { ...assignment, ...change })).toMatchObject({ kind: 'differs', kept });
	});

	it('never takes a trainer’s own assignment for a received one', () => {
		expect(planReceive([{ ...kept, id: 'made/week-one-01', role: 'made' }], assignment)).toEqual({ kind: 'new' });
	});
});
