import { z } from 'astro/zod';

/**
 * Our own UI strings, added to Starlight's in `content/i18n/<lang>.json`. Each description is the note
 * for translators. Optional here so a missing key falls back to English at run time; the content test
 * `ui-strings.test.ts` fails when any locale file lacks one.
 */
export const uiStrings = z.object({
	'chooser.title': z
		.string()
		.meta({
			description: 'Title of the language chooser page at the site root, in this language: "Choose your language".',
		})
		.optional(),
	'chooser.blurb': z
		.string()
		.meta({ description: 'One sentence under the language name on the chooser: what the academy is.' })
		.optional(),
	'chooser.continue': z
		.string()
		.meta({
			description:
				'Button on the chooser for the language the browser prefers. Names this language in itself: "Continue in English", "Continuer en français".',
		})
		.optional(),
	'sidebar.courses': z
		.string()
		.meta({ description: 'Heading of the list of courses in the site navigation.' })
		.optional(),
	'sidebar.overview': z
		.string()
		.meta({
			description:
				"In the navigation of the course being read, the link to the course's main page (overview, lesson list, quiz).",
		})
		.optional(),
	'notFound.title': z.string().meta({ description: 'Heading of the "page not found" (404) page.' }).optional(),
	'notFound.text': z
		.string()
		.meta({ description: 'Explanation on the 404 page: the address may be mistyped or the page moved or removed.' })
		.optional(),
	'notFound.home': z
		.string()
		.meta({ description: 'Link from the 404 page to the home page in this language.' })
		.optional(),
	'notFound.choose': z.string().meta({ description: 'Link from the 404 page to the language chooser.' }).optional(),
	'footer.about': z.string().meta({ description: 'Footer link to the "About the academy" page.' }).optional(),
	'footer.privacy': z.string().meta({ description: 'Footer link to the privacy page.' }).optional(),
	'footer.contact': z
		.string()
		.meta({
			description: 'Label before the hosting institution\'s contact e-mail or website in the footer: "Contact".',
		})
		.optional(),
	'footer.otherLanguages': z
		.string()
		.meta({
			description:
				'Accessible name of the footer list that links this page in the other languages: "This page in other languages".',
		})
		.optional(),
	'menu.fallback': z
		.string()
		.meta({
			description:
				'On phones whose browser cannot open the menu as an overlay, the menu button jumps to the site navigation shown after the page content. Accessible label of that link: "Go to the site menu".',
		})
		.optional(),
	'menu.backToTop': z
		.string()
		.meta({ description: 'Link at the end of that fallback menu, back to the top of the page.' })
		.optional(),
	'search.loading': z
		.string()
		.meta({
			description:
				'Shown in the search dialog while the search code downloads (it loads only when search is first opened).',
		})
		.optional(),
	'search.failed': z
		.string()
		.meta({
			description:
				'Shown in the search dialog when the search code could not be downloaded, e.g. with no connection. Says what to do.',
		})
		.optional(),
});

export type UiStringKey = keyof z.infer<typeof uiStrings>;
