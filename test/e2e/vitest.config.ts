import { defineConfig } from 'vitest/config';

// End-to-end tests in the system Chromium against the built site (`npm run build` first).
export default defineConfig({
	test: {
		include: ['test/e2e/**/*.test.ts'],
		globalSetup: ['test/e2e/global-setup.ts'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
		// Two cores: one browser at a time keeps timings steady.
		fileParallelism: false,
		// Two shared cores: a page's first read of the learner's records can take over the default second.
		expect: { poll: { timeout: 10_000 } },
	},
});
