import { z } from 'astro/zod';
import { localeCodes, defaultLocale } from '../i18n/locales';
import { contrastRatio } from '../lib/contrast';
import { LIGHT_BG, MIN_CONTRAST } from '../lib/theme';

/** Course ids, in catalogue order. A course's pages live in `content/docs/<locale>/courses/<id>/`. */
export const courseIds = ['foundations', 'risk', 'data', 'ethics', 'public-sector', 'cooperation', 'strategy'] as const;

const HEX = /^#[0-9a-fA-F]{6}$/;
const hexColour = z.string().regex(HEX, 'Write the colour as #rrggbb, for example #1f5f8b.');

/** The institution config, `content/site.yaml`. */
export const siteConfigSchema = z
	.object({
		name: z.string().trim().min(1).max(80),
		shortName: z
			.string()
			.trim()
			.min(1)
			.max(12, 'Keep shortName to 12 characters or fewer: it labels the home-screen icon.'),
		logo: z
			.string()
			.regex(/^[\w./-]+\.(svg|png|webp)$/, 'Give a file name in public/, such as logo.svg.')
			.refine(
				(p) => !p.startsWith('/') && !p.includes('..'),
				'Give the logo path relative to public/, such as logo.svg.',
			),
		// zod runs refinements even after a failed regex: only measure what is a colour.
		accent: hexColour.refine((c) => !HEX.test(c) || contrastRatio(c, LIGHT_BG) >= MIN_CONTRAST, {
			error: (issue) => {
				const c = issue.input as string;
				return (
					`The accent colour ${c} has a contrast of ${contrastRatio(c, LIGHT_BG).toFixed(2)}:1 against white; ` +
					`links and buttons need at least ${MIN_CONTRAST}:1 to be readable. Choose a darker colour.`
				);
			},
		}),
		contact: z
			.object({
				email: z.email().optional(),
				url: z.url({ protocol: /^https?$/ }).optional(),
			})
			.default({}),
		site: z.url({ protocol: /^https?$/ }),
		base: z
			.string()
			.regex(/^\/([\w.-]+\/)*$/, "Write base as '/' or a folder path with slashes at both ends, such as '/academy/'."),
		locales: z
			.array(z.enum(localeCodes as [string, ...string[]]))
			.min(1)
			.refine(
				(l) => l.includes(defaultLocale),
				`The locales list must include '${defaultLocale}': other languages fall back to it.`,
			)
			.refine((l) => new Set(l).size === l.length, 'A language is listed twice in locales.'),
		courses: z
			.array(z.enum(courseIds))
			.refine((c) => new Set(c).size === c.length, 'A course is listed twice in courses.'),
	})
	.strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;
