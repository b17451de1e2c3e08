import { quizFile, type QuizFile } from '../../schemas/quiz';
import { loadLocalized } from '../content-file';

/**
 * A course's questions in a language, or in English where that language has no quiz file yet (a
 * lesson shown as an English fallback uses the English quiz). Build time only.
 */
export function loadQuiz(locale: string, course: string): { quiz: QuizFile; locale: string } | undefined {
	const loaded = loadLocalized('quizzes', quizFile, locale, course);
	return loaded && { quiz: loaded.file, locale: loaded.locale };
}
