import { describe, expect, it } from 'vitest';
import { useSite } from './harness';
import { measure, total } from '../../src/scripts/page-weight.mjs';

// Byte budgets for a lesson page (PRODUCT.md, "Light"), measured as `npm run bench` does. Bytes are
// stable from run to run; time is not, so no time is asserted here.
const state = useSite();

describe('page weight of a lesson', () => {
	it('stays within 40 KB cold and 12 KB warm (gzip HTML + CSS + JS), with no Preact, signals or zod', async () => {
		const { cold, warm } = await measure(
			state.browser,
			state.site,
			'en/courses/foundations/what-is-ai/',
			'en/courses/foundations/',
		);
		expect(total(cold)).toBeLessThanOrEqual(40 * 1024);
		expect(total(warm)).toBeLessThanOrEqual(12 * 1024);
		const scripts = state.site.log.filter((e) => e.type.includes('javascript')).map((e) => e.path);
		expect(scripts.filter((p) => /preact|signals|zod/i.test(p))).toEqual([]);
	});
});
