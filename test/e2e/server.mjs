// A small static server for the built site, like a plain static host: files under a base path,
// `/x` redirected to `/x/`, `404.html` for anything else, gzip when asked, long caching for hashed
// assets. It records what it sends so the bench and the tests can count bytes and hosts. With `vary`,
// every answer carries `Vary: Origin`, as `astro preview` (the README's `npm start`) sends.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/**
 * @param {{ dir: string, base?: string, port?: number, vary?: boolean }} options
 * @returns {Promise<{ url: string, port: number, log: {path: string, status: number, type: string, bytes: number, gzipBytes: number}[], setDir: (dir: string) => void, close: () => Promise<void> }>}
 */
export async function serve({ dir, base = '/', port = 0, vary = false }) {
	const log = [];
	const state = { dir };
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		const send = (status, body, type, headers = {}) => {
			const gz = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && /text|json|svg|xml|javascript/.test(type);
			const payload = gz ? gzipSync(body) : body;
			log.push({ path: url.pathname, status, type, bytes: body.length, gzipBytes: gzipSync(body).length });
			res.writeHead(status, {
				'content-type': type,
				...(gz ? { 'content-encoding': 'gzip' } : {}),
				...(vary ? { vary: 'Origin' } : {}),
				...headers,
			});
			res.end(req.method === 'HEAD' ? undefined : payload);
		};
		if (!url.pathname.startsWith(base)) return notFound();
		const rel = normalize(decodeURIComponent(url.pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
		let file = join(state.dir, rel);
		try {
			let info = await stat(file);
			if (info.isDirectory()) {
				if (!url.pathname.endsWith('/')) {
					log.push({ path: url.pathname, status: 301, type: '', bytes: 0, gzipBytes: 0 });
					res.writeHead(301, { location: url.pathname + '/' + url.search });
					return res.end();
				}
				file = join(file, 'index.html');
				info = await stat(file);
			}
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const etag = `"${info.size}-${info.mtimeMs}"`;
			const immutable = rel.startsWith('_astro/');
			const headers = { etag, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' };
			if (req.headers['if-none-match'] === etag) {
				log.push({ path: url.pathname, status: 304, type, bytes: 0, gzipBytes: 0 });
				res.writeHead(304, headers);
				return res.end();
			}
			send(200, await readFile(file), type, headers);
		} catch {
			notFound();
		}
		async function notFound() {
			try {
				send(404, await readFile(join(state.dir, '404.html')), TYPES['.html']);
			} catch {
				send(404, Buffer.from('Not found'), 'text/plain');
			}
		}
	});
	await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
	const actualPort = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
	return {
		url: `http://127.0.0.1:${actualPort}${base}`,
		port: actualPort,
		log,
		/** Serves another build from now on, as a host does after a release. */
		setDir: (next) => {
			state.dir = next;
		},
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
