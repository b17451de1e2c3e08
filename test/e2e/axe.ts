import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const source = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe-core with the WCAG 2.2 A and AA rules; returns one line per violation and node. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated, not added as a <script>: the page's security policy rightly refuses inline scripts.
	await page.evaluate(source);
	const violations = await page.evaluate(async (tags) => {
		// @ts-expect-error axe is the global the source above defines.
		const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations as { id: string; nodes: { target: string[] }[] }[];
	}, WCAG_22_AA);
	return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}
