import { prefetchWhenIdle } from './prefetch';

/**
 * A QR code drawn on this device as SVG paths (no image from a server, no markup from data). The QR
 * library (`uqr`) loads only when a code is first shown.
 */
export async function qrPath(text: string): Promise<{ d: string; size: number }> {
	const { encode } = await import('uqr');
	// Low error correction keeps the modules large enough to scan a long link from paper.
	const { data, size } = encode(text, { ecc: 'L', border: 2 });
	let d = '';
	data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
	return { d, size };
}

/** The code as an `<svg>` element, for pages drawn without Preact. */
export async function qrSvg(text: string, label: string): Promise<SVGSVGElement> {
	const { d, size } = await qrPath(text);
	const ns = 'http://www.w3.org/2000/svg';
	const svg = document.createElementNS(ns, 'svg');
	const attrs = { class: 'qr-code', role: 'img', 'aria-label': label, viewBox: `0 0 ${size} ${size}` };
	for (const [k, v] of Object.entries(attrs)) svg.setAttribute(k, v);
	svg.setAttribute('shape-rendering', 'crispEdges');
	const rect = document.createElementNS(ns, 'rect');
	rect.setAttribute('width', String(size));
	rect.setAttribute('height', String(size));
	rect.setAttribute('fill', '#fff');
	const path = document.createElementNS(ns, 'path');
	path.setAttribute('d', d);
	path.setAttribute('fill', '#000');
	svg.append(rect, path);
	return svg;
}

/** The QR code library, loaded ahead for offline use (prefetch.ts). */
export const prefetchQr = () => prefetchWhenIdle(() => import('uqr'));
