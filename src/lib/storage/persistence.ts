import type { AcademyDb } from './db';
import type { SettingRecord } from '../../schemas/settings';
import { announceChange } from './broadcast';

type Persistence = Extract<SettingRecord, { key: 'persistence' }>['value'];

/**
 * Asks the browser once to keep the learner's records even when the device runs short of space, the
 * first time they save something, and records the answer for "My learning". Not available outside a
 * secure context (a plain-HTTP classroom server) or in older browsers.
 */
export async function requestPersistence(db: AcademyDb): Promise<Persistence> {
	const known = await db.get('settings', 'persistence');
	if (known?.key === 'persistence' && known.value !== 'denied') return known.value;
	let value: Persistence = 'unavailable';
	if (typeof navigator !== 'undefined' && navigator.storage?.persist && globalThis.isSecureContext) {
		value = (await navigator.storage.persisted()) || (await navigator.storage.persist()) ? 'granted' : 'denied';
	}
	if (value !== known?.value) {
		await db.put('settings', {
			key: 'persistence',
			value,
			updatedAt: new Date().toISOString(),
		} satisfies SettingRecord);
		announceChange(['settings']);
	}
	return value;
}
