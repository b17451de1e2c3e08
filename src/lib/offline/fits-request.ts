/**
 * Whether an answer's content type fits the file asked for, so the worker never keeps, say, a proxy's
 * HTML "blocked" page under a script's address (it would break that page on the device for months).
 * Pages, scripts, styles, fonts and images must carry their own type; other files (search index parts,
 * whose type varies by host) only must not be an HTML page.
 */
export function fitsRequest(path: string, contentType: string | null): boolean {
	const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
	const ext = path.endsWith('/') ? 'html' : (/\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '');
	const expected = EXPECTED.get(ext);
	if (expected) return expected.test(type);
	return type !== 'text/html' && type !== 'application/xhtml+xml';
}

const EXPECTED = new Map<string, RegExp>([
	['html', /^text\/html$/],
	['js', /^(text|application)\/(x-)?(java|ecma)script$/],
	['mjs', /^(text|application)\/(x-)?(java|ecma)script$/],
	['css', /^text\/css$/],
	...['woff', 'woff2', 'ttf', 'otf'].map((e): [string, RegExp] => [e, /^(font\/|application\/(x-)?font)/]),
	...['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'ico'].map((e): [string, RegExp] => [e, /^image\//]),
	['wasm', /^application\/(wasm|octet-stream)$/],
]);
