import { lessonIdOfPath, readProgress } from '../../lib/progress';
import { onRecordsChanged } from '../../lib/storage/broadcast';
import { records } from '../records-client';

/**
 * Marks links to completed lessons (in the sidebar and in course lesson lists) with a check mark and
 * a word for screen readers. `<completed-links data-label="completed">` wraps nothing: it only runs
 * this once per page.
 */
class CompletedLinks extends HTMLElement {
	async connectedCallback() {
		const db = await records();
		if (!db) return;
		const label = this.dataset.label ?? '';
		const render = async () => {
			const progress = await readProgress(db);
			for (const a of document.querySelectorAll<HTMLAnchorElement>(
				'#starlight__sidebar a[href], .lesson-list a[href]',
			)) {
				const id = lessonIdOfPath(new URL(a.href).pathname);
				const done = !!(id && progress.get(id)?.completedAt);
				const mark = a.querySelector('.done-mark');
				if (done && !mark) {
					const span = document.createElement('span');
					span.className = 'done-mark';
					span.innerHTML = '<span aria-hidden="true">✓</span><span class="sr-only"></span>';
					span.lastElementChild!.textContent = ` (${label})`;
					a.append(span);
				} else if (!done) mark?.remove();
			}
		};
		await render();
		onRecordsChanged(({ stores }) => {
			if (stores.includes('progress')) void render();
		});
	}
}

customElements.define('completed-links', CompletedLinks);
