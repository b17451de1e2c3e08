import { describe, expect, it } from 'vitest';
import { fallbackLang } from '../../src/lib/content-lang';

describe('the language of shown content', () => {
	it('marks English shown on an Arabic page as English, left to right', () => {
		expect(fallbackLang('en/courses/risk/risk-tiers', 'ar')).toEqual({ lang: 'en', dir: 'ltr' });
	});

	it('marks nothing when the page shows its own language', () => {
		expect(fallbackLang('ar/courses/foundations/what-is-ai', 'ar')).toBeUndefined();
		expect(fallbackLang('zh-cn/index', 'zh-cn')).toBeUndefined();
		expect(fallbackLang('en/courses/risk', 'en')).toBeUndefined();
	});

	it('uses the BCP-47 tag of a language, not its URL code', () => {
		expect(fallbackLang('zh-cn/about', 'fr')).toEqual({ lang: 'zh-CN', dir: 'ltr' });
		expect(fallbackLang('ar/about', 'fr')).toEqual({ lang: 'ar', dir: 'rtl' });
	});

	it('marks nothing for an id that names no language (pages made by code)', () => {
		expect(fallbackLang('trainer', 'ar')).toBeUndefined();
		expect(fallbackLang('', 'ar')).toBeUndefined();
	});
});
