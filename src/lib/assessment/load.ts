import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { assessmentFile, type AssessmentFile } from '../../schemas/assessment';

const ROOT = 'content/assessments';

/** The self-assessments, in English order. Build time only. */
export function assessmentIds(): string[] {
	return readdirSync(`${ROOT}/en`)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => f.replace(/\.yaml$/, ''))
		.sort((a, b) => (a === 'risk-check' ? -1 : b === 'risk-check' ? 1 : a.localeCompare(b)));
}

/** An assessment in a language, or English where it is not translated yet. */
export function loadAssessment(locale: string, id: string): { file: AssessmentFile; locale: string } {
	for (const l of locale === 'en' ? ['en'] : [locale, 'en']) {
		const path = `${ROOT}/${l}/${id}.yaml`;
		if (!existsSync(path)) continue;
		const result = assessmentFile.safeParse(parse(readFileSync(path, 'utf8')));
		if (!result.success)
			throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
		return { file: result.data, locale: l };
	}
	throw new Error(`No assessment "${id}"`);
}
