import type { Question } from '../../schemas/quiz';
import { shuffle } from './shuffle';

/** A number from a string, so each question gets its own stable first shuffle. */
function hash(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

/** The first view, rendered at build time: the same order with and without JavaScript. */
export const FIRST_VIEW = 0;

/**
 * The order in which a question's choices are shown, as ids. `seed` 0 is the first view (built into
 * the page, so nothing moves when the page becomes interactive); each retake gets a new seed, kept
 * with the answers in progress so a reload shows the same order. Authors write the right answer
 * first, so every order is mixed: never the authored order, and for single and multiple choice never
 * a right option first (while a wrong one exists), or the first option would give the answer away.
 */
export function displayOrder(q: Question, seed: number): string[] {
	const start = hash(q.id) + seed * 7919;
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const ids = q.options.map((o) => o.id);
			const right = new Set(q.options.filter((o) => o.correct).map((o) => o.id));
			const anyWrong = right.size < ids.length;
			return mixed(ids, start, (order) => !anyWrong || !right.has(order[0]!));
		}
		case 'true-false':
			return ['true', 'false'];
		case 'ordering':
			return mixed(
				q.items.map((i) => i.id),
				start,
			);
		case 'matching':
			return mixed(
				q.pairs.map((p) => p.id),
				start,
			);
	}
}

/**
 * A shuffle that is never the original order and passes `ok`. Questions have two to eight choices,
 * so a few tries find one; the rotation after that is only a guard against an endless loop.
 */
function mixed(ids: string[], seed: number, ok: (order: string[]) => boolean = () => true): string[] {
	for (let s = seed; s < seed + 1000; s++) {
		const out = shuffle(ids, s);
		if (out.some((id, i) => id !== ids[i]) && ok(out)) return out;
	}
	return [...ids.slice(1), ids[0]!];
}
