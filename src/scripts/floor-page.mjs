// The floor the lesson page is compared with: the same lesson text as one bare HTML page with one
// line of inline CSS and nothing else (no script, no stylesheet, no image but what the text holds).

export const FLOOR_CSS = 'body{font:1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:auto;padding:1rem}';

const escapeHtml = (text) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The floor page for a lesson, from its rendered `.sl-markdown-content` HTML (scripts already taken out).
 * @param {{ lang: string, dir: 'ltr' | 'rtl', title: string, content: string }} lesson
 */
export function floorPage({ lang, dir, title, content }) {
	// English needs no `lang`/`dir` to read right; Arabic does, as any right-to-left page would.
	const html = dir === 'rtl' || lang !== 'en' ? `<html lang="${escapeHtml(lang)}" dir="${dir}">` : '<html>';
	return (
		`<!doctype html>\n${html}\n<head>\n<meta charset="utf-8">\n` +
		'<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
		`<title>${escapeHtml(title)}</title>\n<style>${FLOOR_CSS}</style>\n</head>\n` +
		`<body>\n<main>\n${content}\n</main>\n</body>\n</html>\n`
	);
}

/**
 * What the floor needs from a built lesson, read as the HTML arrives (scripts off, so no script has
 * changed it yet); the content's scripts are left out, as a bare page has none.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @returns {Promise<{ lang: string, dir: 'ltr' | 'rtl', title: string, content: string }>}
 */
export async function readLesson(browser, url) {
	const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(url);
	const lesson = await page.evaluate(() => {
		const content = document.querySelector('.sl-markdown-content');
		if (!content) return null;
		const copy = /** @type {Element} */ (content.cloneNode(true));
		for (const script of copy.querySelectorAll('script')) script.remove();
		const root = document.documentElement;
		return {
			lang: root.lang,
			dir: root.dir === 'rtl' ? /** @type {const} */ ('rtl') : /** @type {const} */ ('ltr'),
			title: document.title,
			content: copy.innerHTML.trim(),
		};
	});
	await context.close();
	if (!lesson) throw new Error(`${url} has no .sl-markdown-content`);
	return lesson;
}
