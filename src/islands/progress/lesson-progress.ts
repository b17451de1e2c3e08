import { markVisited, setComplete } from '../../lib/progress';
import { onRecordsChanged } from '../../lib/storage/broadcast';
import { requestPersistence } from '../../lib/storage/persistence';
import { isQuotaError, records } from '../records-client';

/**
 * `<lesson-progress data-lesson="<course>/<lesson>">`, placed after a lesson's text. Opening the lesson
 * records a visit; scrolling to this element, or its button, marks the lesson complete. Hidden
 * without JavaScript, since nothing can be saved then.
 */
const END_DWELL_MS = 2000;

class LessonProgress extends HTMLElement {
	#id = this.dataset.lesson!;
	#status = this.querySelector<HTMLElement>('[data-status]')!;
	#complete = this.querySelector<HTMLButtonElement>('button[data-complete]')!;
	#undo = this.querySelector<HTMLButtonElement>('button[data-undo]')!;

	async connectedCallback() {
		this.hidden = false;
		const db = await records();
		if (!db) return this.#fail('unavailable');
		try {
			this.#show((await markVisited(db, this.#id)).completedAt !== undefined, false);
		} catch (error) {
			return this.#fail(isQuotaError(error) ? 'full' : 'unavailable');
		}
		this.#complete.addEventListener('click', () => void this.#set(true, true));
		this.#undo.addEventListener('click', () => void this.#set(false, true));
		// Reaching the end counts once the learner has scrolled there and stayed a moment: a short lesson
		// shown whole on a large screen, or a quick scroll past, is not yet read.
		let dwell: ReturnType<typeof setTimeout> | undefined;
		const observer = new IntersectionObserver((entries) => {
			clearTimeout(dwell);
			if (!entries.some((e) => e.isIntersecting) || scrollY === 0) return;
			dwell = setTimeout(() => {
				observer.disconnect();
				void this.#set(true, false);
			}, END_DWELL_MS);
		});
		addEventListener('scroll', () => observer.observe(this), { once: true, passive: true });
		onRecordsChanged(
			({ stores }) =>
				void (async () => {
					if (!stores.includes('progress')) return;
					const record = await db.get('progress', this.#id);
					this.#show(record?.completedAt !== undefined, false);
				})(),
		);
	}

	async #set(complete: boolean, byButton: boolean) {
		const db = await records();
		if (!db) return;
		try {
			const record = await setComplete(db, this.#id, complete);
			this.#show(record?.completedAt !== undefined, true);
			if (complete) await requestPersistence(db);
			if (byButton) (complete ? this.#undo : this.#complete).focus();
		} catch (error) {
			this.#fail(isQuotaError(error) ? 'full' : 'unavailable');
		}
	}

	#show(completed: boolean, announce: boolean) {
		this.toggleAttribute('data-completed', completed);
		this.#complete.hidden = completed;
		this.#undo.hidden = !completed;
		const text = completed ? this.dataset.completedText! : '';
		// The status is a live region: only announce changes the learner made.
		if (announce || this.#status.textContent !== text) this.#status.textContent = text;
	}

	#fail(reason: 'unavailable' | 'full') {
		this.#complete.hidden = this.#undo.hidden = true;
		this.#status.textContent = reason === 'full' ? this.dataset.fullText! : this.dataset.unavailableText!;
	}
}

customElements.define('lesson-progress', LessonProgress);
