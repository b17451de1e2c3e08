import { describe, expect, it } from 'vitest';
import { scoreLevel, scoreMaturity, unanswered } from '../../src/lib/assessment/score';
import { assessmentFile, type AssessmentFile } from '../../src/schemas/assessment';

const level = (id: string, from: number) => ({ id, label: id, from, summary: 's', safeguards: ['g'], comparison: 'c' });
const choices = (...points: number[]) => points.map((p, i) => ({ id: `c${i}`, text: `${p}`, points: p }));

// Impact max 10 (two questions of 0-5), mitigation max 4 (two of 0-2); levels at 0, 25, 50, 75.
const risk: AssessmentFile = assessmentFile.parse({
	id: 'risk',
	title: 'R',
	description: 'd',
	notice: 'n',
	method: 'm',
	sources: ['s'],
	groups: [
		{
			id: 'impact',
			title: 'I',
			questions: [
				{ id: 'i1', text: 'q', choices: choices(0, 1, 5) },
				{ id: 'i2', text: 'q', choices: choices(0, 5) },
			],
		},
		{
			id: 'mitigation',
			title: 'M',
			questions: [
				{ id: 'm1', text: 'q', choices: choices(0, 2) },
				{ id: 'm2', text: 'q', choices: choices(0, 1, 2) },
			],
		},
	],
	scoring: {
		type: 'level',
		mitigationGroup: 'mitigation',
		mitigationThreshold: 75,
		mitigationReduction: 20,
		levels: [level('l1', 0), level('l2', 25), level('l3', 50), level('l4', 75)],
	},
});
const lv = (i1: string, i2: string, m1 = 'c0', m2 = 'c0') => scoreLevel(risk, { i1, i2, m1, m2 });

describe('risk check scoring', () => {
	it('gives the lowest level for no impact and the highest for the most', () => {
		expect(lv('c0', 'c0')).toMatchObject({ impact: 0, adjusted: 0, level: { id: 'l1' }, complete: true });
		expect(lv('c2', 'c1')).toMatchObject({ impact: 100, adjusted: 100, level: { id: 'l4' } });
	});

	it('puts a result exactly on a threshold in the higher level, and just below it in the lower', () => {
		// 5 of 10 = 50 %: level 3. 1 of 10 = 10 %: level 1. 6 of 10 = 60 %: level 3.
		expect(lv('c0', 'c1').level.id).toBe('l3');
		expect(lv('c1', 'c0').level.id).toBe('l1');
		expect(lv('c1', 'c1')).toMatchObject({ impact: 60, level: { id: 'l3' } });
	});

	it('lowers the impact by the stated share when mitigation reaches the threshold, not below it', () => {
		// Mitigation 3 of 4 = 75 % reaches 75: 50 % becomes 40 %, level 2.
		expect(lv('c0', 'c1', 'c1', 'c1')).toMatchObject({
			mitigation: 75,
			mitigationApplied: true,
			adjusted: 40,
			level: { id: 'l2' },
		});
		// Mitigation 2 of 4 = 50 %: no reduction.
		expect(lv('c0', 'c1', 'c1', 'c0')).toMatchObject({ mitigationApplied: false, adjusted: 50, level: { id: 'l3' } });
		// The most impact, fully mitigated: 80 %, still level 4.
		expect(lv('c2', 'c1', 'c1', 'c2')).toMatchObject({ adjusted: 80, level: { id: 'l4' } });
	});

	it('counts unanswered questions as no points and says the result is incomplete', () => {
		const r = scoreLevel(risk, { i2: 'c1' });
		expect(r).toMatchObject({ impact: 50, complete: false });
		expect(unanswered(risk, { i2: 'c1' })).toEqual(['i1', 'm1', 'm2']);
		expect(scoreLevel(risk, {})).toMatchObject({ impact: 0, level: { id: 'l1' }, complete: false });
	});
});

const readiness: AssessmentFile = assessmentFile.parse({
	id: 'ready',
	title: 'R',
	description: 'd',
	notice: 'n',
	method: 'm',
	sources: ['s'],
	groups: [
		{ id: 'g1', title: 'G', questions: ['a1', 'a2'].map((id) => ({ id, text: 't', dimension: 'a' })) },
		{ id: 'g2', title: 'G', questions: ['b1', 'b2'].map((id) => ({ id, text: 't', dimension: 'b' })) },
		{ id: 'g3', title: 'G', questions: [{ id: 'c1', text: 't', dimension: 'c' }] },
	],
	scoring: {
		type: 'maturity',
		scale: ['0', '1', '2', '3', '4'],
		dimensions: ['a', 'b', 'c'].map((id) => ({ id, label: id, advice: { low: 'l', middle: 'm', high: 'h' } })),
	},
});

describe('readiness scoring', () => {
	it('averages each dimension, puts the weakest first and the unanswered last', () => {
		const r = scoreMaturity(readiness, { a1: 4, a2: 3, b1: 0, b2: 1 });
		expect(r.map((d) => [d.dimension.id, d.average, d.band])).toEqual([
			['b', 0.5, 'low'],
			['a', 3.5, 'high'],
			['c', undefined, undefined],
		]);
	});

	it('bands at the edges: 2 is middle, 3 is high, just below each is the band under it', () => {
		const band = (a1: number, a2: number) =>
			scoreMaturity(readiness, { a1, a2 }).find((d) => d.dimension.id === 'a')!.band;
		expect(band(2, 2)).toBe('middle');
		expect(band(2, 1)).toBe('low');
		expect(band(3, 3)).toBe('high');
		expect(band(3, 2)).toBe('middle');
		expect(band(0, 0)).toBe('low');
		expect(band(4, 4)).toBe('high');
	});

	it('averages only answered indicators and reports how many', () => {
		const a = scoreMaturity(readiness, { a1: 4 }).find((d) => d.dimension.id === 'a')!;
		expect(a).toMatchObject({ average: 4, answered: 1, total: 2 });
	});
});

describe('assessment schema', () => {
	it('refuses levels that do not start at 0 or do not rise', () => {
		const bad = (levels: unknown[]) =>
			assessmentFile.safeParse({ ...risk, scoring: { ...risk.scoring, levels } }).success;
		expect(bad([level('a', 5), level('b', 50)])).toBe(false);
		expect(bad([level('a', 0), level('b', 50), level('c', 50)])).toBe(false);
	});
	it('refuses a readiness indicator with an unknown dimension', () => {
		const groups = [{ id: 'g', title: 'G', questions: [{ id: 'x', text: 't', dimension: 'zzz' }] }];
		expect(assessmentFile.safeParse({ ...readiness, groups }).success).toBe(false);
	});
});
