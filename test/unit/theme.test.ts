import { describe, expect, it } from 'vitest';
import { accentCss, accentPalette, DARK_BG, LIGHT_BG } from '../../src/lib/theme';
import { contrastRatio } from '../../src/lib/contrast';

describe('accent palette', () => {
	// Accents an institution might pick that pass the config check: blue, green, red, purple, near-black.
	const accents = ['#1f5f8b', '#1a7f37', '#b3261e', '#6b3fa0', '#222222', '#0057b8'];

	it.each(accents)('keeps link text readable in both themes for %s', (accent) => {
		const { light, dark } = accentPalette(accent);
		expect(contrastRatio(light['--sl-color-accent'], LIGHT_BG)).toBeGreaterThanOrEqual(4.5);
		expect(contrastRatio(dark['--sl-color-accent-high'], DARK_BG)).toBeGreaterThanOrEqual(4.5);
	});

	it.each(accents)('keeps the current sidebar link readable (low on high) in the dark theme for %s', (accent) => {
		const { dark } = accentPalette(accent);
		expect(contrastRatio(dark['--sl-color-accent-low'], dark['--sl-color-accent-high'])).toBeGreaterThanOrEqual(4.5);
	});

	it('writes dark values as the default and light ones under data-theme', () => {
		const css = accentCss('#1f5f8b');
		expect(css).toMatch(/^:root\{--sl-color-accent-low:#[0-9a-f]{6};/);
		expect(css).toContain(":root[data-theme='light']{--sl-color-accent-low:");
		expect(css).toContain('--sl-color-accent:#1f5f8b');
	});
});
