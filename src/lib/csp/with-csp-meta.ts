import { inlineContent, type InlineContent } from './inline-content';

/**
 * The page with its policy as a `<meta http-equiv>` placed first in `<head>` after the charset: a
 * meta policy only governs what comes after it. An earlier one is replaced, so a second run (a
 * release made from a copy of a build) changes nothing else.
 */
export function withCspMeta(html: string, policy: string, found: InlineContent = inlineContent(html)): string {
	const tag = `<meta http-equiv="content-security-policy" content="${policy.replaceAll('"', '&quot;')}">`;
	let page = html;
	let at = found.metaAt;
	if (found.existingMeta) {
		const [start, end] = found.existingMeta;
		page = page.slice(0, start) + page.slice(end);
		if (at !== undefined && at > start) at -= end - start;
	}
	if (at === undefined) throw new Error('a page without <head>: nowhere to put its security policy');
	return page.slice(0, at) + tag + page.slice(at);
}
