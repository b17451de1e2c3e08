/** First strong isolate and pop directional isolate: Unicode's marks for text set apart from its line. */
export const FSI = '\u2068';
export const PDI = '\u2069';

const OPENERS = new Set(['\u2066', '\u2067', '\u2068']);

/**
 * Text that came from outside (a draft's name, a learner's name, an assignment title), set apart so
 * its direction is its own: a right-to-left override inside it cannot reverse the rest of the line,
 * and Arabic inside English (or the reverse) keeps its place. For plain text (exports, strings with
 * the text inside); in HTML, `<bdi>` does the same. A closing mark in the text with no opening mark
 * before it is dropped: it would end the isolation early. Empty text stays empty.
 */
export function isolate(text: string): string {
	if (text === '') return text;
	let open = 0;
	let kept = '';
	for (const char of text) {
		if (OPENERS.has(char)) open++;
		else if (char === PDI) {
			if (open === 0) continue;
			open--;
		}
		kept += char;
	}
	return FSI + kept + PDI;
}

/** Each line isolated apart: the marks do not reach across a line break. */
export const isolateLines = (text: string) => text.split('\n').map(isolate).join('\n');
