import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/lib/templates/parse-number';

describe('reading a typed number in the page language', () => {
	it.each([
		['12,000', 12000],
		['12 000', 12000],
		['12000', 12000],
		['12.5', 12.5],
		['1,234,567.25', 1234567.25],
		[' -3 ', -3],
	])('in English reads %j as %d', (text, n) => expect(parseNumber(text, 'en')).toBe(n));

	it.each([
		['12,000', 12],
		['12 000', 12000],
		['12\u202f000', 12000],
		['12\u00a0000,5', 12000.5],
		['12,5', 12.5],
	])('in French reads %j as %d', (text, n) => expect(parseNumber(text, 'fr')).toBe(n));

	it.each([
		['١٢٬٠٠٠', 12000],
		['١٢٠٠٠', 12000],
		['١٢٫٥', 12.5],
		['۱۲۳', 123],
		['12,000', 12000],
		['\u061c-٣', -3],
	])('in Arabic reads %j as %d', (text, n) => expect(parseNumber(text, 'ar')).toBe(n));

	it('reads Spanish and Portuguese thousands with a point', () => {
		expect(parseNumber('12.000', 'es')).toBe(12000);
		expect(parseNumber('12.000,75', 'pt')).toBe(12000.75);
	});

	it.each([
		['', 'en'],
		['abc', 'en'],
		['1,2', 'en'],
		['12,0000', 'en'],
		['12.000.5', 'en'],
		['12.5', 'fr'],
		['1e5', 'en'],
	])('refuses %j in %s', (text, lang) => expect(parseNumber(text, lang)).toBeUndefined());
});
