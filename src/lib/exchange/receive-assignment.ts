import type { AcademyDb } from '../storage/db';
import type { AssignmentPayload } from '../../schemas/assignment';
import type { AssignmentRecord } from '../../schemas/assignment-record';
import { announceChange } from '../storage/broadcast';
import { canonicalJson } from './canonical-json';
import { receivedKey } from '../trainer/record-keys';

/**
 * A learner receiving an assignment (link, QR code, pasted code or file). One that reuses the id of a
 * kept assignment with other content must not silently replace its title, items and due date: the
 * learner is asked, and keeps theirs unless they choose otherwise.
 *
 * Free of zod, for the page a learner opens from a link: every record written here is made from an
 * assignment checked by read-assignment.ts and a kept record read through read-learner-records.ts, so
 * it already has the shape the `assignments` store's schema requires (test/unit/receive-assignment.test.ts).
 */
export type ReceivePlan =
	| { kind: 'new' }
	| { kind: 'same'; kept: AssignmentRecord }
	| { kind: 'differs'; kept: AssignmentRecord; incoming: AssignmentPayload };

export function planReceive(kept: AssignmentRecord[], incoming: AssignmentPayload): ReceivePlan {
	const current = kept.find((r) => r.id === receivedKey(incoming.id));
	if (!current) return { kind: 'new' };
	return canonicalJson(current.assignment) === canonicalJson(incoming)
		? { kind: 'same', kept: current }
		: { kind: 'differs', kept: current, incoming };
}

/** The kept assignment with this id, for `#id=<id>` links. */
export function findReceived(kept: AssignmentRecord[], id: string): AssignmentRecord | undefined {
	return kept.find((r) => r.id === receivedKey(id));
}

async function put(db: AcademyDb, record: AssignmentRecord): Promise<void> {
	await db.put('assignments', record);
	announceChange(['assignments']);
}

/**
 * Stores a received assignment: a new one with the learner's new id, or a replacement that keeps the
 * learner's id, so their next report replaces the old one in the trainer's table.
 */
export async function saveReceived(
	db: AcademyDb,
	assignment: AssignmentPayload,
	options: { kept?: AssignmentRecord; learnerId: string; now?: Date },
): Promise<AssignmentRecord> {
	const now = (options.now ?? new Date()).toISOString();
	const record: AssignmentRecord = options.kept
		? { ...options.kept, assignment, updatedAt: now }
		: {
				v: 1,
				id: receivedKey(assignment.id),
				role: 'received',
				assignment,
				learnerId: options.learnerId,
				savedAt: now,
				updatedAt: now,
			};
	await put(db, record);
	return record;
}

/** Remembers the name the learner put on a report, for next time (at most 80 characters). */
export async function rememberLearnerName(db: AcademyDb, record: AssignmentRecord, name: string): Promise<void> {
	const learnerName = name.slice(0, 80);
	if (learnerName === record.learnerName) return;
	await put(db, { ...record, learnerName, updatedAt: new Date().toISOString() });
}

export async function removeReceived(db: AcademyDb, record: AssignmentRecord): Promise<void> {
	await db.delete('assignments', receivedKey(record.assignment.id));
	announceChange(['assignments']);
}
