import { describe, expect, it } from 'vitest';
import { localeOfPath, localizedPath } from '../../src/lib/localized-path';

describe('localizedPath', () => {
	it('swaps the locale segment and keeps the rest of the page path', () => {
		expect(localizedPath('/fr/courses/foundations/what-is-ai/', '/', 'ar')).toBe('/ar/courses/foundations/what-is-ai/');
		expect(localizedPath('/en/', '/', 'zh-cn')).toBe('/zh-cn/');
	});

	it('works under a base path, with or without its trailing slash', () => {
		expect(localizedPath('/academy/en/about/', '/academy/', 'sw')).toBe('/academy/sw/about/');
		expect(localizedPath('/academy/en/about/', '/academy', 'sw')).toBe('/academy/sw/about/');
	});

	it('falls back to the locale home for a path outside the base', () => {
		expect(localizedPath('/elsewhere/', '/academy/', 'fr')).toBe('/academy/fr/');
	});
});

describe('localeOfPath', () => {
	const codes = ['en', 'fr', 'zh-cn'];
	it('reads the first segment after the base', () => {
		expect(localeOfPath('/academy/zh-cn/about/', '/academy/', codes)).toBe('zh-cn');
		expect(localeOfPath('/fr/', '/', codes)).toBe('fr');
	});
	it('gives nothing for an unknown or missing locale', () => {
		expect(localeOfPath('/de/about/', '/', codes)).toBeUndefined();
		expect(localeOfPath('/', '/', codes)).toBeUndefined();
	});
});
