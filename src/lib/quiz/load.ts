import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { quizFile, type QuizFile } from '../../schemas/quiz';

/**
 * A course's questions in a language, or in English where that language has no quiz file yet (a
 * lesson shown as an English fallback uses the English quiz). Build time only.
 */
export function loadQuiz(
	locale: string,
	course: string,
	root = 'content/quizzes',
): { quiz: QuizFile; locale: string } | undefined {
	for (const l of locale === 'en' ? ['en'] : [locale, 'en']) {
		const path = `${root}/${l}/${course}.yaml`;
		if (!existsSync(path)) continue;
		const result = quizFile.safeParse(parse(readFileSync(path, 'utf8')));
		if (!result.success)
			throw new Error(`${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
		return { quiz: result.data, locale: l };
	}
	return undefined;
}
