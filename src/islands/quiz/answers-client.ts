import type { Answer } from '../../schemas/quiz';
import type { SavedAnswersRecord } from '../../schemas/saved-answers';
import { discardAnswers, loadAnswers, saveAnswers } from '../../lib/quiz/saved-answers';
import { records } from '../records-client';

/**
 * The quiz form's link to the answers in progress. Storage may be missing or full: the quiz still
 * works in the page, so failures are logged, never shown as errors in the middle of a question.
 */
export async function restoreAnswers(id: string): Promise<SavedAnswersRecord | undefined> {
	const db = await records();
	if (!db) return undefined;
	return loadAnswers(db, id).catch((error) => void console.warn('Answers not restored:', error));
}

export async function keepAnswers(id: string, seed: number, answers: Record<string, Answer>): Promise<void> {
	const db = await records();
	if (!db) return;
	await saveAnswers(db, id, seed, answers).catch((error) => console.warn('Answers not saved:', error));
}

export async function forgetAnswers(id: string): Promise<void> {
	const db = await records();
	if (!db) return;
	await discardAnswers(db, id).catch((error) => console.warn('Answers not discarded:', error));
}
