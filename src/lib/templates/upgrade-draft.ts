import type { DraftRecordV1 } from '../../schemas/draft';

/**
 * Brings a stored or backed-up draft to the current version. Version 1 knew only when the whole draft
 * last changed: each answer and the name are taken to have changed then. Anything else (already
 * current, or not a draft at all) is returned as it is, for the schema to judge.
 */
export function upgradeDraft(record: unknown): unknown {
	if (!isV1(record)) return record;
	const { values, updatedAt } = record;
	const fields = typeof values === 'object' && values !== null && !Array.isArray(values) ? Object.keys(values) : [];
	// fromEntries, not assignment: a key from a file (even "__proto__") stays a plain own key.
	const changedAt = Object.fromEntries(fields.map((field) => [field, updatedAt]));
	return { ...record, v: 2, changedAt, nameChangedAt: updatedAt };
}

function isV1(record: unknown): record is DraftRecordV1 {
	return typeof record === 'object' && record !== null && (record as { v?: unknown }).v === 1;
}
