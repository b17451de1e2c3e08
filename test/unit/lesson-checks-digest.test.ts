import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksDigest } from '../../src/integrations/lesson-checks';

describe('the digest that renders lesson checks again', () => {
	it('changes when a quiz, a string or the form code changes, so a build never keeps stale checks', () => {
		const root = mkdtempSync(join(tmpdir(), 'checks-'));
		const write = (path: string, text: string) => {
			mkdirSync(join(root, path, '..'), { recursive: true });
			writeFileSync(join(root, path), text);
		};
		write('quizzes/en/foundations.yaml', 'questions: []');
		write('i18n/en.json', '{}');
		const sources = ['quizzes', 'i18n'];
		const first = checksDigest(root, sources);
		expect(checksDigest(root, sources)).toBe(first);
		write('quizzes/en/foundations.yaml', 'questions: [x]');
		const second = checksDigest(root, sources);
		expect(second).not.toBe(first);
		write('i18n/fr.json', '{}');
		expect(checksDigest(root, sources)).not.toBe(second);
	});

	it('covers the site’s quizzes, strings and form code', () => {
		expect(checksDigest()).toMatch(/^[0-9a-f]{16}$/);
	});
});
