import type { AssignmentPayload } from '../../schemas/assignment';
import type { CohortRecord } from '../../schemas/assignment-record';
import type { ReportPayload } from '../../schemas/report';
import { decodeReport, decodeReportFile, MAX_REPORT_BYTES, type ReportProblem } from './report-codec';
import { mergeReports } from './cohort';

export { knownAssignments } from './known-assignments';
export { MAX_REPORT_BYTES };

/**
 * The one way a progress report comes in, whatever carried it (a `#r=` link or a scanned QR code, a
 * file, a pasted code): decode, checksum, the assignment it belongs to, dates, then a plan the trainer
 * confirms before anything is stored.
 */
export type ReportSource =
	{ kind: 'link' | 'paste'; text: string; label: string } | { kind: 'file'; text: string; size: number; label: string };

export interface RefusedReport {
	label: string;
	problem: ReportProblem;
}

/** One row the import would write, as the confirmation states it. */
export interface PlannedRow {
	name: string;
	assignment: string;
	/** When the report it replaces was made, if the learner already has a row. */
	replaces?: string;
}

export interface ImportPlan {
	put: CohortRecord[];
	rows: PlannedRow[];
	added: number;
	replaced: number;
	unchanged: number;
	refused: RefusedReport[];
}

/** Same items in the same order: the table's columns then mean the same for every row. */
function sameItems(a: AssignmentPayload, b: AssignmentPayload): boolean {
	return (
		a.items.length === b.items.length && a.items.every((x, i) => x.kind === b.items[i]!.kind && x.id === b.items[i]!.id)
	);
}

async function readOne(
	source: ReportSource,
	known: ReadonlyMap<string, AssignmentPayload>,
	only: string | undefined,
	now: Date,
) {
	if (source.kind === 'file' && source.size > MAX_REPORT_BYTES) return { ok: false, problem: 'too-large' } as const;
	const decoded =
		source.kind === 'file' ? decodeReportFile(source.text, only, now) : await decodeReport(source.text, only, now);
	if (!decoded.ok) return decoded;
	// A report that names a kept assignment but lists other items is for another assignment.
	const kept = known.get(decoded.report.assignment.id);
	if (kept && !sameItems(kept, decoded.report.assignment))
		return { ok: false, problem: 'wrong-assignment', title: decoded.report.assignment.title } as const;
	return decoded;
}

/**
 * Reads every source through the same checks and plans the import against the rows kept. `only`: the
 * assignment being viewed, when the trainer imports into one (files and pasted codes).
 */
export async function planReportImport(
	sources: ReportSource[],
	options: {
		known: ReadonlyMap<string, AssignmentPayload>;
		kept: CohortRecord[];
		only?: string;
		now?: Date;
	},
): Promise<ImportPlan> {
	const now = options.now ?? new Date();
	const found: ReportPayload[] = [];
	const refused: RefusedReport[] = [];
	for (const source of sources) {
		const result = await readOne(source, options.known, options.only, now);
		if (result.ok) found.push(result.report);
		else {
			const { ok: _, ...problem } = result;
			refused.push({ label: source.label, problem });
		}
	}
	const merged = mergeReports(options.kept, found, now);
	const byId = new Map(options.kept.map((r) => [r.id, r]));
	const rows = merged.put.map((r) => ({
		name: r.report.learner.name,
		assignment: options.known.get(r.assignment)?.title ?? r.report.assignment.title,
		replaces: byId.get(r.id)?.report.createdAt,
	}));
	return { ...merged, rows, refused };
}
