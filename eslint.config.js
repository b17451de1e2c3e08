// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Lint: typescript-eslint's type-checked rules over all TypeScript, Astro's rules over .astro files,
 * the hooks rules over the Preact islands, and import rules that keep the layers apart (README,
 * "Layers"). Run with `npm run lint`; `npm run check` (and so `npm test` and CI) runs it too.
 */

/** Paths as import specifiers see them, for `no-restricted-imports`. */
const layer = {
	islands: {
		group: ['**/islands/**', '**/islands'],
		message: 'src/lib is plain logic: islands call it, never the other way.',
	},
	components: { group: ['**/components/**'], message: 'src/lib is plain logic: it imports no Astro component.' },
	preact: { group: ['preact', 'preact/*', '@preact/*'], message: 'src/lib is plain logic: no Preact.' },
	idb: {
		group: ['idb', 'idb/*'],
		message: 'Islands call named actions from src/lib/storage (typed with AcademyDb); only src/lib opens transactions.',
	},
	tests: { group: ['**/test/**'], message: 'The site never imports test code.' },
};
/**
 * @param {...{ group: string[]; message: string }} patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
	{
		ignores: ['dist/', 'dist-*/', 'node_modules/', '.astro/', 'content/', 'src/content/', 'public/', 'test-results/'],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
			globals: { ...globals.browser },
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// `_name` marks a parameter or binding kept for its position (or dropped from a rest spread).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
			],
			// Event handlers may be async: Preact and the DOM ignore what they return.
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
		},
	},
	{
		// Astro's frontmatter and inline scripts are not in a TypeScript program the service can load.
		files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// Plain JavaScript: build scripts and test servers, run by Node and not type checked.
		files: ['**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
		languageOptions: { globals: { ...globals.node } },
	},
	{
		files: ['src/islands/**/*.{ts,tsx}', 'src/models/**/*.ts'],
		plugins: { 'react-hooks': reactHooks },
		rules: {
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'warn',
		},
	},
	{
		files: ['src/sw/**/*.ts'],
		languageOptions: { globals: { ...globals.serviceworker } },
	},
	{
		files: ['src/scripts/**', 'src/integrations/**', 'astro.config.mjs'],
		languageOptions: { globals: { ...globals.node } },
	},
	// Layers. Each block repeats the src-wide rule: a later `no-restricted-imports` replaces an earlier one.
	{ files: ['src/**'], rules: restrict(layer.tests) },
	{ files: ['src/lib/**'], rules: restrict(layer.tests, layer.islands, layer.components, layer.preact) },
	{ files: ['src/islands/**'], rules: restrict(layer.tests, layer.idb) },
	{
		files: ['test/**/*.ts'],
		languageOptions: { globals: { ...globals.node } },
		rules: {
			// Tests feed deliberately wrong data and reach into results they just checked.
			'@typescript-eslint/no-non-null-assertion': 'off',
			'@typescript-eslint/no-explicit-any': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			// `expect(obj.method).toHaveBeenCalled()` and vi mocks pass methods around on purpose.
			'@typescript-eslint/unbound-method': 'off',
			// Chai-style assertions and compact parsers of test output are expressions.
			'@typescript-eslint/no-unused-expressions': 'off',
			// Code run in the page rejects with the browser's own IndexedDB errors, as the site sees them.
			'@typescript-eslint/prefer-promise-reject-errors': 'off',
			// Tests stringify parsed front matter on purpose, to assert it is not empty.
			'@typescript-eslint/no-base-to-string': 'off',
		},
	},
);
