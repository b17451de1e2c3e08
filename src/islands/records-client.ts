import type { AcademyDb } from '../lib/storage/db';
import { openRecords } from '../lib/storage/db';

/**
 * One database connection per page for the progress elements, opened on first use. When IndexedDB is
 * missing or refuses (blocked storage, some private modes), callers get `null` and say so; reading
 * the page never depends on it.
 */
let opening: Promise<AcademyDb | null> | undefined;

export function records(): Promise<AcademyDb | null> {
	opening ??= (
		typeof indexedDB === 'undefined'
			? Promise.reject(new Error('no IndexedDB'))
			: openRecords({ onOutdated: showOutdated })
	).catch((error) => {
		console.warn('Learner records unavailable:', error);
		return null;
	});
	return opening;
}

/** Another tab upgraded the database: this page's connection is closed; ask for a reload. */
function showOutdated() {
	const template = document.querySelector<HTMLTemplateElement>('template#records-outdated');
	if (!template || document.getElementById('records-outdated-banner')) return;
	document.body.append(template.content.cloneNode(true));
	document.querySelector('#records-outdated-banner button')?.addEventListener('click', () => location.reload());
}

/** A failed write because the disk or the site's quota is full. */
export const isQuotaError = (e: unknown) => e instanceof DOMException && e.name === 'QuotaExceededError';
