import type { T } from '../../i18n/t';
import { formatPercent } from '../../lib/format';
import type { ReportItem } from '../../schemas/report';
import type { SiteCatalog } from '../../lib/catalog';
import type { UiStringKey } from '../../schemas/ui-strings';
import { ownValue } from '../../lib/own-value';

export const kindLabel: Record<ReportItem['kind'], UiStringKey> = {
	course: 'assignment.kindCourse',
	lesson: 'assignment.kindLesson',
	quiz: 'assignment.kindQuiz',
	assessment: 'assignment.kindAssessment',
	template: 'assignment.kindTemplate',
};

/** A table cell for something not done yet. */
const NOT_YET = '–';

/**
 * Where a learner stands on an item, in words: the same text on the learner's assignment page, in the
 * trainer's table and in its CSV. `short` is for table cells, where a dash means not done yet.
 */

export function statusText(
	t: T,
	lang: string,
	item: ReportItem,
	passMark: number,
	catalog: SiteCatalog,
	short = false,
): string {
	const number = new Intl.NumberFormat(lang);
	switch (item.kind) {
		case 'course':
			if (item.total > 0 && item.done === item.total) return t('assignment.statusDone');
			return short
				? `${number.format(item.done)}/${number.format(item.total)}`
				: t('assignment.statusLessons', { done: number.format(item.done), total: number.format(item.total) });
		case 'lesson':
			return item.completedAt ? t('assignment.statusDone') : short ? NOT_YET : t('assignment.statusNotDone');
		case 'quiz': {
			if (!item.best) return short ? NOT_YET : t('assignment.statusNotTaken');
			const score = formatPercent(item.best.percent, lang);
			if (short) return score;
			return item.best.percent >= passMark
				? t('assignment.statusPassed', { score })
				: t('assignment.statusBelow', { score, passMark: formatPercent(passMark, lang) });
		}
		case 'assessment': {
			if (!item.completedAt) return short ? NOT_YET : t('assignment.statusNotDone');
			const levels = catalog.assessments.find((a) => a.id === item.id)?.levels;
			const level = item.level && levels && ownValue(levels, item.level);
			if (level) return level;
			if (item.average !== undefined)
				return t('assignment.statusAverage', {
					average: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(item.average),
				});
			return t('assignment.statusDone');
		}
		case 'template':
			return item.draftedAt ? t('assignment.statusDraft') : short ? NOT_YET : t('assignment.statusNotDone');
	}
}
