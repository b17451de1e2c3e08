import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from './site';
import { courseIds } from '../schemas/site';

/**
 * The enabled courses, from their pages: the course page (`courses/<id>/index`) and its lessons in
 * `order`. English is the source: every lesson exists there; a translation may have only some.
 */
export interface Course {
	id: string;
	page: CollectionEntry<'docs'>;
	lessons: { id: string; slug: string; entry: CollectionEntry<'docs'> }[];
}

export async function getCourses(locale: string): Promise<Course[]> {
	const docs = await getCollection('docs');
	const byId = new Map(docs.map((d) => [d.id, d]));
	const pick = (path: string) => byId.get(`${locale}/${path}`) ?? byId.get(`en/${path}`);
	return courseIds
		.filter((id) => site.courses.includes(id))
		.flatMap((id) => {
			const page = pick(`courses/${id}`);
			if (!page) return [];
			const lessons = docs
				.filter((d) => d.id.startsWith(`en/courses/${id}/`) && d.data.order !== undefined)
				.sort((a, b) => a.data.order! - b.data.order!)
				.map((d) => {
					const slug = d.id.split('/').pop()!;
					return { id: `${id}/${slug}`, slug, entry: pick(`courses/${id}/${slug}`)! };
				});
			return [{ id, page, lessons }];
		});
}
