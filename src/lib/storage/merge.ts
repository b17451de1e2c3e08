import type { ProgressRecord } from '../../schemas/progress';
import type { CohortRecord } from '../../schemas/assignment-record';
import type { StoreName } from './db';

/**
 * How a restored record combines with the one already on the device ("merge" restore).
 * - progress: the earliest first visit, the latest last visit, and complete if either copy is.
 * - cohorts (a learner's report to a trainer): the report made last.
 * - everything else: the copy changed last (`updatedAt`), the device's copy on a tie.
 */
export function mergeRecord(store: StoreName, current: unknown, incoming: unknown): unknown {
	if (current === undefined) return incoming;
	if (store === 'progress') return mergeProgress(current as ProgressRecord, incoming as ProgressRecord);
	if (store === 'cohorts')
		return (incoming as CohortRecord).report.createdAt > (current as CohortRecord).report.createdAt
			? incoming
			: current;
	return newer(current, incoming);
}

function mergeProgress(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
	const min = (x?: string, y?: string) => (x && y ? (x < y ? x : y) : (x ?? y));
	const max = (x: string, y: string) => (x > y ? x : y);
	const completedAt = min(a.completedAt, b.completedAt);
	return {
		...a,
		visitedAt: min(a.visitedAt, b.visitedAt)!,
		lastVisitedAt: max(a.lastVisitedAt, b.lastVisitedAt),
		updatedAt: max(a.updatedAt, b.updatedAt),
		...(completedAt ? { completedAt } : {}),
	};
}

function newer(current: unknown, incoming: unknown): unknown {
	const at = (r: unknown) => {
		const updatedAt = (r as { updatedAt?: unknown }).updatedAt;
		return typeof updatedAt === 'string' ? updatedAt : '';
	};
	return at(incoming) > at(current) ? incoming : current;
}
