import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { checksDigest, lessonChecks } from '../../src/integrations/lesson-checks';

type Setup = (options: { config: { markdown: { processor: unknown } } }) => void;
const setup = lessonChecks().hooks['astro:config:setup'] as unknown as Setup;
type Factory = (context: {
	fileURL?: URL;
}) =>
	{ name: string; leafDirective: (node: { name: string }) => { type: string; value: string } | undefined } | undefined;

describe('the lesson checks Markdown plugin', () => {
	it('is registered through Sätteri’s own plugin option, with the digest that renders checks again', () => {
		const processor = satteri({ features: { headingAttributes: true } });
		setup({ config: { markdown: { processor } } });
		const [digest, factory] = processor.options.mdastPlugins as [unknown, Factory];
		expect(digest).toEqual({ name: `academy-lesson-checks-sources-${checksDigest()}` });
		// The processor's own settings stay as astro.config.mjs gave them.
		expect(processor.options.features).toEqual({ headingAttributes: true });

		const lesson = factory({ fileURL: pathToFileURL(resolve('content/docs/en/courses/foundations/what-is-ai.md')) });
		expect(lesson?.name).toBe('academy-lesson-checks');
		expect(lesson?.leafDirective({ name: 'check' })?.value).toMatch(/^<quiz-check lang="en" dir="ltr">/);
		expect(lesson?.leafDirective({ name: 'note' })).toBeUndefined();
		expect(factory({ fileURL: pathToFileURL(resolve('content/docs/en/about.md')) })).toBeUndefined();
	});

	it('says which processor it needs when the site is given another one', () => {
		const processor = { name: 'unified', options: { remarkPlugins: [], rehypePlugins: [] } };
		expect(() => setup({ config: { markdown: { processor } } })).toThrow(/need the Sätteri Markdown processor/);
	});
});
