import type { QuizFormProps } from './QuizForm';

/**
 * `<quiz-check>`: a lesson's check questions, already in the page as HTML. The quiz code (Preact and
 * the form, a few KB) downloads only when the block scrolls into view or the learner touches it, so a
 * lesson's first load stays light.
 */
class QuizCheck extends HTMLElement {
	#started = false;

	connectedCallback() {
		const start = () => void this.#hydrate();
		const observer = new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting)) {
				observer.disconnect();
				start();
			}
		});
		observer.observe(this);
		this.addEventListener('focusin', start, { once: true });
		this.addEventListener('pointerdown', start, { once: true });
	}

	async #hydrate() {
		if (this.#started) return;
		this.#started = true;
		const props = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent) as QuizFormProps;
		const { hydrateQuiz } = await import('./hydrate');
		hydrateQuiz(this, props);
	}
}

customElements.define('quiz-check', QuizCheck);
