import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finishOffline } from '../../src/integrations/offline';
import { loadSiteConfig } from '../../src/lib/site-config';
import { defaultLocale } from '../../src/i18n/locales';

/** The lesson whose text changes in the next release. */
export const CHANGED_LESSON = 'en/courses/foundations/what-is-ai/';

/**
 * A next release of a build, as a real one would be: the stylesheet every page uses changes (so it
 * gets a new name, and the old file is gone from the server), and one lesson's text changes. Then
 * the offline manifests and the service worker are made again for it.
 */
export async function makeRelease(from: string, to: string): Promise<{ oldCss: string; newCss: string }> {
	rmSync(to, { recursive: true, force: true });
	cpSync(from, to, { recursive: true });
	const lesson = join(to, CHANGED_LESSON, 'index.html');
	// The page's main stylesheet: the largest it links.
	const linked = [
		...readFileSync(join(to, 'en/offline/index.html'), 'utf8').matchAll(/href="\/(_astro\/[^"]+\.css)"/g),
	].map((m) => m[1]!);
	const oldCss = linked.sort((a, b) => statSync(join(to, b)).size - statSync(join(to, a)).size)[0]!;
	const newCss = oldCss.replace(/\.css$/, '-next.css');
	writeFileSync(
		join(to, newCss),
		`${readFileSync(join(to, oldCss), 'utf8')}\n.sl-markdown-content{word-spacing:0.01em}\n`,
	);
	rmSync(join(to, oldCss));
	for (const file of files(to).filter((f) => f.endsWith('.html') || f.endsWith('.js'))) {
		const text = readFileSync(join(to, file), 'utf8');
		if (text.includes(oldCss)) writeFileSync(join(to, file), text.replaceAll(oldCss, newCss));
	}
	writeFileSync(
		lesson,
		readFileSync(lesson, 'utf8').replace(
			'<div class="sl-markdown-content">',
			'<div class="sl-markdown-content"><p id="next-release">This lesson was updated.</p>',
		),
	);
	const site = loadSiteConfig();
	await finishOffline(to, {
		base: site.base,
		locales: site.locales,
		defaultLocale,
		courses: site.courses,
		shellFiles: ['favicon.svg', site.logo],
	});
	return { oldCss, newCss };
}

function files(root: string): string[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(root, f)).isFile());
}
