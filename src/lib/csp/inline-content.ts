import { COMMENT_NODE, ELEMENT_NODE, parse, walkSync, type ElementNode } from 'ultrahtml';

/** What a page carries inline, exactly as the browser hashes it, and where a CSP meta tag goes. */
export interface InlineContent {
	/** Text of every executable inline `<script>` (data blocks such as JSON are never run: left out). */
	scripts: string[];
	/** Text of every `<style>` element. */
	styles: string[];
	/** Every distinct `style="…"` value, decoded as the browser reads it. */
	styleAttributes: string[];
	/** `onclick=…`-style attributes, as `tag@name`: a strict policy blocks them, so there must be none. */
	eventHandlers: string[];
	/** Where the meta tag goes: just after `<meta charset>`, else just after `<head>`. */
	metaAt: number | undefined;
	/** Where an earlier CSP meta tag is ([start, end]), so running twice replaces it. */
	existingMeta: [number, number] | undefined;
}

/** `type` values a browser runs as script (HTML's "JavaScript MIME type essence match", plus module). */
const SCRIPT_TYPES =
	/^(|module|(text|application)\/(x-)?(java|ecma)script|text\/(jscript|livescript|javascript1\.[0-5]))$/i;

/**
 * Reads a page with a real HTML tokenizer (ultrahtml, Astro's own), not regexes: script and style
 * bodies are raw text, so a `"</div>"` in a script or a `>` in CSS must not end them.
 */
export function inlineContent(html: string): InlineContent {
	const found: InlineContent = {
		scripts: [],
		styles: [],
		styleAttributes: [],
		eventHandlers: [],
		metaAt: undefined,
		existingMeta: undefined,
	};
	const attributes = new Set<string>();
	let headEnd: number | undefined;
	walkSync(parse(html) as ElementNode, (node) => {
		if (node.type === COMMENT_NODE || node.type !== ELEMENT_NODE) return;
		const el = node;
		const attrs = el.attributes;
		for (const name of Object.keys(attrs)) if (/^on/i.test(name)) found.eventHandlers.push(`${el.name}@${name}`);
		if (Object.hasOwn(attrs, 'style')) attributes.add(decodeEntities(attrs.style ?? ''));
		const body = () => html.slice(el.loc[0].end, el.loc[1].start);
		const name = el.name.toLowerCase();
		if (name === 'script' && !Object.hasOwn(attrs, 'src') && SCRIPT_TYPES.test((attrs.type ?? '').trim()))
			found.scripts.push(body());
		else if (name === 'style') found.styles.push(body());
		else if (name === 'head') headEnd ??= el.loc[0].end;
		else if (name === 'meta' && Object.hasOwn(attrs, 'charset')) found.metaAt ??= el.loc[0].end;
		else if (name === 'meta' && (attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy')
			found.existingMeta ??= [el.loc[0].start, el.loc[0].end];
	});
	found.metaAt ??= headEnd;
	found.styleAttributes = [...attributes];
	return found;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The tokenizer leaves attribute values as written; the browser hashes them decoded. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
			return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		const key = ref.toLowerCase();
		return Object.hasOwn(NAMED, key) ? NAMED[key]! : whole;
	});
}
