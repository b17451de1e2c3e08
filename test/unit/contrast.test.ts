import { describe, expect, it } from 'vitest';
import { contrastRatio, mix, parseHex, shadeForContrast } from '../../src/lib/contrast';

describe('contrast', () => {
	it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#1f5f8b', '#1f5f8b')).toBe(1);
	});

	it('puts #767676 just above and #777777 just below the 4.5:1 line on white', () => {
		expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
	});

	it('does not depend on the order of the two colours', () => {
		expect(contrastRatio('#ffffff', '#1f5f8b')).toBe(contrastRatio('#1f5f8b', '#ffffff'));
	});

	it('mixes colours linearly in sRGB', () => {
		expect(mix('#000000', '#ffffff', 0.5)).toBe('#808080');
		expect(mix('#1f5f8b', '#ffffff', 0)).toBe('#1f5f8b');
		expect(mix('#1f5f8b', '#ffffff', 1)).toBe('#ffffff');
	});

	it('finds the first tint that reaches the ratio', () => {
		const tint = shadeForContrast('#1f5f8b', '#ffffff', '#17181c', 4.5);
		expect(contrastRatio(tint, '#17181c')).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio(mix('#1f5f8b', '#ffffff', 0), '#17181c')).toBeLessThan(4.5);
	});

	it('refuses colours that are not #rrggbb', () => {
		expect(() => parseHex('red')).toThrow(/#rrggbb/);
		expect(() => parseHex('#fff')).toThrow();
	});
});
