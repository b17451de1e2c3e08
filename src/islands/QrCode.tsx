import { useEffect, useState } from 'preact/hooks';
import { qrPath } from './qr-svg';

export { prefetchQr } from './qr-svg';

/**
 * A QR code drawn on this device as SVG paths (no image from a server, no markup from data). The QR
 * library (`uqr`) loads only when a code is first shown.
 */
export function QrCode({ text, label, onDrawn }: { text: string; label: string; onDrawn?: () => void }) {
	const [path, setPath] = useState<{ d: string; size: number }>();
	useEffect(() => {
		let live = true;
		void qrPath(text).then((drawn) => live && setPath(drawn));
		return () => {
			live = false;
		};
	}, [text]);
	useEffect(() => {
		if (path) onDrawn?.();
	}, [path]);
	if (!path) return null;
	return (
		<svg
			class="qr-code"
			role="img"
			aria-label={label}
			viewBox={`0 0 ${path.size} ${path.size}`}
			shape-rendering="crispEdges"
		>
			<rect width={path.size} height={path.size} fill="#fff" />
			<path d={path.d} fill="#000" />
		</svg>
	);
}
