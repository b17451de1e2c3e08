import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assessmentFile, type AssessmentFile } from '../../src/schemas/assessment';
import { locales } from '../../src/i18n/locales';
import { DOCS } from './helpers';

const DIR = 'content/assessments';
const read = (locale: string, file: string): AssessmentFile => assessmentFile.parse(parse(readFileSync(`${DIR}/${locale}/${file}`, 'utf8')));
const english = existsSync(`${DIR}/en`) ? readdirSync(`${DIR}/en`).filter((f) => f.endsWith('.yaml')) : [];

/** Ids, points, thresholds and dimensions: what a translation must keep. */
function rule(a: AssessmentFile) {
	return {
		id: a.id,
		groups: a.groups.map((g) => ({ id: g.id, questions: g.questions.map((q) => [q.id, q.dimension, q.choices?.map((c) => [c.id, c.points])]) })),
		scoring:
			a.scoring.type === 'level'
				? { ...a.scoring, levels: a.scoring.levels.map((l) => [l.id, l.from, l.links.map((k) => k.href)]) }
				: { type: a.scoring.type, dimensions: a.scoring.dimensions.map((d) => [d.id, d.links.map((k) => k.href)]) },
	};
}

it('has both self-assessments in English', () => {
	expect(english.sort()).toEqual(['readiness.yaml', 'risk-check.yaml']);
});

describe.each(english)('assessment %s', (file) => {
	const a = read('en', file);

	it('is valid and named after its id', () => {
		expect(`${a.id}.yaml`).toBe(file);
	});

	it('links only to pages that exist', () => {
		const links = a.scoring.type === 'level' ? a.scoring.levels.flatMap((l) => l.links) : a.scoring.dimensions.flatMap((d) => d.links);
		for (const { href } of links) {
			const path = href.replace(/#.*$/, '').replace(/\/$/, '');
			expect([`${DOCS}/en/${path}.md`, `${DOCS}/en/${path}/index.md`].some(existsSync), href).toBe(true);
		}
	});

	describe.each(locales.filter((l) => l.code !== 'en' && existsSync(`${DIR}/${l.code}/${file}`)))('in $label', ({ code }) => {
		it('keeps the ids and the scoring rule of English', () => {
			expect(rule(read(code, file))).toEqual(rule(a));
		});
	});
});
