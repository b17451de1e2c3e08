import type { AcademyDb } from '../storage/db';
import type { AssignmentRecord } from '../../schemas/assignment-record';
import type { LearnerView } from './progress';
import { isProgressRecord } from '../progress';
import { isIsoDateTime, isObject, readAssignment } from '../exchange/read-assignment';
import { ID_PATTERN } from '../../schemas/id-pattern';
import { receivedKey } from './record-keys';

/**
 * The learner's records the assignment page shows, read without zod (as lesson pages read progress):
 * each record is checked for the fields the page reads, and one that fails is left out, not changed.
 * The full schema check, which sets a bad record aside in quarantine, runs when a report is made and
 * on My learning (src/lib/storage/records.ts). test/unit/read-learner-records.test.ts keeps the checks
 * no looser than the schemas on what they read.
 */
const slug = (v: unknown): v is string => typeof v === 'string' && v.length <= 60 && ID_PATTERN.test(v);
const between = (v: unknown, min: number, max: number): v is number =>
	typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const LEARNER_ID = /^[A-Za-z0-9_-]{6,24}$/;

/** A map of slug keys to numbers in a range (quiz points, readiness ratings). */
function isScores(v: unknown, max: number): v is Record<string, number> {
	return isObject(v) && Object.entries(v).every(([k, n]) => slug(k) && between(n, 0, max));
}

export function isAttemptView(r: unknown): r is LearnerView['attempts'][number] {
	return (
		isObject(r) &&
		r.v === 1 &&
		slug(r.quiz) &&
		between(r.percent, 0, 100) &&
		isIsoDateTime(r.finishedAt) &&
		isScores(r.points, 1)
	);
}

export function isAssessmentView(r: unknown): r is LearnerView['assessments'][number] {
	if (!isObject(r) || r.v !== 1 || !slug(r.id)) return false;
	if (r.completedAt !== undefined && !isIsoDateTime(r.completedAt)) return false;
	const result = r.result;
	if (result === undefined) return true;
	if (!isObject(result)) return false;
	if (result.type === 'level') return slug(result.level) && between(result.adjusted, 0, 100);
	return result.type === 'maturity' && isScores(result.dimensions, 4);
}

export function isDraftView(r: unknown): r is LearnerView['drafts'][number] {
	return isObject(r) && (r.v === 1 || r.v === 2) && slug(r.template) && isIsoDateTime(r.updatedAt);
}

/** A received assignment, its payload checked as a link's is (read-assignment.ts). */
export function readReceived(r: unknown): AssignmentRecord | undefined {
	if (!isObject(r) || r.v !== 1 || r.role !== 'received') return undefined;
	const assignment = readAssignment(r.assignment);
	if (!assignment.ok || r.id !== receivedKey(assignment.value.id)) return undefined;
	if (typeof r.learnerId !== 'string' || !LEARNER_ID.test(r.learnerId)) return undefined;
	if (r.learnerName !== undefined && (typeof r.learnerName !== 'string' || r.learnerName.length > 80)) return undefined;
	if (!isIsoDateTime(r.savedAt) || !isIsoDateTime(r.updatedAt)) return undefined;
	return {
		v: 1,
		id: r.id,
		role: 'received',
		assignment: assignment.value,
		learnerId: r.learnerId,
		...(r.learnerName === undefined ? {} : { learnerName: r.learnerName }),
		savedAt: r.savedAt,
		updatedAt: r.updatedAt,
	};
}

export interface AssignmentPageRecords extends LearnerView {
	/** Assignments this learner received, newest first. */
	received: AssignmentRecord[];
}

export async function readLearnerRecords(db: AcademyDb): Promise<AssignmentPageRecords> {
	const [progress, attempts, assessments, drafts, assignments] = await Promise.all(
		(['progress', 'attempts', 'assessments', 'drafts', 'assignments'] as const).map(
			(store) => db.getAll(store) as Promise<unknown[]>,
		),
	);
	return {
		progress: progress!.filter(isProgressRecord),
		attempts: attempts!.filter(isAttemptView),
		assessments: assessments!.filter(isAssessmentView),
		drafts: drafts!.filter(isDraftView),
		received: assignments!
			.map(readReceived)
			.filter((r): r is AssignmentRecord => !!r)
			.sort((x, y) => y.savedAt.localeCompare(x.savedAt)),
	};
}
