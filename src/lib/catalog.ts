import { getCourses } from './courses';
import { withBase } from './site';
import { loadQuiz } from './quiz/load';
import { assessmentIds, loadAssessment } from './assessment/load';
import { loadTemplate, templateIds } from './templates/load';

/**
 * What a page's islands need to name and link everything a learner can be assigned, in one language:
 * courses and their lessons, course quizzes, self-assessments and templates. Build time only.
 */
export interface CatalogLesson {
	id: string;
	title: string;
	href: string;
}
export interface CatalogCourse {
	id: string;
	title: string;
	href: string;
	lessons: CatalogLesson[];
	/** The course quiz page, when the course has one. */
	quiz?: string;
}
export interface CatalogEntry {
	id: string;
	title: string;
	href: string;
}
export interface CatalogAssessment extends CatalogEntry {
	/** Level labels by level id (risk check). */
	levels: Record<string, string>;
}
export interface SiteCatalog {
	courses: CatalogCourse[];
	assessments: CatalogAssessment[];
	templates: CatalogEntry[];
}

export async function siteCatalog(locale: string, base: string): Promise<SiteCatalog> {
	const href = (path: string) => withBase(base, `${locale}/${path}`);
	const courses = (await getCourses(locale)).map((c) => ({
		id: c.id,
		title: c.page.data.title,
		href: href(`courses/${c.id}/`),
		lessons: c.lessons.map((l) => ({ id: l.id, title: l.entry.data.title, href: href(`courses/${c.id}/${l.slug}/`) })),
		...(loadQuiz(locale, c.id) ? { quiz: href(`courses/${c.id}/quiz/`) } : {}),
	}));
	const assessments = assessmentIds().map((id) => {
		const { file } = loadAssessment(locale, id);
		const levels =
			file.scoring.type === 'level' ? Object.fromEntries(file.scoring.levels.map((l) => [l.id, l.label])) : {};
		return { id, title: file.title, href: href(`assess/${id}/`), levels };
	});
	const templates = templateIds().map((id) => ({
		id,
		title: loadTemplate(locale, id).file.title,
		href: href(`templates/${id}/`),
	}));
	return { courses, assessments, templates };
}

/** The prompt of each course-quiz question, by course and question id: the trainer's statistics. */
export function quizPrompts(locale: string, courses: string[]): Record<string, Record<string, string>> {
	return Object.fromEntries(
		courses.flatMap((course) => {
			const quiz = loadQuiz(locale, course)?.quiz;
			return quiz
				? [[course, Object.fromEntries(quiz.questions.filter((q) => !q.check).map((q) => [q.id, q.prompt]))]]
				: [];
		}),
	);
}
