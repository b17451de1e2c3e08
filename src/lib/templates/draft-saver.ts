import type { DraftRecord } from '../../schemas/draft';
import type { DraftChanges } from './merge-draft';

export type SaveState =
	{ state: 'saving' } | { state: 'saved'; record: DraftRecord } | { state: 'failed'; error: unknown };

type Write = (draft: DraftRecord, changes: DraftChanges) => Promise<DraftRecord>;

interface Unsaved {
	draft: DraftRecord;
	fields: Set<string>;
	name: boolean;
}

/**
 * Writes a tab's changes to drafts as they are typed. A change is written at once when no write is
 * under way, and otherwise gathered and written as soon as the one under way ends: every keystroke
 * reaches the device within one write, even if the browser is closed the next moment, and a slow
 * phone never queues a write per key. `flush` writes what is gathered at once (the page is being
 * hidden or left, or the learner switches drafts). A failed write's changes are kept and go with the
 * next one.
 */
export function createDraftSaver(write: Write, report: (s: SaveState) => void) {
	const waiting = new Map<string, Unsaved>();
	/** Changes being written, by draft id: still this tab's, until the write ends. */
	const writing = new Map<string, Unsaved[]>();

	function gather(into: Map<string, Unsaved>, change: Unsaved) {
		const known = into.get(change.draft.id);
		// The later copy holds every value the earlier one did; only the sets of changes add up.
		if (known)
			into.set(change.draft.id, {
				draft: change.draft,
				fields: new Set([...known.fields, ...change.fields]),
				name: known.name || change.name,
			});
		else into.set(change.draft.id, change);
	}

	function flush() {
		for (const [id, change] of [...waiting]) {
			waiting.delete(id);
			writing.set(id, [...(writing.get(id) ?? []), change]);
			report({ state: 'saving' });
			write(change.draft, change).then(
				(record) => {
					finish(id, change);
					if (waiting.size) flush();
					else if (!writing.size) report({ state: 'saved', record });
				},
				(error: unknown) => {
					finish(id, change);
					// Put back under any newer change, so the next write carries it too.
					const newer = waiting.get(id);
					waiting.set(id, change);
					if (newer) gather(waiting, newer);
					report({ state: 'failed', error });
				},
			);
		}
	}

	function unsaved(id: string): { fields: Set<string>; name: boolean } {
		const all = [...(writing.get(id) ?? []), ...(waiting.has(id) ? [waiting.get(id)!] : [])];
		return { fields: new Set(all.flatMap((c) => [...c.fields])), name: all.some((c) => c.name) };
	}

	function finish(id: string, change: Unsaved) {
		const rest = (writing.get(id) ?? []).filter((c) => c !== change);
		if (rest.length) writing.set(id, rest);
		else writing.delete(id);
	}

	return {
		/** Records that `draft` (the tab's whole copy) changed in `field`, or in its name. */
		change(draft: DraftRecord, what: { field: string } | { name: true }) {
			const change: Unsaved =
				'field' in what
					? { draft, fields: new Set([what.field]), name: false }
					: { draft, fields: new Set(), name: true };
			gather(waiting, change);
			if (writing.size) report({ state: 'saving' });
			else flush();
		},
		flush,
		/**
		 * The page is going: everything not yet stored, including writes under way that may never
		 * finish, goes to `writeAtOnce` now, one call per draft.
		 */
		leave(writeAtOnce: (draft: DraftRecord, changes: DraftChanges) => void) {
			const ids = new Set([...writing.keys(), ...waiting.keys()]);
			for (const id of ids) {
				const latest = waiting.get(id)?.draft ?? writing.get(id)!.at(-1)!.draft;
				writeAtOnce(latest, unsaved(id));
			}
			waiting.clear();
		},
		/** Fields (and whether the name) of a draft changed here and not yet stored. */
		unsaved,
	};
}

export type DraftSaver = ReturnType<typeof createDraftSaver>;
