import type { T } from '../../i18n/t';
import type { SiteCatalog } from '../../lib/catalog';

/** What every part of the assignment page needs: its strings, language and the site's catalogue. */
export interface PageContext {
	t: T;
	lang: string;
	locale: string;
	base: string;
	catalog: SiteCatalog;
	/** Pages of this language. */
	pages: { trainer: string; my: string };
}
