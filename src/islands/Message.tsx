import { useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

export type Said = { kind: 'error' | 'done'; text: string } | null;

/**
 * The outcome of an action (a restore, an import, an export), announced: an alert for an error, a
 * status otherwise, and focused after it renders so it is both read out and seen.
 */
export function useMessage() {
	const [message, setMessage] = useState<Said>(null);
	const target = useRef<HTMLDivElement>(null);
	/** `focus: false` when the action moves focus elsewhere itself: the status is still read out. */
	const say = (kind: 'error' | 'done', text: string, focus = true) => {
		setMessage({ kind, text });
		if (focus) requestAnimationFrame(() => target.current?.focus());
	};
	return { message, say, clear: () => setMessage(null), target };
}

export function Message({ message, target }: { message: Said; target: RefObject<HTMLDivElement> }) {
	return (
		<div
			ref={target}
			tabIndex={-1}
			role={message?.kind === 'error' ? 'alert' : 'status'}
			class={`academy-message ${message?.kind ?? ''}`}
		>
			{message?.text}
		</div>
	);
}
