/**
 * Reads a number as people type it in the page's language: "12,000" is twelve thousand in English
 * and twelve in French, where "12 000" is twelve thousand; Arabic-Indic and Persian digits and the
 * Arabic decimal (٫) and thousands (٬) separators work everywhere. Spaces of any width group
 * thousands in every language. Grouped digits must come in threes, so a mistyped "1,2" in English
 * is refused rather than read as twelve. Returns undefined for anything that is not a number.
 */
export function parseNumber(text: string, lang: string): number | undefined {
	const { group, decimal } = separators(lang);
	let s = text
		.trim()
		// Direction marks that Arabic keyboards and copied figures carry.
		.replace(/[\u061c\u200e\u200f]/g, '')
		.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
		.replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
		.replace(/\u066b/g, 'D')
		.replace(/[\u066c\s\u00a0\u202f\u2009']/g, 'G');
	s = s.split(decimal).join('D').split(group).join('G');
	const match = /^([-\u2212+]?)(\d+(?:G\d+)*)(?:D(\d+))?$/.exec(s);
	if (!match) return undefined;
	const [, sign, whole, fraction] = match;
	if (whole!.includes('G') && !/^\d{1,3}(G\d{3})+$/.test(whole!)) return undefined;
	const n = Number(
		`${sign === '+' ? '' : sign ? '-' : ''}${whole!.replace(/G/g, '')}${fraction ? `.${fraction}` : ''}`,
	);
	return Number.isFinite(n) ? n : undefined;
}

function separators(lang: string): { group: string; decimal: string } {
	const parts = new Intl.NumberFormat(lang, { numberingSystem: 'latn' }).formatToParts(12345.6);
	return {
		group: parts.find((p) => p.type === 'group')?.value ?? ',',
		decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
	};
}
