import type { SiteCatalog } from '../catalog';
import type { AssignmentPayload } from '../../schemas/assignment';

type Kind = AssignmentPayload['items'][number]['kind'];
export interface Assignable {
	key: string;
	kind: Kind;
	id: string;
}

/** The builder's key for an item: one checkbox per key. */
export const itemKey = (kind: Kind, id: string) => `${kind}:${id}`;

/** Everything that can be assigned, in catalogue order. */
export function assignableItems(catalog: SiteCatalog): Assignable[] {
	const all: Assignable[] = [];
	const add = (kind: Kind, id: string) => all.push({ key: itemKey(kind, id), kind, id });
	for (const c of catalog.courses) {
		add('course', c.id);
		for (const l of c.lessons) add('lesson', l.id);
		if (c.quiz) add('quiz', c.id);
	}
	for (const a of catalog.assessments) add('assessment', a.id);
	for (const tp of catalog.templates) add('template', tp.id);
	return all;
}
