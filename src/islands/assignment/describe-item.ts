import type { SiteCatalog } from '../../lib/catalog';
import type { Catalog } from '../../lib/trainer/progress';

/** The lesson ids of each course, as the progress logic wants them. */
export const lessonsOf = (catalog: SiteCatalog): Catalog =>
	new Map(catalog.courses.map((c) => [c.id, c.lessons.map((l) => l.id)]));

/** The title and page of an item in this language; `undefined` for an id this site does not have. */
export function describeItem(
	item: { kind: string; id: string },
	catalog: SiteCatalog,
): { title: string; href: string; course?: string } | undefined {
	const [courseId, lesson] = item.id.split('/');
	const course = catalog.courses.find((c) => c.id === courseId);
	switch (item.kind) {
		case 'course':
			return course && { title: course.title, href: course.href, course: course.id };
		case 'lesson': {
			const found = course?.lessons.find((l) => l.id === `${courseId}/${lesson}`);
			return found && { ...found, course: course!.id };
		}
		case 'quiz':
			return course?.quiz ? { title: course.title, href: course.quiz, course: course.id } : undefined;
		case 'assessment':
			return catalog.assessments.find((a) => a.id === item.id);
		case 'template':
			return catalog.templates.find((a) => a.id === item.id);
	}
	return undefined;
}
