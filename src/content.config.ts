import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { lessonFields } from './schemas/lesson';
import { uiStrings } from './schemas/ui-strings';
import { loadSiteConfig } from './lib/site-config';
import { docsPattern } from './lib/docs-pattern';

const site = loadSiteConfig();

export const collections = {
	// Starlight's docsLoader() builds every folder; this glob (through the src/content/docs link, so
	// Starlight still localizes labels) builds only the locales and courses the institution enabled.
	docs: defineCollection({
		loader: glob({ base: 'src/content/docs', pattern: docsPattern(site.locales, site.courses) }),
		schema: docsSchema({ extend: lessonFields }),
	}),
	// Starlight's i18nLoader() reads every data file below content/i18n, term bases (terms/<lang>.yaml)
	// included: the same glob, top level only, reads just the interface strings.
	i18n: defineCollection({
		loader: glob({ base: 'src/content/i18n', pattern: '[^_]*.{json,yml,yaml}' }),
		schema: i18nSchema({ extend: uiStrings }),
	}),
};
