import { describe, expect, it } from 'vitest';
import { searchUiFiles } from '../../src/integrations/search-ui-files';

type Emitted = { fileName: string; source: string };
type Out =
	| { type: 'chunk'; fileName: string; moduleIds: string[] }
	| { type: 'asset'; fileName: string; originalFileNames: string[] };

/** Runs the plugin's bundle hook on a made-up client bundle and returns what it recorded. */
function record(outputs: Out[]): string[] {
	const emitted: Emitted[] = [];
	const plugin = searchUiFiles();
	const hook = plugin.generateBundle as unknown as (
		this: { emitFile: (file: Emitted) => void },
		options: unknown,
		bundle: Record<string, Out>,
	) => void;
	hook.call({ emitFile: (file) => emitted.push(file) }, {}, Object.fromEntries(outputs.map((o) => [o.fileName, o])));
	expect(emitted.map((e) => e.fileName)).toEqual(['offline/search-ui.json']);
	return JSON.parse(emitted[0]!.source) as string[];
}

describe('the record of the search window’s files', () => {
	it('names the files made from Pagefind’s UI and our search stylesheet, whatever they are called', () => {
		expect(
			record([
				{
					type: 'chunk',
					fileName: '_astro/p1.js',
					// The page script that loads search holds only `?url` stand-ins for the stylesheet.
					moduleIds: [
						'/site/src/components/overrides/search-ui.css?url',
						'/site/src/components/overrides/Search.astro?astro',
					],
				},
				{
					type: 'chunk',
					fileName: '_astro/z9.js',
					moduleIds: ['/site/node_modules/@pagefind/default-ui/npm_dist/mjs/ui-core.mjs'],
				},
				{
					type: 'asset',
					fileName: '_astro/k2.css',
					originalFileNames: ['C:\\site\\src\\components\\overrides\\search-ui.css'],
				},
				{ type: 'asset', fileName: '_astro/main.css', originalFileNames: ['/site/src/styles/shared.css'] },
				{ type: 'chunk', fileName: '_astro/quiz.js', moduleIds: ['/site/src/islands/quiz/QuizForm.tsx'] },
			]),
		).toEqual(['_astro/k2.css', '_astro/z9.js']);
	});

	it('is made for the browser’s bundle only', () => {
		const applies = searchUiFiles().applyToEnvironment as (environment: { name: string }) => boolean;
		expect(['client', 'ssr', 'prerender'].filter((name) => applies({ name }))).toEqual(['client']);
	});
});
