// Starlight reads pages and UI strings only from src/content/docs and src/content/i18n. The real files
// live in content/ (an institution edits content/ and public/ only), so link the two folders there.
// Windows gets a junction (no developer mode needed), which takes an absolute target; elsewhere a
// relative link keeps working when the checkout moves.
import { existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { resolve } from 'node:path';

mkdirSync('src/content', { recursive: true });
for (const name of ['docs', 'i18n']) {
	const link = `src/content/${name}`;
	if (existsSync(link)) continue;
	if (isLink(link)) unlinkSync(link); // a link left dangling by a moved checkout
	const windows = process.platform === 'win32';
	symlinkSync(windows ? resolve(`content/${name}`) : `../../content/${name}`, link, windows ? 'junction' : 'dir');
	console.log(`linked ${link} -> content/${name}`);
}

function isLink(path) {
	try {
		return lstatSync(path).isSymbolicLink();
	} catch {
		return false; // nothing there at all
	}
}
