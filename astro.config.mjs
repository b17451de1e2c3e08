// Wiring only: the institution config (content/site.yaml) and the locale table decide what is built.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import { loadSiteConfig } from './src/lib/site-config';
import { locales, defaultLocale } from './src/i18n/locales';
import { courseIds } from './src/schemas/site';
import { lessonChecks } from './src/integrations/lesson-checks';
import { offline } from './src/integrations/offline';

const site = loadSiteConfig();
const enabled = locales.filter((l) => site.locales.includes(l.code));

export default defineConfig({
	site: site.site,
	base: site.base,
	trailingSlash: 'always',
	outDir: process.env.ACADEMY_OUT_DIR ?? './dist',
	// Prefetching spends a learner's data on pages they may never open.
	prefetch: false,
	vite: {
		// Small scripts are files too, not inlined: a file is cached from page to page, inline code is sent
		// again with every page (and needs its own hash in the security policy).
		build: { assetsInlineLimit: 0 },
		// Zod without `new Function`, which the strict security policy forbids (src/lib/zod-jitless.ts).
		resolve: {
			alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/lib/zod-jitless.ts', import.meta.url)) }],
		},
	},
	// `## Terme {#english-anchor}`: translated glossaries keep the English anchors lessons link to.
	markdown: { processor: satteri({ features: { headingAttributes: true } }) },
	integrations: [
		lessonChecks(),
		starlight({
			title: site.name,
			defaultLocale,
			locales: Object.fromEntries(enabled.map((l) => [l.code, { label: l.label, lang: l.lang, dir: l.dir }])),
			favicon: '/favicon.svg',
			customCss: ['./src/styles/shared.css'],
			disable404Route: true,
			// Labels here are placeholders: src/route-data.ts gives each group its localized name.
			sidebar: [
				{ label: 'courses', items: courseGroups(site.courses) },
				{ slug: 'glossary' },
				{ slug: 'guides/offline' },
				{ slug: 'guides/trainers' },
				{ slug: 'about' },
				{ slug: 'privacy' },
			],
			components: {
				Head: './src/components/overrides/Head.astro',
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Footer: './src/components/overrides/Footer.astro',
				MobileMenuToggle: './src/components/overrides/MobileMenuToggle.astro',
				PageFrame: './src/components/overrides/PageFrame.astro',
				PageTitle: './src/components/overrides/PageTitle.astro',
				Search: './src/components/overrides/Search.astro',
				Sidebar: './src/components/overrides/Sidebar.astro',
				SiteTitle: './src/components/overrides/SiteTitle.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
			},
			routeMiddleware: ['./src/route-data.ts', './src/route-fallback.ts'],
		}),
		preact(),
		offline({
			base: site.base,
			locales: site.locales,
			defaultLocale,
			courses: site.courses,
			shellFiles: ['favicon.svg', site.logo],
		}),
	],
});

/** One group per enabled course, generated from its folder; route-data.ts folds all but the current one. */
function courseGroups(courses) {
	return courseIds
		.filter((id) => courses.includes(id))
		.map((id) => ({ label: id, collapsed: true, items: [{ autogenerate: { directory: `courses/${id}` } }] }));
}
