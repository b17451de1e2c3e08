import type { RefObject } from 'preact';

export type Undoable = { text: string; undo?: () => void | Promise<void> } | null;

/**
 * A polite status message with an Undo button, such as "Draft deleted. Undo". The region is always
 * in the page (empty and hidden until used), so screen readers announce what is put in it.
 */
export function UndoNotice({
	notice,
	label,
	buttonRef,
}: {
	notice: Undoable;
	/** The button's text, "Undo" in the page's language. */
	label: string;
	/** Focused by callers whose own button disappeared with what it deleted. */
	buttonRef?: RefObject<HTMLButtonElement>;
}) {
	return (
		<div role="status" class="academy-message undo-notice">
			{notice && (
				<>
					<span dir="auto">{notice.text}</span>
					{notice.undo && (
						<button type="button" class="academy-button secondary" ref={buttonRef} onClick={notice.undo}>
							{label}
						</button>
					)}
				</>
			)}
		</div>
	);
}
