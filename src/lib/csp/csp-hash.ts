import { createHash } from 'node:crypto';

/** A CSP source expression for a text: `'sha256-…'` over its UTF-8 bytes, as browsers compute it. */
export function cspHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
