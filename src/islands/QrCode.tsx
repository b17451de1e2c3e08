import { useEffect, useState } from 'preact/hooks';

/**
 * A QR code drawn on this device as SVG paths (no image from a server, no markup from data). The QR
 * library (`uqr`) loads only when a code is first shown.
 */
export function QrCode({ text, label, onDrawn }: { text: string; label: string; onDrawn?: () => void }) {
	const [path, setPath] = useState<{ d: string; size: number }>();
	useEffect(() => {
		let live = true;
		void import('uqr').then(({ encode }) => {
			// Low error correction keeps the modules large enough to scan a long link from paper.
			const { data, size } = encode(text, { ecc: 'L', border: 2 });
			let d = '';
			data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
			if (live) setPath({ d, size });
		});
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

/**
 * Loads the QR code's library ahead when the page is idle, so that codes also show offline (the
 * service worker keeps it), unless the learner asked the browser to save data.
 */
export function prefetchQr() {
	const connection = (navigator as { connection?: { saveData?: boolean } }).connection;
	if (!navigator.serviceWorker?.controller || connection?.saveData) return;
	('requestIdleCallback' in window ? requestIdleCallback : setTimeout)(() => void import('uqr').catch(() => undefined));
}
