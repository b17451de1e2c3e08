import { firstUnfinished, type Progress } from './progress';

/**
 * Where a learner picks up again, from their progress records alone (no zod, no DOM): the last lesson
 * visited and not completed; otherwise the next lesson of the course the learner last worked on, if it
 * is unfinished. Undefined when nothing was started (or everything started is finished): the home
 * page's card then stays hidden.
 */
export function resumePoint(
	courses: readonly { id: string; lessons: readonly string[] }[],
	progress: ReadonlyMap<string, Progress>,
): string | undefined {
	const known = new Set(courses.flatMap((c) => c.lessons));
	const recent = [...progress.entries()]
		.filter(([id]) => known.has(id))
		.sort(([, a], [, b]) => latest(b).localeCompare(latest(a)));
	const open = recent.find(([, p]) => !p.completedAt);
	if (open) return open[0];
	for (const [id] of recent) {
		const course = courses.find((c) => c.lessons.includes(id))!;
		const next = firstUnfinished(course.lessons, progress);
		if (next) return next;
	}
	return undefined;
}

const latest = (p: Progress) => (p.lastVisitedAt > p.updatedAt ? p.lastVisitedAt : p.updatedAt);
