import { h, hydrate } from 'preact';
import { QuizForm, type QuizFormProps } from './QuizForm';

/** Attaches the quiz form to its server-rendered HTML in the block's `[data-root]`. */
export function hydrateQuiz(host: HTMLElement, props: QuizFormProps) {
	hydrate(h(QuizForm, props), host.querySelector<HTMLElement>('[data-root]')!);
}
