import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quizFile } from '../../src/schemas/quiz';
import { displayOrder, FIRST_VIEW } from '../../src/lib/quiz/display-order';

const DIR = 'content/quizzes';
const banks = readdirSync(DIR).flatMap((locale) =>
	readdirSync(`${DIR}/${locale}`)
		.filter((f) => f.endsWith('.yaml'))
		.map((file) => ({ name: `${locale}/${file}`, quiz: quizFile.parse(parse(readFileSync(`${DIR}/${locale}/${file}`, 'utf8'))) })),
);
const RETAKES = [1, 2, 3, 123456789];

describe.each(banks)('question bank $name', ({ quiz }) => {
	it('never shows the answer first: on the first view and on retakes, no choice question leads with a right option and none keeps the authored order', () => {
		for (const q of quiz.questions) {
			for (const seed of [FIRST_VIEW, ...RETAKES]) {
				const shown = displayOrder(q, seed);
				const where = `${q.id} (seed ${seed})`;
				switch (q.type) {
					case 'single':
						expect(shown.toSorted(), where).toEqual(q.options.map((o) => o.id).toSorted());
						expect(q.options.find((o) => o.id === shown[0])!.correct, where).toBe(false);
						expect(shown, where).not.toEqual(q.options.map((o) => o.id));
						break;
					case 'multiple':
						expect(shown.toSorted(), where).toEqual(q.options.map((o) => o.id).toSorted());
						if (q.options.some((o) => !o.correct))
							expect(q.options.find((o) => o.id === shown[0])!.correct, where).toBe(false);
						expect(shown, where).not.toEqual(q.options.map((o) => o.id));
						break;
					case 'ordering':
						expect(shown, where).not.toEqual(q.items.map((i) => i.id));
						break;
					case 'matching':
						expect(shown, where).not.toEqual(q.pairs.map((p) => p.id));
						break;
					case 'true-false':
						expect(shown, where).toEqual(['true', 'false']);
				}
			}
		}
	});

	it('shows the same first order in every build, and a new one on a retake', () => {
		const choices = quiz.questions.filter((q) => q.type === 'single' || q.type === 'multiple');
		for (const q of choices) expect(displayOrder(q, FIRST_VIEW)).toEqual(displayOrder(q, FIRST_VIEW));
		// Over a whole bank at least one question changes order between the first view and a retake.
		expect(choices.some((q) => displayOrder(q, 1).join() !== displayOrder(q, FIRST_VIEW).join())).toBe(true);
	});
});
