import { mix, shadeForContrast } from './contrast';

/** Starlight's page backgrounds (see its props.css): white in the light theme, near-black in the dark one. */
export const LIGHT_BG = '#ffffff';
export const DARK_BG = '#17181c';
/** WCAG 2.2 AA for normal text. Links and button labels use the accent colour as text or background. */
export const MIN_CONTRAST = 4.5;

/**
 * Starlight's accent custom properties for both themes, derived from the one accent colour of the
 * institution config. The light theme uses the accent itself for links (so it must reach 4.5:1 on
 * white, which the config schema checks, and white text on it); the dark theme's links use a tint
 * that reaches 4.5:1 on the dark background, and a shade dark enough to be read on that tint.
 */
export function accentPalette(accent: string) {
	const darkHigh = shadeForContrast(accent, '#ffffff', DARK_BG, MIN_CONTRAST);
	// The current page's sidebar link is accent-low text on an accent-high background.
	const darkLow = shadeForContrast(mix(accent, '#000000', 0.6), '#000000', darkHigh, MIN_CONTRAST);
	return {
		light: {
			'--sl-color-accent-low': mix(accent, '#ffffff', 0.85),
			'--sl-color-accent': accent,
			'--sl-color-accent-high': mix(accent, '#000000', 0.4),
		},
		dark: {
			'--sl-color-accent-low': darkLow,
			'--sl-color-accent': mix(accent, '#ffffff', 0.25),
			'--sl-color-accent-high': darkHigh,
		},
	};
}

/** The palette as CSS: dark is Starlight's default theme, light is `[data-theme='light']`. */
export function accentCss(accent: string): string {
	const { light, dark } = accentPalette(accent);
	const decls = (vars: Record<string, string>) =>
		Object.entries(vars)
			.map(([k, v]) => `${k}:${v}`)
			.join(';');
	return `:root{${decls(dark)}}:root[data-theme='light']{${decls(light)}}`;
}
