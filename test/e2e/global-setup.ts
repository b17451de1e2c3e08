import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The main build (`dist/`) comes from `npm run build`. Here we add the build an institution would make
 * with a sub-folder and two languages (test/fixtures/site.academy.yaml), into `dist-academy/`.
 */
export default function setup() {
	if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run `npm run build` first.');
	execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
		stdio: 'inherit',
		env: { ...process.env, ACADEMY_CONFIG: 'test/fixtures/site.academy.yaml', ACADEMY_OUT_DIR: './dist-academy' },
	});
}
