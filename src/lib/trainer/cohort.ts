import type { ReportPayload, ReportItem } from '../../schemas/report';
import type { CohortRecord } from '../../schemas/assignment-record';
import { itemDone, isPastDue } from './progress';
import { isFuture } from '../exchange/clock-skew';
import { cohortKey } from './record-keys';

/**
 * The trainer's view of one assignment, from the reports learners sent: one row per learner (the
 * newest report wins), per-question difficulty, and the CSV export of the same table.
 */

/**
 * Adds reports to the ones kept: a learner appears once; a newer report replaces an older one. A kept
 * row dated in the future (imported before such dates were refused) never blocks a real report.
 */
export function mergeReports(
	kept: CohortRecord[],
	incoming: ReportPayload[],
	now = new Date(),
): { put: CohortRecord[]; added: number; replaced: number; unchanged: number } {
	const byId = new Map(kept.map((r) => [r.id, r]));
	const put = new Map<string, CohortRecord>();
	let added = 0;
	let replaced = 0;
	let unchanged = 0;
	for (const report of incoming) {
		const id = cohortKey(report.assignment.id, report.learner.id);
		const current = put.get(id) ?? byId.get(id);
		if (current && current.report.createdAt >= report.createdAt && !isFuture(current.report.createdAt, now)) {
			unchanged++;
			continue;
		}
		if (current && !put.has(id)) replaced++;
		else if (!current) added++;
		put.set(id, { v: 1, id, assignment: report.assignment.id, report, importedAt: now.toISOString() });
	}
	return { put: [...put.values()], added, replaced, unchanged };
}

export interface CohortRow {
	learner: ReportPayload['learner'];
	reportedAt: string;
	items: ReportItem[];
	done: number;
	/** Past the due date with something not done. */
	overdue: boolean;
}

export function cohortRows(reports: ReportPayload[], now = new Date()): CohortRow[] {
	return reports.map((r) => {
		const done = r.items.filter((i) => itemDone(i, r.assignment.passMark)).length;
		return {
			learner: r.learner,
			reportedAt: r.createdAt,
			items: r.items,
			done,
			overdue: done < r.items.length && isPastDue(r.assignment.due, now),
		};
	});
}

/** A number to sort a column by: how far the learner got on the item. */
export function itemValue(item: ReportItem): number {
	switch (item.kind) {
		case 'course':
			return item.total ? item.done / item.total : 0;
		case 'quiz':
			return item.best ? item.best.percent / 100 : -1;
		case 'lesson':
		case 'assessment':
			return item.completedAt ? 1 : 0;
		case 'template':
			return item.draftedAt ? 1 : 0;
	}
}

export interface QuestionStat {
	id: string;
	/** Learners whose best attempt included the question. */
	answered: number;
	/** Of those, how many did not get full marks. */
	missed: number;
	share: number;
}

/** Per question of a quiz: the share of learners who missed it, hardest first. */
export function questionStats(reports: ReportPayload[], quiz: string): QuestionStat[] {
	const stats = new Map<string, QuestionStat>();
	for (const report of reports) {
		const item = report.items.find((i) => i.kind === 'quiz' && i.id === quiz);
		if (item?.kind !== 'quiz' || !item.best) continue;
		for (const [id, points] of Object.entries(item.best.questions)) {
			const s = stats.get(id) ?? { id, answered: 0, missed: 0, share: 0 };
			s.answered++;
			if (points < 1) s.missed++;
			s.share = s.missed / s.answered;
			stats.set(id, s);
		}
	}
	return [...stats.values()].sort((a, b) => b.share - a.share || a.id.localeCompare(b.id));
}

/**
 * CSV (RFC 4180) for spreadsheets. Learners type their own names, so a cell that a spreadsheet would
 * run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is prefixed with a quote mark.
 */
export function toCsv(rows: (string | number)[][]): string {
	const cell = (value: string | number) => {
		let text = String(value);
		if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	// A byte-order mark, so spreadsheet programs read the names as UTF-8.
	return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
