import type { DraftRecord, FieldValue } from '../../schemas/draft';

/** What one tab changed in a draft since its last save: answers by field id, and maybe the name. */
export interface DraftChanges {
	fields: ReadonlySet<string>;
	name: boolean;
}

const later = (a: string, b: string) => (a > b ? a : b);

/** The draft with one answer changed now: the time travels with the answer. */
export function withValue(draft: DraftRecord, field: string, value: FieldValue, now = new Date()): DraftRecord {
	const at = now.toISOString();
	return {
		...draft,
		values: { ...draft.values, [field]: value },
		changedAt: { ...draft.changedAt, [field]: at },
		updatedAt: later(draft.updatedAt, at),
	};
}

/** The draft renamed now. */
export function withName(draft: DraftRecord, name: string, now = new Date()): DraftRecord {
	const at = now.toISOString();
	return { ...draft, name, nameChangedAt: at, updatedAt: later(draft.updatedAt, at) };
}

/**
 * What a save writes: the stored draft with only this tab's changed answers laid over it, each one
 * kept only if it is at least as new as the stored one. Answers this tab did not touch stay as
 * another tab (or a restore) left them. With nothing stored (a new draft, or one deleted meanwhile
 * elsewhere) the tab's whole copy is written: it is the only one.
 */
export function mergeDraft(stored: DraftRecord | undefined, mine: DraftRecord, changes: DraftChanges): DraftRecord {
	if (!stored) return mine;
	const values = { ...stored.values };
	const changedAt = { ...stored.changedAt };
	for (const field of changes.fields) {
		const at = mine.changedAt[field] ?? mine.updatedAt;
		if (at < (changedAt[field] ?? '')) continue;
		const value = mine.values[field];
		if (value === undefined) delete values[field];
		else values[field] = value;
		changedAt[field] = at;
	}
	const nameWins = changes.name && mine.nameChangedAt >= stored.nameChangedAt;
	return {
		...stored,
		values,
		changedAt,
		name: nameWins ? mine.name : stored.name,
		nameChangedAt: nameWins ? mine.nameChangedAt : stored.nameChangedAt,
		updatedAt: later(stored.updatedAt, mine.updatedAt),
	};
}

/**
 * The draft on screen after another tab (or a restore) changed the stored one: every answer and the
 * name as stored, except those this tab is editing or has not saved yet (`keep`, field ids and
 * `name`). `outside` says whether anything shown changed, so the page can say so.
 */
export function adoptStored(
	shown: DraftRecord,
	stored: DraftRecord,
	keep: ReadonlySet<string>,
	keepName: boolean,
): { draft: DraftRecord; outside: boolean } {
	const values = { ...shown.values };
	const changedAt = { ...shown.changedAt };
	let outside = false;
	const fields = new Set([...Object.keys(stored.values), ...Object.keys(shown.values)]);
	for (const field of fields) {
		if (keep.has(field)) continue;
		const value = Object.hasOwn(stored.values, field) ? stored.values[field] : undefined;
		if (JSON.stringify(value) !== JSON.stringify(values[field])) outside = true;
		if (value === undefined) delete values[field];
		else values[field] = value;
		if (Object.hasOwn(stored.changedAt, field)) changedAt[field] = stored.changedAt[field]!;
		else delete changedAt[field];
	}
	let { name, nameChangedAt } = shown;
	if (!keepName && stored.name !== name) {
		outside = true;
		({ name, nameChangedAt } = stored);
	}
	return {
		draft: { ...shown, values, changedAt, name, nameChangedAt, updatedAt: later(shown.updatedAt, stored.updatedAt) },
		outside,
	};
}
