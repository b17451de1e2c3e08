// Records, after a Starlight upgrade, that our copies of its files (src/components/upstream.json) were
// compared with the installed version: `npm run upstream:record -- src/components/overrides/Search.astro`
// (no file: every copy). Run it only once the copy carries over what changed upstream.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { declaredProperties, privateNames } from '../lib/upstream-copies.ts';

const recordPath = 'src/components/upstream.json';
/** @type {import('../lib/upstream-copies.ts').UpstreamRecord} */
const record = JSON.parse(readFileSync(recordPath, 'utf8'));
const root = `node_modules/${record.package}`;
const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
const only = process.argv.slice(2);
const own = new Set(record.copies.flatMap((c) => declaredProperties(readFileSync(c.file, 'utf8'))));

for (const copy of record.copies) {
	if (only.length > 0 && !only.includes(copy.file)) continue;
	copy.version = version;
	copy.sha256 = createHash('sha256')
		.update(readFileSync(`${root}/${copy.upstream}`))
		.digest('hex');
	copy.private = privateNames(readFileSync(copy.file, 'utf8'), own);
	console.log(`${copy.file}: compared with ${record.package} ${version} ${copy.upstream}`);
}
writeFileSync(recordPath, `${JSON.stringify(record, null, '\t')}\n`);
