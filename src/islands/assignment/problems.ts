import { isolate } from '../../lib/text/isolate';
import type { T } from '../../i18n/t';
import type { AssignmentProblem } from '../../lib/exchange/assignment-codec';
import { MAX_CODE_LENGTH } from '../../lib/exchange/assignment-codec';
import type { ReportProblem } from '../../lib/trainer/report-codec';

const day = (iso: string, lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));

/** Why an assignment link, code or file was refused, in the reader's language. */
export function assignmentProblem(t: T, p: AssignmentProblem, lang: string): string {
	switch (p.problem) {
		case 'empty':
		case 'not-base64':
		case 'damaged':
			return t('assignment.errDamaged');
		case 'too-long':
			return t('assignment.errTooLong', { max: MAX_CODE_LENGTH });
		case 'too-large':
			return t('assignment.errTooLarge');
		case 'not-json':
			return t('assignment.errNotJson');
		case 'newer-version':
			return t('assignment.errNewer', { version: p.version });
		case 'invalid':
			return t('assignment.errInvalid', { field: p.field });
		case 'future':
			return t('assignment.errFuture', { date: day(p.date, lang) });
	}
}

/** Why a progress report was refused, in the trainer's language. */
export function reportProblem(t: T, p: ReportProblem, lang: string): string {
	switch (p.problem) {
		case 'empty':
		case 'not-base64':
		case 'damaged':
			return t('cohort.errDamaged');
		case 'too-long':
		case 'too-large':
			return t('cohort.errTooLarge');
		case 'not-json':
		case 'not-a-report':
			return t('cohort.errNotReport');
		case 'is-assignment':
			return t('cohort.errIsAssignment');
		case 'newer-version':
			return t('cohort.errNewer', { version: p.version });
		case 'invalid':
			return t('cohort.errInvalid', { field: p.field });
		case 'checksum':
			return t('cohort.errChecksum');
		case 'wrong-assignment':
			return t('cohort.errWrongAssignment', { title: isolate(p.title) });
		case 'future':
			return t('cohort.errFuture', { date: day(p.date, lang) });
	}
}
