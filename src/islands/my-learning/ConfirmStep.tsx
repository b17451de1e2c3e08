import { useEffect, useRef } from 'preact/hooks';

interface Props {
	id: string;
	question: string;
	confirm: string;
	cancel: string;
	onConfirm: () => void;
	onCancel: () => void;
}

/**
 * A question asked in the page before something is replaced, not with `window.confirm` (which phones
 * show out of context and screen readers may miss). Cancel comes first and takes focus, so a hurried
 * Enter changes nothing.
 */
export function ConfirmStep({ id, question, confirm, cancel, onConfirm, onCancel }: Props) {
	const cancelRef = useRef<HTMLButtonElement>(null);
	useEffect(() => cancelRef.current?.focus(), []);
	return (
		<div class="confirm" role="group" aria-labelledby={id}>
			<p id={id}>{question}</p>
			<button type="button" class="academy-button secondary" ref={cancelRef} onClick={onCancel}>
				{cancel}
			</button>{' '}
			<button type="button" class="academy-button danger" onClick={onConfirm}>
				{confirm}
			</button>
		</div>
	);
}
