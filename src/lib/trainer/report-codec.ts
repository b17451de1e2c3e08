import { REPORT_FORMAT, REPORT_VERSION, reportPayload, type ReportPayload } from '../../schemas/report';
import { sha256 } from '../exchange/sha256';
import { canonicalJson } from '../exchange/canonical-json';
import { firstFuture } from '../exchange/clock-skew';
import { hasDuplicateItems } from '../exchange/assignment-codec';
import { codeFrom, firstIssue, packJson, unpackJson, type UnpackProblem } from '../exchange/compress';

/**
 * Progress reports: a JSON file, or the same JSON as a text code (compressed, base64url) to paste or
 * to carry in a QR code of `…/trainer/#r=<code>`. The checksum is SHA-256 in plain JavaScript, so it
 * also works on a plain-HTTP classroom server where `crypto.subtle` is missing. It detects damage and
 * accidental edits; anyone can recompute it, so it proves nothing about who made the report.
 */
export const MAX_REPORT_CODE = 20_000;
export const MAX_REPORT_BYTES = 256 * 1024;
/** Codes up to this length also get a QR code (a link a phone can still scan from a screen). */
export const MAX_REPORT_QR = 1800;

// Kept apart (zod-free) for the assignment page, which compares assignments without loading zod.
export { canonicalJson };

export function checksumOf(report: Omit<ReportPayload, 'checksum'> | ReportPayload): string {
	const { checksum: _, ...content } = report as ReportPayload;
	return sha256(canonicalJson(content));
}

/** A report with its checksum, ready to send. */
export function sealReport(report: Omit<ReportPayload, 'checksum' | 'format' | 'v'>): ReportPayload {
	// Parsed first, so the checksum covers exactly what is sent (defaults filled in, nothing extra).
	const parsed = reportPayload.parse({ format: REPORT_FORMAT, v: REPORT_VERSION, ...report, checksum: '0'.repeat(64) });
	return { ...parsed, checksum: checksumOf(parsed) };
}

export const encodeReport = (report: ReportPayload) => packJson(report);

export type ReportProblem =
	| { problem: UnpackProblem }
	| { problem: 'not-json' }
	| { problem: 'not-a-report' }
	| { problem: 'is-assignment' }
	| { problem: 'newer-version'; version: number }
	| { problem: 'invalid'; field: string }
	| { problem: 'checksum' }
	| { problem: 'wrong-assignment'; title: string }
	| { problem: 'future'; date: string };

export type DecodedReport = { ok: true; report: ReportPayload } | ({ ok: false } & ReportProblem);

/** Reads a pasted code (or a link with `#r=`), checking everything, with a precise reason if not. */
export async function decodeReport(text: string, assignmentId?: string, now = new Date()): Promise<DecodedReport> {
	if (text.includes('#a=')) return { ok: false, problem: 'is-assignment' };
	const unpacked = await unpackJson(codeFrom(text, 'r'), MAX_REPORT_CODE, MAX_REPORT_BYTES);
	if (!unpacked.ok) return unpacked;
	return checkReport(unpacked.value, assignmentId, now);
}

/** Reads a report file (JSON text). */
export function decodeReportFile(text: string, assignmentId?: string, now = new Date()): DecodedReport {
	if (new Blob([text]).size > MAX_REPORT_BYTES) return { ok: false, problem: 'too-large' };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return { ok: false, problem: 'not-json' };
	}
	return checkReport(raw, assignmentId, now);
}

function checkReport(raw: unknown, assignmentId: string | undefined, now: Date): DecodedReport {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problem: 'not-a-report' };
	const { format, v, items } = raw as Record<string, unknown>;
	if (format !== REPORT_FORMAT)
		return { ok: false, problem: v === 1 && Array.isArray(items) && !format ? 'is-assignment' : 'not-a-report' };
	if (typeof v === 'number' && v > REPORT_VERSION) return { ok: false, problem: 'newer-version', version: v };
	const result = reportPayload.safeParse(raw);
	if (!result.success) return { ok: false, problem: 'invalid', field: firstIssue(result.error) };
	if (hasDuplicateItems(result.data.assignment)) return { ok: false, problem: 'invalid', field: 'assignment.items' };
	// Checked on the text as received: parsing must not hide a change (e.g. a dropped unknown key).
	if (checksumOf(raw as ReportPayload) !== result.data.checksum) return { ok: false, problem: 'checksum' };
	if (assignmentId && result.data.assignment.id !== assignmentId)
		return { ok: false, problem: 'wrong-assignment', title: result.data.assignment.title };
	const future = firstFuture(madeAt(result.data), now);
	if (future) return { ok: false, problem: 'future', date: future };
	return { ok: true, report: result.data };
}

/** Every time a report claims something was made or done at: none may lie in the future. */
export function madeAt(report: ReportPayload): (string | undefined)[] {
	return [
		report.createdAt,
		report.assignment.createdAt,
		...report.items.map((i) =>
			i.kind === 'quiz' ? i.best?.finishedAt : i.kind === 'template' ? i.draftedAt : i.completedAt,
		),
	];
}
