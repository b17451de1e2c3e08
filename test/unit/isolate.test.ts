import { describe, expect, it } from 'vitest';
import { isolate, isolateLines } from '../../src/lib/text/isolate';

describe('text from outside, isolated', () => {
	it('is wrapped in isolation marks, and a stray closing mark cannot end them early', () => {
		expect(isolate('Plan \u202eevil')).toBe('\u2068Plan \u202eevil\u2069');
		expect(isolate('a\u2069b')).toBe('\u2068ab\u2069');
		expect(isolate('a\u2067b\u2069c')).toBe('\u2068a\u2067b\u2069c\u2069');
		expect(isolateLines('one\ntwo')).toBe('\u2068one\u2069\n\u2068two\u2069');
	});
});
