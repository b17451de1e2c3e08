import type { Page } from 'playwright-core';

/**
 * Every record in the page's database, store by store: compared before and after an action. The
 * browser's answer to the request to keep the records (the `persistence` setting) is left out: the
 * page stores it whenever the browser answers, which no action being tested causes.
 */
export function idbDump(page: Page): Promise<Record<string, unknown[]>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const open = indexedDB.open('academy');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const out: Record<string, unknown[]> = {};
					if (names.length === 0) return (db.close(), resolve(out));
					const tx = db.transaction(names);
					for (const name of names) {
						const req = tx.objectStore(name).getAll();
						req.onsuccess = () =>
							(out[name] = req.result.filter(
								(r: { key?: unknown }) => !(name === 'settings' && r.key === 'persistence'),
							));
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out);
					};
				};
			}),
	);
}
