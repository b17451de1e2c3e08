import type { Question } from '../../schemas/quiz';
import { shuffle } from '../../lib/quiz/shuffle';

/** A number from a string, so each question gets its own stable first shuffle. */
function hash(s: string): number {
	let h = 2166136261;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
	return h >>> 0;
}

/**
 * The order in which a question's choices are shown. Round 0 (the server-rendered page) keeps the
 * authors' order for options, but always mixes ordering items and matches, whose authored order is
 * the answer. Each retake (round 1, 2, …) mixes everything anew.
 */
export function displayOrder(q: Question, round: number): string[] {
	const seed = hash(q.id) + round * 7919;
	switch (q.type) {
		case 'single':
		case 'multiple':
			return round === 0
				? q.options.map((o) => o.id)
				: shuffle(
						q.options.map((o) => o.id),
						seed,
					);
		case 'true-false':
			return ['true', 'false'];
		case 'ordering':
			return mixed(
				q.items.map((i) => i.id),
				seed,
			);
		case 'matching':
			return mixed(
				q.pairs.map((p) => p.id),
				seed,
			);
	}
}

/** A shuffle that is never the original order (three or more items). */
function mixed(ids: string[], seed: number): string[] {
	for (let s = seed; ; s++) {
		const out = shuffle(ids, s);
		if (out.some((id, i) => id !== ids[i])) return out;
	}
}
