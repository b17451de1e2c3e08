import type { AssignmentPayload } from '../../schemas/assignment';
import type { AssignmentRecord, CohortRecord } from '../../schemas/assignment-record';

/** Assignments the trainer knows by id: made here, or known from reports imported before. */
export function knownAssignments(made: AssignmentRecord[], cohorts: CohortRecord[]): Map<string, AssignmentPayload> {
	const known = new Map<string, AssignmentPayload>();
	for (const r of made) if (r.role === 'made') known.set(r.assignment.id, r.assignment);
	for (const c of cohorts) if (!known.has(c.assignment)) known.set(c.assignment, c.report.assignment);
	return known;
}
