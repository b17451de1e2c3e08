import { firstUnfinished, readProgress } from '../../lib/progress';
import { onRecordsChanged } from '../../lib/storage/broadcast';
import { records } from '../records-client';

/**
 * `<course-progress data-lessons="a/b,a/c" data-lang="fr">`: "Lessons completed: 1 / 2" and a bar.
 * Its space is reserved in the HTML, so filling it in moves nothing on the page. On the course page it
 * also points the Start link (#course-start) at the first unfinished lesson, or the quiz at the end.
 */
class CourseProgress extends HTMLElement {
	async connectedCallback() {
		const lessons = (this.dataset.lessons ?? '').split(',').filter(Boolean);
		const db = await records();
		if (!db || lessons.length === 0) return;
		const format = new Intl.NumberFormat(this.dataset.lang);
		const start = document.querySelector<HTMLAnchorElement>('a#course-start');
		const startText = start?.textContent;
		const render = async () => {
			const progress = await readProgress(db);
			const done = lessons.filter((id) => progress.get(id)?.completedAt).length;
			this.querySelector('progress')!.value = done;
			this.querySelector('[data-count]')!.textContent = `${format.format(done)} / ${format.format(lessons.length)}`;
			this.toggleAttribute('data-ready', true);
			if (!start) return;
			const next = firstUnfinished(lessons, progress);
			const slug = (next ?? lessons[0]!).split('/')[1];
			// The lesson's title, as the lesson list on this page shows it.
			const title = document.querySelector(`.lesson-list a[href="${slug}/"]`)?.firstChild?.textContent;
			const quiz = !next && start.dataset.quiz;
			start.href = quiz ? 'quiz/' : `${slug}/`;
			start.textContent =
				quiz || (next && done && title ? start.dataset.continue!.replace('{{lesson}}', title) : startText!);
		};
		await render();
		onRecordsChanged(({ stores }) => {
			if (stores.includes('progress')) void render();
		});
	}
}

customElements.define('course-progress', CourseProgress);
