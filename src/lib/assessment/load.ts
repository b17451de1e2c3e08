import { assessmentFile, type AssessmentFile } from '../../schemas/assessment';
import { contentIds, loadLocalized } from '../content-file';

/** The self-assessments, the risk check first. Build time only. */
export function assessmentIds(): string[] {
	return contentIds('assessments').sort((a, b) =>
		a === 'risk-check' ? -1 : b === 'risk-check' ? 1 : a.localeCompare(b),
	);
}

/** An assessment in a language, or English where it is not translated yet. */
export function loadAssessment(locale: string, id: string): { file: AssessmentFile; locale: string } {
	const loaded = loadLocalized('assessments', assessmentFile, locale, id);
	if (!loaded) throw new Error(`No assessment "${id}"`);
	return loaded;
}
