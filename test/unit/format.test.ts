import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/lib/format';

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
