import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeT } from '../../src/i18n/t';
import { decodeAssignment, decodeAssignmentFile } from '../../src/lib/exchange/assignment-codec';
import { planReportImport } from '../../src/lib/trainer/import-report';
import { assignmentProblem, reportProblem } from '../../src/islands/assignment/problems';
import type { AssignmentPayload } from '../../src/schemas/assignment';
import { parse } from 'yaml';
import { parseBackup, type ParsedBackup } from '../../src/lib/storage/backup';
import { BACKUP_MAX_BYTES } from '../../src/schemas/backup';
import { parseTemplateJson, type Imported } from '../../src/lib/templates/json';
import { templateFile } from '../../src/schemas/template';
import {
	expectedMessage,
	hostileCases,
	inputText,
	PATHS,
	type HostileCase,
	type ImportPath,
} from '../hostile/catalogue';

/**
 * The hostile-input catalogue run straight through the decoders, as each page calls them: every case
 * refused with its message, or accepted. The browser test (test/e2e/hostile.test.ts) runs the same files.
 */
const strings = JSON.parse(readFileSync('content/i18n/en.json', 'utf8')) as Record<string, string>;
const t = makeT(strings);
const BASE = JSON.parse(
	readFileSync(new URL('../hostile/base-assignment.json', import.meta.url), 'utf8'),
) as AssignmentPayload;
const known = new Map([[BASE.id, BASE]]);
/** What the page reads from `#a=…` or `#r=…`: the address's fragment, decoded as the page does. */
const fromHash = (key: string, input: string) => new URLSearchParams(`${key}=${input}`).get(key) ?? '';

const TEMPLATE = templateFile.parse(parse(readFileSync('content/templates/en/consultation-plan.yaml', 'utf8')));

const day = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(iso));

/** The refusal as My learning words it (BackupSection's problemText). */
function backupMessage(p: Extract<ParsedBackup, { ok: false }>): string {
	switch (p.problem) {
		case 'too-large':
			return t('my.errTooLarge');
		case 'not-json':
			return t('my.errNotJson');
		case 'not-a-backup':
			return t('my.errNotBackup');
		case 'newer-version':
			return t('my.errNewer', { version: p.version });
		case 'bad-record':
			return t('my.errBadRecord', { store: p.store, index: p.index + 1 });
		case 'malformed':
			return t('my.errMalformed', { store: p.store, index: p.index + 1 });
		case 'checksum':
			return t('my.errChecksum', { index: p.index + 1 });
		case 'future':
			return t('my.errFuture', { index: p.index + 1, date: day(p.date) });
		case 'quarantine-too-large':
			return t('my.errQuarantineLarge');
		case 'bad-structure':
			return t('my.errBadStructure');
	}
}

/** The refusal as a template page words it (TemplateForm's importProblem). */
function templateMessage(p: Extract<Imported, { ok: false }>): string {
	switch (p.problem) {
		case 'too-large':
			return t('template.errFileTooLarge');
		case 'not-json':
			return t('template.errFileNotJson');
		case 'not-a-template':
			return t('template.errFileNotTemplate');
		case 'newer-version':
			return t('template.errFileNewer', { version: p.version });
		case 'other-template':
			return t('template.errFileOther', { template: p.template });
		case 'bad-values':
			return t('template.errFileValues', { field: p.field });
	}
}

/** The message the page would show, or 'accepted'. */
async function outcome(path: ImportPath, c: HostileCase): Promise<string> {
	const text = inputText(c);
	switch (path) {
		case 'assignment-link':
		case 'assignment-file': {
			const bytes = new Blob([text]).size;
			if (path === 'assignment-file' && bytes > 64 * 1024) return t('assignment.errTooLarge');
			const result =
				path === 'assignment-file' ? decodeAssignmentFile(text) : await decodeAssignment(fromHash('a', text));
			return result.ok ? 'accepted' : assignmentProblem(t, result, 'en');
		}
		case 'backup-file': {
			const bytes = new Blob([text]).size;
			// The page refuses by the file's size before reading it.
			if (bytes > BACKUP_MAX_BYTES) return t('my.errTooLarge');
			// Read as the page reads the file (File.text(): UTF-8, without a byte-order mark).
			const parsed = parseBackup(await new Blob([text]).text(), bytes);
			return parsed.ok ? 'accepted' : backupMessage(parsed);
		}
		case 'template-file': {
			const parsed = parseTemplateJson(text, TEMPLATE);
			return parsed.ok ? 'accepted' : templateMessage(parsed);
		}
		case 'report-link':
		case 'report-file':
		case 'report-paste': {
			const sources =
				path === 'report-link'
					? [{ kind: 'link' as const, text: fromHash('r', text), label: '' }]
					: path === 'report-file'
						? [{ kind: 'file' as const, text, size: new Blob([text]).size, label: '' }]
						: text
								.split(/\s+/)
								.filter(Boolean)
								.map((code) => ({ kind: 'paste' as const, text: code, label: '' }));
			if (sources.length === 0) return t('cohort.nothing');
			const plan = await planReportImport(sources, {
				known,
				kept: [],
				...(path === 'report-link' ? {} : { only: BASE.id }),
			});
			const refused = plan.refused[0];
			return refused ? reportProblem(t, refused.problem, 'en') : plan.put.length ? 'accepted' : 'nothing';
		}
	}
}

describe('the hostile-input catalogue', () => {
	it('has at least 150 cases, each with a description and, when refused, a message key that exists', () => {
		const all = PATHS.flatMap((p) => hostileCases(p));
		expect(all.length).toBeGreaterThanOrEqual(150);
		for (const c of all) {
			expect(c.description, c.file).not.toBe('');
			if (c.expect === 'refused') expect(strings[c.message!], c.file).toBeTypeOf('string');
			else expect(c.shows, c.file).toBeTypeOf('string');
		}
	});

	describe.each(PATHS)('%s', (path) => {
		it('refuses each case with its message, or accepts it', async () => {
			const got: string[] = [];
			const want: string[] = [];
			for (const c of hostileCases(path)) {
				got.push(`${c.file}: ${await outcome(path, c)}`);
				want.push(`${c.file}: ${c.expect === 'accepted' ? 'accepted' : expectedMessage(c, strings)}`);
			}
			expect(got).toEqual(want);
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		}, 60_000);
	});
});
