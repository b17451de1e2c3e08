import type { Plugin } from 'vite';
import { SEARCH_UI_PATH } from '../lib/offline/manifest';

/**
 * The source modules behind what the search window loads when it is first opened
 * (components/overrides/Search.astro): Pagefind's UI package and its stylesheet.
 */
export const SEARCH_UI_SOURCES = ['/node_modules/@pagefind/default-ui/', '/src/components/overrides/search-ui.css'];

/**
 * A Vite plugin that writes, into the client build's output, the files the bundler made from the
 * search UI's source modules (`offline/search-ui.json`). The offline manifests list those files as the
 * shared search part; knowing them from the bundle, not from the names Vite gives its chunks, keeps
 * that true when a chunk is renamed.
 */
export function searchUiFiles(sources: string[] = SEARCH_UI_SOURCES): Plugin {
	// A module's own id, not `?url` or `?transform-only` stand-ins that other chunks hold for it.
	const fromSources = (ids: readonly string[]) =>
		ids.some((id) => !id.includes('?') && sources.some((s) => id.split('\\').join('/').includes(s)));
	return {
		name: 'academy-search-ui-files',
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle(_options, bundle) {
			const files = Object.values(bundle)
				.filter((out) => fromSources(out.type === 'chunk' ? out.moduleIds : out.originalFileNames.map((f) => `/${f}`)))
				.map((out) => out.fileName)
				.sort();
			this.emitFile({ type: 'asset', fileName: SEARCH_UI_PATH, source: JSON.stringify(files) });
		},
	};
}
