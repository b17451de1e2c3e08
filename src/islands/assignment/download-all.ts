import type { OfflineManifest } from '../../lib/offline/manifest';

/**
 * "Download everything in this assignment": the offline copy of each course the assignment touches
 * (its lessons, quiz and the pages they link, such as templates and self-assessments), plus, for a
 * template or self-assessment on its own, the smallest course that carries its page. Courses use the
 * same downloads as the course pages, so nothing is stored twice (src/lib/storage/downloads.ts and
 * download-course.ts fetch and record them).
 */
export async function manifestsFor(
	base: string,
	locale: string,
	courses: string[],
	pages: string[],
	allCourses: string[],
): Promise<OfflineManifest[] | undefined> {
	const load = (course: string) =>
		fetch(`${base}offline/${locale}/${course}.json`, { cache: 'no-cache' })
			.then((r) => (r.ok ? (r.json() as Promise<OfflineManifest>) : undefined))
			.catch(() => undefined);
	const chosen = await Promise.all(courses.map(load));
	if (chosen.some((m) => !m)) return undefined;
	const manifests = chosen as OfflineManifest[];
	const has = (m: OfflineManifest, page: string) => m.entries.some((e) => e.url === page);
	const missing = pages.filter((p) => !manifests.some((m) => has(m, p)));
	if (missing.length) {
		const others = (await Promise.all(allCourses.filter((c) => !courses.includes(c)).map(load)))
			.filter((m): m is OfflineManifest => !!m)
			.sort((a, b) => a.bytes - b.bytes);
		for (const page of missing) {
			if (manifests.some((m) => has(m, page))) continue;
			const carrier = others.find((m) => has(m, page));
			if (!carrier) return undefined;
			manifests.push(carrier);
		}
	}
	return manifests;
}
