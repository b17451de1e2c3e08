import type { SiteCatalog } from '../../lib/catalog';
import type { AssignmentPayload } from '../../schemas/assignment';
import type { ReportItem } from '../../schemas/report';
import { reportItems } from '../../lib/trainer/progress';
import { assessments, attempts, drafts, progress } from '../../models/records';
import { lessonsOf } from './describe-item';

export { describeItem, lessonsOf } from './describe-item';

/** Where the learner stands on each item, from the record signals: re-renders as they change. */
export function liveItems(assignment: AssignmentPayload, catalog: SiteCatalog): ReportItem[] {
	return reportItems(
		assignment,
		{ progress: progress.value, attempts: attempts.value, assessments: assessments.value, drafts: drafts.value },
		lessonsOf(catalog),
	);
}
