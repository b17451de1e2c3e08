import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredProperties, privateNames, type UpstreamRecord } from '../../src/lib/upstream-copies';

/**
 * Our copies of Starlight's files (src/components/upstream.json) against the installed Starlight: an
 * upgrade that changes a copied file, or drops a private name a copy relies on, fails here instead of
 * breaking a page quietly.
 */
const record = JSON.parse(readFileSync('src/components/upstream.json', 'utf8')) as UpstreamRecord;
const root = join('node_modules', record.package);
const installed = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const text = (path: string) => readFileSync(path, 'utf8');
const own = new Set(record.copies.flatMap((c) => declaredProperties(text(c.file))));

function filesUnder(dir: string, ends: RegExp): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => ends.test(f))
		.map((f) => join(dir, f));
}
const starlightCode = filesUnder(join(root, 'dist'), /\.(js|mjs|ts|astro|css)$/)
	.map(text)
	.join('\n');

const howToUpdate = (file: string, upstream: string, version: string) =>
	`Re-compare ${file} with ${record.package} ${installed}'s ${upstream}: see what changed upstream ` +
	`(https://github.com/withastro/starlight/compare/@astrojs/starlight@${version}...@astrojs/starlight@${installed}), ` +
	`carry it into our copy, then record the comparison: npm run upstream:record -- ${file}`;

describe('our copies of Starlight files', () => {
	it.each(record.copies)('$file was compared with the installed Starlight’s file', (copy) => {
		const upstreamPath = join(root, copy.upstream);
		expect(
			existsSync(upstreamPath),
			`${copy.upstream} is gone. ${howToUpdate(copy.file, copy.upstream, copy.version)}`,
		).toBe(true);
		const sha256 = createHash('sha256').update(readFileSync(upstreamPath)).digest('hex');
		expect(sha256, `${copy.upstream} changed. ${howToUpdate(copy.file, copy.upstream, copy.version)}`).toBe(
			copy.sha256,
		);
		expect(installed, `Starlight is now ${installed}. ${howToUpdate(copy.file, copy.upstream, copy.version)}`).toBe(
			copy.version,
		);
	});

	it.each(record.copies)('$file lists every private Starlight name it uses', (copy) => {
		const unlisted = privateNames(text(copy.file), own).filter((name) => !copy.private.includes(name));
		expect(unlisted, `add them to its record: npm run upstream:record -- ${copy.file}`).toEqual([]);
	});

	it.each(record.copies)('the private names $file relies on are still Starlight’s', (copy) => {
		const gone = copy.private.filter((name) =>
			name.startsWith('virtual:')
				? !starlightCode.includes(`"${name}"`) && !starlightCode.includes(`'${name}'`)
				: !new RegExp(`${name}\\s*:`).test(starlightCode),
		);
		expect(
			gone,
			`Starlight ${installed} no longer provides these. ${howToUpdate(copy.file, copy.upstream, copy.version)}`,
		).toEqual([]);
	});

	it('include every override that copies its Starlight namesake rather than wrapping it', () => {
		// A copy shares many lines with the component it replaces; a wrapper imports it as `Default`.
		const longLines = (t: string) =>
			new Set(
				t
					.split('\n')
					.map((l) => l.trim())
					.filter((l) => l.length > 30),
			);
		const unrecorded = filesUnder('src/components/overrides', /\.astro$/).filter((file) => {
			const upstream = join(root, 'dist/components', file.split('/').pop()!);
			if (!existsSync(upstream) || record.copies.some((c) => c.file === file)) return false;
			const ours = longLines(text(file));
			return [...longLines(text(upstream))].filter((l) => ours.has(l)).length >= 3;
		});
		expect(unrecorded, 'record them in src/components/upstream.json, then npm run upstream:record').toEqual([]);
	});
});
