import type { AcademyDb } from '../storage/db';
import type { AssignmentPayload } from '../../schemas/assignment';
import type { ImportPlan } from './import-report';
import { putRecords } from '../storage/records';
import { announceChange } from '../storage/broadcast';
import { cohortKey, madeKey } from './record-keys';

/** The trainer's writes: imported reports, a removed row, a deleted assignment with its reports. */

/** Stores what a confirmed import plan writes, all or nothing. */
export async function saveReportImport(db: AcademyDb, plan: ImportPlan): Promise<void> {
	if (plan.put.length) await putRecords(db, 'cohorts', plan.put);
}

export async function removeReport(db: AcademyDb, assignmentId: string, learnerId: string): Promise<void> {
	await db.delete('cohorts', cohortKey(assignmentId, learnerId));
	announceChange(['cohorts']);
}

/** An assignment made here, and every report imported for it, in one transaction. */
export async function deleteMadeAssignment(db: AcademyDb, assignmentId: string): Promise<void> {
	const tx = db.transaction(['assignments', 'cohorts'], 'readwrite');
	const cohorts = tx.objectStore('cohorts');
	// Reports are keyed `<assignment id>/<learner id>`: this range holds exactly this assignment's.
	const range = IDBKeyRange.bound(`${assignmentId}/`, `${assignmentId}/\uffff`);
	await Promise.all([tx.objectStore('assignments').delete(madeKey(assignmentId)), cohorts.delete(range), tx.done]);
	announceChange(['assignments', 'cohorts']);
}

/** A new assignment made on this device. */
export async function saveMadeAssignment(
	db: AcademyDb,
	assignment: AssignmentPayload,
	now = new Date(),
): Promise<void> {
	const at = now.toISOString();
	await putRecords(db, 'assignments', [
		{ v: 1, id: madeKey(assignment.id), role: 'made', assignment, savedAt: at, updatedAt: at },
	]);
}
