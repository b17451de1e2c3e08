import { describe, expect, it } from 'vitest';
import { splitBeforeSources } from '../../src/lib/lesson-sections';

const h2 = (id: string) => `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${id}</h2></div>`;

describe('a lesson cut before its sources', () => {
	it('cuts before the last section, whatever the language calls it', () => {
		const html = `<p>Intro</p>${h2('key-takeaways')}<ul><li>a</li></ul>${h2('المصادر')}<ul><li>src</li></ul>`;
		const [body, sources] = splitBeforeSources(html);
		expect(body).toBe(`<p>Intro</p>${h2('key-takeaways')}<ul><li>a</li></ul>`);
		expect(sources).toBe(`${h2('المصادر')}<ul><li>src</li></ul>`);
	});

	it('keeps a page without sections whole', () => {
		expect(splitBeforeSources('<p>Only text</p>')).toEqual(['<p>Only text</p>', '']);
	});
});
