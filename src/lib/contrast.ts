/** WCAG 2.2 colour maths for the institution's accent colour. Colours are `#rrggbb`. */

export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
	return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

export function toHex([r, g, b]: Rgb): string {
	return '#' + [r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}

/** Relative luminance, WCAG 2.2 definition. */
export function luminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map((c) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** Mixes `hex` with `other`; `amount` 0 keeps `hex`, 1 gives `other`. */
export function mix(hex: string, other: string, amount: number): string {
	const a = parseHex(hex);
	const b = parseHex(other);
	return toHex(a.map((c, i) => c + (b[i]! - c) * amount) as Rgb);
}

/** The first mix of `hex` towards `towards`, in 5 % steps, that reaches `ratio` against `background`. */
export function shadeForContrast(hex: string, towards: string, background: string, ratio: number): string {
	for (let step = 0; step <= 20; step++) {
		const candidate = mix(hex, towards, step / 20);
		if (contrastRatio(candidate, background) >= ratio) return candidate;
	}
	return towards;
}
