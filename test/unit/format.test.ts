import { describe, expect, it } from 'vitest';
import { formatBytes, formatDue, formatPercent } from '../../src/lib/format';

describe('formatBytes', () => {
	it('uses kB, MB and GB with one decimal below ten', () => {
		expect(formatBytes(420_000, 'en')).toBe('420 kB');
		expect(formatBytes(1_234_000, 'en')).toBe('1.2 MB');
		expect(formatBytes(12_600_000, 'en')).toBe('13 MB');
		expect(formatBytes(3_500_000_000, 'en')).toBe('3.5 GB');
	});
	it('writes numbers the learner’s way', () => {
		expect(formatBytes(1_234_000, 'fr')).toMatch(/^1,2\sMo$/);
		expect(formatBytes(1_234_000, 'ar')).not.toContain('MB');
	});
});

describe('formatPercent and formatDue', () => {
	it('writes a whole percentage the reader’s way', () => {
		expect(formatPercent(91.3, 'en')).toBe('91%');
		expect(formatPercent(70, 'fr')).toMatch(/^70\s%$/);
	});
	it('writes a due date as the calendar day it names, whatever the time zone', () => {
		expect(formatDue('2026-12-15', 'en')).toBe('December 15, 2026');
		expect(formatDue('2026-01-01', 'fr')).toBe('1 janvier 2026');
	});
});

import { plural } from '../../src/i18n/t';

describe('plural', () => {
	const en = { x_one: '{{count}} character', x_other: '{{count}} characters' };
	const ru = {
		x_one: '{{count}} символ',
		x_few: '{{count}} символа',
		x_many: '{{count}} символов',
		x_other: '{{count}} символа',
	};
	it('picks the form the language’s rules give', () => {
		expect(plural(en, 'en', 'x', 1)).toBe('1 character');
		expect(plural(en, 'en', 'x', 0)).toBe('0 characters');
		expect(plural(ru, 'ru', 'x', 21)).toBe('21 символ');
		expect(plural(ru, 'ru', 'x', 3)).toBe('3 символа');
		expect(plural(ru, 'ru', 'x', 5)).toBe('5 символов');
	});
	it('falls back to the general form and writes digits the language’s way', () => {
		expect(plural({ x_other: '{{count}} 个字符' }, 'zh-CN', 'x', 1)).toBe('1 个字符');
		expect(plural(en, 'en', 'x', 1200)).toBe('1,200 characters');
	});
});
