import { readProgress } from '../../lib/progress';
import { onRecordsChanged } from '../../lib/storage/broadcast';
import { records } from '../records-client';

/**
 * `<course-progress data-lessons="a/b,a/c" data-lang="fr">`: "Lessons completed: 1 / 2" and a bar.
 * Its space is reserved in the HTML, so filling it in moves nothing on the page.
 */
class CourseProgress extends HTMLElement {
	async connectedCallback() {
		const lessons = (this.dataset.lessons ?? '').split(',').filter(Boolean);
		const db = await records();
		if (!db || lessons.length === 0) return;
		const format = new Intl.NumberFormat(this.dataset.lang);
		const render = async () => {
			const progress = await readProgress(db);
			const done = lessons.filter((id) => progress.get(id)?.completedAt).length;
			this.querySelector('progress')!.value = done;
			this.querySelector('[data-count]')!.textContent = `${format.format(done)} / ${format.format(lessons.length)}`;
			this.toggleAttribute('data-ready', true);
		};
		await render();
		onRecordsChanged(({ stores }) => stores.includes('progress') && render());
	}
}

customElements.define('course-progress', CourseProgress);
