import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/lib/site-config';

const shipped = readFileSync('content/site.yaml', 'utf8');
const valid = `
name: Ministry of ICT Training Centre
shortName: ICT Academy
logo: logo.svg
accent: '#1f5f8b'
site: https://training.example.gov
base: /academy/
locales: [en, sw]
courses: [foundations]
`;

function problems(yaml: string): string {
	const result = parseSiteConfig(yaml);
	if (result.success) throw new Error('expected the config to be refused');
	return result.error;
}

describe('institution config', () => {
	it('accepts the config the project ships', () => {
		expect(parseSiteConfig(shipped).success).toBe(true);
	});

	it('accepts a sub-path, two languages and one course, with contact optional', () => {
		const result = parseSiteConfig(valid);
		expect(result).toMatchObject({ success: true, data: { base: '/academy/', locales: ['en', 'sw'], contact: {} } });
	});

	it('refuses an accent colour that fails contrast on white, and says the ratio', () => {
		const error = problems(valid.replace("'#1f5f8b'", "'#ffcc00'"));
		expect(error).toMatch(/accent: The accent colour #ffcc00 has a contrast of 1\.\d\d:1 against white/);
		expect(error).toMatch(/at least 4\.5:1/);
	});

	it('refuses an accent colour in another notation', () => {
		expect(problems(valid.replace("'#1f5f8b'", 'blue'))).toMatch(/accent: Write the colour as #rrggbb/);
	});

	it('refuses a base path without its slashes', () => {
		expect(problems(valid.replace('base: /academy/', 'base: academy'))).toMatch(/base: Write base as/);
		expect(problems(valid.replace('base: /academy/', 'base: /academy'))).toMatch(/base:/);
	});

	it('refuses a locale list without English, with an unknown code, or with a repeat', () => {
		expect(problems(valid.replace('[en, sw]', '[fr, sw]'))).toMatch(/locales: The locales list must include 'en'/);
		expect(problems(valid.replace('[en, sw]', '[en, de]'))).toMatch(/locales\.1:/);
		expect(problems(valid.replace('[en, sw]', '[en, sw, en]'))).toMatch(/listed twice/);
	});

	it('refuses an unknown course and an unknown field (a typo would otherwise be ignored)', () => {
		expect(problems(valid.replace('[foundations]', '[foundations, cooking]'))).toMatch(/courses\.1:/);
		expect(problems(valid + 'acent: "#000000"\n')).toMatch(/acent/);
	});

	it('refuses a logo outside public/ and a site address that is not http(s)', () => {
		expect(problems(valid.replace('logo: logo.svg', 'logo: ../secret.svg'))).toMatch(/logo:/);
		expect(problems(valid.replace('https://training.example.gov', 'ftp://training.example.gov'))).toMatch(/site:/);
	});

	it('lists every problem at once and reports broken YAML plainly', () => {
		const error = problems(valid.replace("'#1f5f8b'", "'#ffff00'").replace('[en, sw]', '[sw]'));
		expect(error).toMatch(/^2 problem\(s\):/);
		expect(problems('name: [unclosed')).toMatch(/^invalid YAML:/);
	});
});
