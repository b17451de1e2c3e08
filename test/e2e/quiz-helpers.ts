import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { quizFile, type Question } from '../../src/schemas/quiz';

export function quizQuestions(locale: string, course: string) {
	return quizFile.parse(parse(readFileSync(`content/quizzes/${locale}/${course}.yaml`, 'utf8'))).questions;
}

/** Answers one question through the form's own controls: right, or (single choice only) wrong. */
export async function answer(page: Page, formId: string, q: Question, right = true) {
	const id = `${formId}-${q.id}`;
	switch (q.type) {
		case 'single': {
			const option = q.options.find((o) => o.correct === right)!;
			return page.locator(`#${id}-${option.id}`).check();
		}
		case 'multiple':
			for (const o of q.options.filter((o) => o.correct)) await page.locator(`#${id}-${o.id}`).check();
			return;
		case 'true-false':
			return page.locator(`#${id}-${right ? q.answer : !q.answer}`).check();
		case 'ordering':
			for (const [i, item] of q.items.entries()) await page.locator(`#${id}-${item.id}`).selectOption(String(i + 1));
			return;
		case 'matching':
			for (const pair of q.pairs) await page.locator(`#${id}-${pair.id}`).selectOption(pair.id);
			return;
	}
}

/** Every question's choices as shown, in order: input and list ids, and the entries of each list. */
export function shownOrder(page: Page, formId: string): Promise<string[][]> {
	return page
		.locator(`#${formId} fieldset`)
		.evaluateAll((sets) =>
			sets.map((f) =>
				[...f.querySelectorAll('input, select, option')].map((e) => e.id || (e as HTMLOptionElement).value),
			),
		);
}

/** The answers in progress the page has saved for `id` (`quiz/<course>`), read from IndexedDB. */
export function savedAnswers(
	page: Page,
	id: string,
): Promise<{ seed: number; answers: Record<string, unknown> } | undefined> {
	return page.evaluate(
		(key) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('academy');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('answers')) return (resolve(undefined), db.close());
					const get = db.transaction('answers').objectStore('answers').get(key);
					get.onsuccess = () => (resolve(get.result), db.close());
					get.onerror = () => reject(get.error);
				};
			}),
		id,
	);
}
