import { beforeAll, describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// The project's own ESLint config, without the type-aware rules: the layer rules need no types, and
// building the TypeScript program would take most of a minute.
const eslint = new ESLint({
	cwd: process.cwd(),
	overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], ...tseslint.configs.disableTypeChecked }],
});

async function problems(filePath: string, code: string) {
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lint keeps the layers apart', () => {
	// Loading the config and its plugins the first time is slow on a busy machine; the checks are not.
	beforeAll(() => problems('src/lib/x.ts', 'export {};\n'), 60_000);

	it('refuses islands, components and Preact in src/lib', async () => {
		expect(await problems('src/lib/storage/x.ts', "import { x } from '../../islands/x';\nexport { x };\n")).toEqual([
			expect.stringContaining('src/lib is plain logic'),
		]);
		expect(await problems('src/lib/x.ts', "import { x } from '../islands/offline/x';\nexport { x };\n")).toHaveLength(
			1,
		);
		expect(await problems('src/lib/x.ts', "import X from '../components/X.astro';\nexport { X };\n")).toHaveLength(1);
		expect(await problems('src/lib/x.ts', "import { h } from 'preact';\nexport { h };\n")).toHaveLength(1);
	});

	it('refuses idb in an island, which must call named actions from src/lib', async () => {
		expect(
			await problems('src/islands/my-learning/X.tsx', "import { openDB } from 'idb';\nexport { openDB };\n"),
		).toEqual([expect.stringContaining('named actions')]);
		expect(
			await problems('src/islands/x.ts', "import type { IDBPDatabase } from 'idb';\nexport type X = IDBPDatabase;\n"),
		).toHaveLength(1);
	});

	it('refuses test code anywhere in src', async () => {
		for (const file of ['src/lib/x.ts', 'src/islands/x.ts', 'src/sw/x.ts', 'src/models/x.ts'])
			expect(
				await problems(file, "import { serve } from '../../test/e2e/server.mjs';\nexport { serve };\n"),
				file,
			).toEqual([expect.stringContaining('never imports test code')]);
	});

	it('lets each layer import what it may', async () => {
		expect(
			await problems('src/islands/x.ts', "import { openRecords } from '../lib/storage/db';\nexport { openRecords };\n"),
		).toEqual([]);
		expect(
			await problems('src/lib/x.ts', "import type { AcademyDb } from './storage/db';\nexport type X = AcademyDb;\n"),
		).toEqual([]);
		expect(await problems('test/unit/x.test.ts', "import { openDB } from 'idb';\nexport { openDB };\n")).toEqual([]);
	});
});
