import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { DESKTOP, locales, open, PHONE, useSite } from './harness';

const state = useSite();

// One page of each type: home (splash), content page, glossary, course page, lesson.
const pageTypes = ['', 'about/', 'glossary/', 'courses/foundations/', 'courses/foundations/what-is-ai/'];

describe.each([
	['phone', PHONE],
	['desktop', DESKTOP],
] as const)('axe at %s width', (_, viewport) => {
	describe.each(locales)('$label', ({ code }) => {
		it.each(pageTypes)(`/${code}/%s has no WCAG 2.2 A/AA violation`, async (path) => {
			const { page, context } = await open(state, `${code}/${path}`, { viewport });
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		});
	});

	it.each(['', '?choose', 'en/no-such-page/', 'ar/no-such-page/'])(
		'/%s (chooser and not-found pages) has none either',
		async (path) => {
			const { page, context } = await open(state, path, { viewport, locale: 'fr-FR' });
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		},
	);
});

describe('axe in the dark theme', () => {
	it.each(['en/courses/foundations/what-is-ai/', 'ar/about/', '?choose'])('/%s has no violation', async (path) => {
		const { page, context } = await open(state, path, { viewport: DESKTOP, colorScheme: 'dark' });
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
});
