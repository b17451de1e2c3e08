import type { StoreName } from './db';

/** Tells other tabs (and this one) that records changed, so their views refresh. */
const CHANNEL = 'academy-records';

export interface RecordsChanged {
	type: 'records-changed';
	stores: StoreName[];
}

const isRecordsChanged = (data: unknown): data is RecordsChanged =>
	typeof data === 'object' && data !== null && (data as RecordsChanged).type === 'records-changed';

let channel: BroadcastChannel | undefined;
const local = new Set<(m: RecordsChanged) => void>();

function open(): BroadcastChannel | undefined {
	if (!channel && typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(CHANNEL);
	return channel;
}

export function announceChange(stores: StoreName[]): void {
	const message: RecordsChanged = { type: 'records-changed', stores };
	open()?.postMessage(message);
	// A channel does not deliver to its own sender: tell this tab's listeners directly.
	for (const listener of local) listener(message);
}

/**
 * Tells only the other tabs: for a write this tab already shows (a draft's answers as typed), where
 * re-reading every store would keep transactions open that hold back the write made as a page is left.
 */
export function announceToOthers(stores: StoreName[]): void {
	open()?.postMessage({ type: 'records-changed', stores } satisfies RecordsChanged);
}

export function onRecordsChanged(listener: (m: RecordsChanged) => void): () => void {
	const handler = (e: MessageEvent<unknown>) => {
		if (isRecordsChanged(e.data)) listener(e.data);
	};
	open()?.addEventListener('message', handler);
	local.add(listener);
	return () => {
		channel?.removeEventListener('message', handler);
		local.delete(listener);
	};
}
