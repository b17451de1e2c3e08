import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { templateFile } from '../../../src/schemas/template';
import { parseTemplateJson, toJson } from '../../../src/lib/templates/json';
import { templateExport } from '../../../src/schemas/draft';
import { FUZZ, hostileJson, nastyText, NOW, protoKey, TIMEOUT } from './arbitraries';

const t = templateFile.parse(parse(readFileSync('test/fixtures/template.yaml', 'utf8')));

/** Values that fit the fixture template's fields. */
const values = fc.record(
	{
		name: nastyText(40),
		purpose: nastyText(200),
		level: fc.constantFrom('low', 'high'),
		'review-date': fc.constantFrom('2026-12-01', ''),
		people: fc.constantFrom('10000', '12 000', ''),
		register: fc.array(fc.record({ risk: nastyText(100), impact: fc.constantFrom('low', 'high', '') }), {
			maxLength: 5,
		}),
	},
	{ requiredKeys: [] },
);
const exported = fc.tuple(nastyText(120), values).map(([name, v]) => toJson(t, name, v, NOW));

describe('template files, fuzzed', () => {
	it(
		'round-trips every export',
		() => {
			fc.assert(
				fc.property(exported, (file) => {
					expect(parseTemplateJson(JSON.stringify(file), t)).toEqual({ ok: true, file });
				}),
				FUZZ,
			);
		},
		TIMEOUT,
	);

	it(
		'never throws on hostile files, and accepts nothing the schema refuses',
		() => {
			fc.assert(
				fc.property(hostileJson(exported), (text) => {
					const result = parseTemplateJson(text, t);
					if (result.ok) expect(templateExport.safeParse(JSON.parse(text)).success).toBe(true);
					expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				}),
				FUZZ,
			);
		},
		TIMEOUT,
	);

	it(
		'refuses values under prototype keys (the schema drops `__proto__`) and rows of the wrong shape',
		() => {
			fc.assert(
				fc.property(exported, protoKey, fc.jsonValue(), (file, key, junk) => {
					const proto = parseTemplateJson(
						JSON.stringify(file).replace(
							'"values":{',
							`"values":{${JSON.stringify(key)}:${JSON.stringify(junk ?? 'x')},`,
						),
						t,
					);
					if (proto.ok) {
						expect(key).toBe('__proto__');
						expect(Object.keys(proto.file.values)).toEqual(Object.keys(file.values));
					}
					expect(parseTemplateJson(JSON.stringify({ ...file, values: { register: [null, junk] } }), t).ok).toBe(false);
					const cell = parseTemplateJson(JSON.stringify({ ...file, values: { register: [{ [key]: 'x' }] } }), t);
					expect(cell.ok ? cell.file.values : 'refused').toEqual(key === '__proto__' ? { register: [{}] } : 'refused');
					expect(({} as Record<string, unknown>).polluted).toBeUndefined();
				}),
				FUZZ,
			);
		},
		TIMEOUT,
	);
});
