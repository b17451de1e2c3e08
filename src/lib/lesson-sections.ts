/**
 * A lesson's rendered HTML cut before its last section, "Sources" (content tests keep it last), so the
 * completion control and the way on sit at the end of what the learner reads, not under a long list
 * of references. Starlight wraps each `##` heading in `<div class="sl-heading-wrapper level-h2">`.
 */
const LAST_SECTION = '<div class="sl-heading-wrapper level-h2">';

export function splitBeforeSources(html: string): [string, string] {
	const at = html.lastIndexOf(LAST_SECTION);
	return at < 0 ? [html, ''] : [html.slice(0, at), html.slice(at)];
}
