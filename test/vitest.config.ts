import { getViteConfig } from 'astro/config';

// Unit and content tests. getViteConfig resolves `astro/zod` and the rest as the site build does.
export default getViteConfig({
	test: {
		include: ['test/unit/**/*.test.ts', 'test/content/**/*.test.ts'],
	},
});
