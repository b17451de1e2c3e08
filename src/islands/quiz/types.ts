import type { Question } from '../../schemas/quiz';
import type { T } from '../../i18n/t';

/** What a quiz form needs from the page: its questions and where each lesson is. */
export interface QuizData {
	/** Unique on the page: prefixes element ids. */
	formId: string;
	/** Where answers in progress are kept: `quiz/<course>` or `check/<course>/<lesson>`. */
	saveId?: string;
	passMark: number;
	questions: Question[];
	/** Lesson title and address by lesson slug, for "Read the lesson" links. */
	lessons: Record<string, { title: string; href: string }>;
}

export interface QuizContextValue {
	t: T;
	lang: string;
}
