import { isolate } from '../../lib/text/isolate';
import { useContext, useRef, useState } from 'preact/hooks';
import { formatPercent } from '../../lib/format';
import type { AssignmentPayload } from '../../schemas/assignment';
import type { CohortRecord } from '../../schemas/assignment-record';
import type { SiteCatalog } from '../../lib/catalog';
import { loadRecords, refresh } from '../../models/records';
import type { ImportPlan, ReportSource } from '../../lib/trainer/import-report';
import { removeReport, saveReportImport } from '../../lib/trainer/cohort-store';
import { cohortRows, itemValue, questionStats, toCsv, type CohortRow } from '../../lib/trainer/cohort';
import { Locale } from '../locale-context';
import { Message, useMessage } from '../Message';
import { saveBlob } from '../save-file';
import { printAlone } from '../print-alone';
import { describeItem } from '../assignment/describe-item';
import { kindLabel, statusText } from '../assignment/item-text';
import { reportProblem } from '../assignment/problems';
import { ImportConfirm } from './ImportConfirm';
import { ownValue } from '../../lib/own-value';

type SortKey = 'name' | 'reported' | 'done' | number;

/**
 * The cohort view of one assignment: import reports (files, pasted codes or links), a table of learners
 * by items with overdue marking and sorting, the questions learners missed most, CSV and print.
 */
export function Cohort(props: {
	assignment: AssignmentPayload;
	records: CohortRecord[];
	catalog: SiteCatalog;
	prompts: Record<string, Record<string, string>>;
}) {
	const { assignment, records, catalog, prompts } = props;
	const { t, lang } = useContext(Locale);
	const [codes, setCodes] = useState('');
	const [refused, setRefused] = useState<{ source: string; reason: string }[]>([]);
	const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'name', dir: 1 });
	const { message, say, target } = useMessage();
	const printed = useRef<HTMLDivElement>(null);

	const [pending, setPending] = useState<ImportPlan>();

	async function importAll(event: Event) {
		event.preventDefault();
		const form = event.currentTarget as HTMLFormElement;
		const { planReportImport, MAX_REPORT_BYTES } = await import('../../lib/trainer/import-report');
		const files = [...((form.elements.namedItem('report-files') as HTMLInputElement).files ?? [])];
		const sources: ReportSource[] = [];
		for (const file of files)
			sources.push({
				kind: 'file',
				// Not read at all when too large: the check refuses it by its size.
				text: file.size > MAX_REPORT_BYTES ? '' : await file.text(),
				size: file.size,
				label: file.name,
			});
		for (const [i, code] of codes.split(/\s+/).filter(Boolean).entries())
			sources.push({ kind: 'paste', text: code, label: t('cohort.codeNumber', { n: i + 1 }) });
		if (sources.length === 0) return say('error', t('cohort.nothing'));
		const plan = await planReportImport(sources, {
			known: new Map([[assignment.id, assignment]]),
			kept: records,
			only: assignment.id,
		});
		setRefused(plan.refused.map((r) => ({ source: r.label, reason: reportProblem(t, r.problem, lang) })));
		form.reset();
		setCodes('');
		if (plan.put.length) return setPending(plan);
		say(plan.refused.length ? 'error' : 'done', result(plan));
	}

	/** Stores the reports once the trainer said yes; a no stores nothing. */
	async function answer(plan: ImportPlan, add: boolean) {
		setPending(undefined);
		if (!add) return say('done', t('cohort.cancelled'));
		const db = await loadRecords();
		if (!db) return;
		try {
			await saveReportImport(db, plan);
		} catch {
			return say('error', t('cohort.notSaved'));
		}
		// The table shows the new rows when the result is announced, not a moment later.
		await refresh();
		say(plan.refused.length ? 'error' : 'done', result(plan));
	}

	const result = ({ added, replaced, unchanged, refused }: ImportPlan) =>
		t('cohort.result', { added, replaced, unchanged, refused: refused.length });

	/** A report imported by mistake, or a learner's older copy from another device, taken out. */
	async function removeRow(row: CohortRow) {
		const name = row.learner.name;
		if (!confirm(t('cohort.removeConfirm', { name: isolate(name) }))) return;
		const db = await loadRecords();
		if (!db) return;
		await removeReport(db, assignment.id, row.learner.id);
		say('done', t('cohort.removed', { name: isolate(name) }));
	}

	const table = cohortTable(records, sort);
	const header = [
		t('cohort.learner'),
		t('cohort.reportedAt'),
		t('cohort.done'),
		...assignment.items.map((item) =>
			t('assignment.itemLabel', {
				kind: t(kindLabel[item.kind]),
				title: describeItem(item, catalog)?.title ?? item.id,
			}),
		),
	];
	const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
	const number = new Intl.NumberFormat(lang);
	const cells = (row: CohortRow) => [
		row.learner.name,
		date(row.reportedAt),
		`${number.format(row.done)}/${number.format(row.items.length)}${row.overdue ? ` ${t('cohort.overdue')}` : ''}`,
		...row.items.map((item) => statusText(t, lang, item, assignment.passMark, catalog, true)),
	];
	const keys: SortKey[] = ['name', 'reported', 'done', ...assignment.items.map((_, i) => i)];
	const quizzes = assignment.items.filter((i) => i.kind === 'quiz');
	const reports = records.map((r) => r.report);

	return (
		<section aria-labelledby="cohort-heading" class="cohort">
			<h3 id="cohort-heading">{t('cohort.heading')}</h3>
			<p>{t('cohort.intro')}</p>
			<form class="cohort-import" onSubmit={importAll}>
				<label for="report-files">{t('cohort.files')}</label>
				<input id="report-files" name="report-files" type="file" multiple accept=".json,application/json" />
				<label for="report-codes">{t('cohort.paste')}</label>
				<textarea
					id="report-codes"
					rows={4}
					dir="ltr"
					spellcheck={false}
					value={codes}
					onInput={(e) => setCodes(e.currentTarget.value)}
				/>
				<button type="submit" class="academy-button">
					{t('cohort.import')}
				</button>
			</form>
			<Message message={message} target={target} />
			{pending && <ImportConfirm plan={pending} onAnswer={(add) => void answer(pending, add)} />}
			{refused.length > 0 && (
				<ul class="refused">
					{refused.map((r, i) => (
						<li key={i}>
							<strong>{r.source}</strong>: {r.reason}
						</li>
					))}
				</ul>
			)}
			{table.length === 0 ? (
				<p>{t('cohort.empty')}</p>
			) : (
				<div class="cohort-print" ref={printed}>
					<div class="table-scroll" tabIndex={0} role="region" aria-labelledby="cohort-table-caption">
						<table class="cohort-table">
							<caption id="cohort-table-caption">{t('cohort.caption', { title: isolate(assignment.title) })}</caption>
							<thead>
								<tr>
									{header.map((h, i) => (
										<th
											key={i}
											scope="col"
											aria-sort={sort.key === keys[i] ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
										>
											<button
												type="button"
												onClick={() =>
													setSort({ key: keys[i]!, dir: sort.key === keys[i] ? (-sort.dir as 1 | -1) : 1 })
												}
											>
												{h}
												<span aria-hidden="true" class="no-print">
													{sort.key === keys[i] ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
												</span>
											</button>
										</th>
									))}
									<th scope="col" class="no-print">
										<span class="sr-only">{t('cohort.actions')}</span>
									</th>
								</tr>
							</thead>
							<tbody>
								{table.map((row) => (
									<tr key={row.learner.id} class={row.overdue ? 'overdue' : ''}>
										{cells(row).map((c, i) =>
											i === 0 ? (
												<th key={i} scope="row">
													<bdi>{c}</bdi>
												</th>
											) : (
												<td key={i}>{c}</td>
											),
										)}
										<td class="no-print">
											<button type="button" class="academy-button secondary" onClick={() => void removeRow(row)}>
												{t('cohort.remove')}
												<span class="sr-only">: {isolate(row.learner.name)}</span>
											</button>
										</td>
									</tr>
								))}
							</tbody>
						</table>
					</div>
					<div class="actions no-print">
						<button
							type="button"
							class="academy-button"
							onClick={() =>
								saveBlob(
									new Blob([toCsv([header, ...table.map(cells)])], { type: 'text/csv;charset=utf-8' }),
									`academy-cohort-${assignment.id}.csv`,
								)
							}
						>
							{t('cohort.csv')}
						</button>
						<button type="button" class="academy-button secondary" onClick={() => printAlone(printed.current!)}>
							{t('cohort.print')}
						</button>
					</div>
					{quizzes.map((quiz) => {
						const stats = questionStats(reports, quiz.id);
						const title = describeItem(quiz, catalog)?.title ?? quiz.id;
						return (
							<section key={quiz.id} aria-labelledby={`questions-${quiz.id}`} class="questions">
								<h4 id={`questions-${quiz.id}`}>{t('cohort.questions', { quiz: title })}</h4>
								{stats.length === 0 ? (
									<p>{t('cohort.noAttempts')}</p>
								) : (
									<table class="question-stats">
										<thead>
											<tr>
												<th scope="col">{t('cohort.question')}</th>
												<th scope="col">{t('cohort.missed')}</th>
											</tr>
										</thead>
										<tbody>
											{stats.map((s) => (
												<tr key={s.id} data-question={s.id}>
													<td>{ownValue(ownValue(prompts, quiz.id) ?? {}, s.id) ?? s.id}</td>
													<td>
														{t('cohort.missedShare', {
															missed: number.format(s.missed),
															answered: number.format(s.answered),
															share: formatPercent(s.share * 100, lang),
														})}
													</td>
												</tr>
											))}
										</tbody>
									</table>
								)}
							</section>
						);
					})}
				</div>
			)}
		</section>
	);
}

function cohortTable(records: CohortRecord[], sort: { key: SortKey; dir: 1 | -1 }) {
	const rows = cohortRows(records.map((r) => r.report));
	const value = (row: CohortRow): string | number =>
		sort.key === 'name'
			? row.learner.name.toLocaleLowerCase()
			: sort.key === 'reported'
				? row.reportedAt
				: sort.key === 'done'
					? row.done
					: itemValue(row.items[sort.key]!);
	return rows.sort((a, b) => {
		const x = value(a);
		const y = value(b);
		const order = typeof x === 'number' ? x - (y as number) : x.localeCompare(y as string);
		return order * sort.dir || a.learner.name.localeCompare(b.learner.name);
	});
}
