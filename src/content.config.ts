import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
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
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
};
