import type { AstroIntegration } from 'astro';
import { isSatteriProcessor, type SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { QuizForm, type QuizFormProps } from '../islands/quiz/QuizForm';
import { loadQuiz } from '../lib/quiz/load';
import { uiStringsFor } from '../lib/ui-strings-file';
import { getLocale } from '../i18n/locales';

/**
 * `::check` in a lesson becomes its "Check your understanding" questions, rendered to HTML here (so
 * they read without JavaScript) inside a `<quiz-check>` element that hydrates them when they scroll
 * into view (src/islands/quiz/quiz-check.ts). Content carries no code, only the directive.
 * Listed before starlight() so it sees the directive before Starlight restores unknown ones to text.
 */
export function lessonChecks(): AstroIntegration {
	return {
		name: 'academy-lesson-checks',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const { processor } = config.markdown;
				// Sätteri's documented way for an integration to add plugins: its own options, found through
				// its type guard (Starlight registers its plugins the same way).
				if (!isSatteriProcessor(processor))
					throw new Error(
						`Lesson checks (::check) need the Sätteri Markdown processor; markdown.processor is "${processor.name}".`,
					);
				processor.options.mdastPlugins.push(...lessonCheckPlugins());
			},
		},
	};
}

type MdastPluginEntry = SatteriResolvedOptions['mdastPlugins'][number];

/**
 * The plugin that renders `::check`, after a plugin that only carries a digest in its name. Astro keeps
 * rendered Markdown between builds and redoes it only when the lesson file or the config changes. The
 * checks also depend on the quizzes, strings and form code: their digest rides in the config as the
 * name of a plugin that does nothing, so a change there renders the lessons again (functions leave no
 * trace in Astro's config digest; a name does).
 */
export function lessonCheckPlugins(): MdastPluginEntry[] {
	return [
		{ name: `academy-lesson-checks-sources-${checksDigest()}` },
		({ fileURL }) => {
			const lesson = fileURL && lessonOfPath(fileURLToPath(fileURL));
			if (!lesson) return undefined;
			return {
				name: 'academy-lesson-checks',
				leafDirective(node) {
					if (node.name !== 'check') return;
					return { type: 'html', value: renderCheck(lesson) };
				},
			};
		},
	];
}

/** What a rendered check depends on besides its lesson file. */
export const CHECK_SOURCES = ['content/quizzes', 'content/i18n', 'src/islands/quiz', 'src/lib/quiz'];

/** A short hash of every file under `sources`, names and contents. */
export function checksDigest(root = '.', sources = CHECK_SOURCES): string {
	const hash = createHash('sha256');
	for (const dir of sources) {
		const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
			.filter((f) => statSync(join(root, dir, f)).isFile())
			.sort();
		for (const f of files) hash.update(`${dir}/${f}\0`).update(readFileSync(join(root, dir, f)));
	}
	return hash.digest('hex').slice(0, 16);
}

/** `…/docs/fr/courses/foundations/what-is-ai.md` -> its locale, course and lesson. */
export function lessonOfPath(path: string) {
	const m = /[/\\]docs[/\\]([a-z-]+)[/\\]courses[/\\]([a-z0-9-]+)[/\\]([a-z0-9-]+)\.mdx?$/.exec(path);
	return m ? { locale: m[1]!, course: m[2]!, lesson: m[3]! } : undefined;
}

export function renderCheck({ locale, course, lesson }: { locale: string; course: string; lesson: string }): string {
	const loaded = loadQuiz(locale, course);
	const questions = loaded?.quiz.questions.filter((q) => q.check && q.lesson === lesson) ?? [];
	if (!loaded || questions.length === 0)
		throw new Error(`::check in ${locale}/${course}/${lesson}: no check questions for this lesson`);
	const props: QuizFormProps = {
		data: {
			formId: `check-${lesson}`,
			saveId: `check/${course}/${lesson}`,
			passMark: loaded.quiz.passMark,
			questions,
			lessons: {},
		},
		strings: uiStringsFor(loaded.locale),
		lang: getLocale(loaded.locale)?.lang ?? 'en',
		mode: 'check',
	};
	// Only the strings the form uses travel with it.
	props.strings = Object.fromEntries(Object.entries(props.strings).filter(([k]) => k.startsWith('quiz.')));
	const json = JSON.stringify(props).replace(/</g, '\\u003c');
	const dir = getLocale(loaded.locale)?.dir ?? 'ltr';
	const noScript = escapeHtml(props.strings['quiz.noScript'] ?? '');
	return `<quiz-check lang="${props.lang}" dir="${dir}"><script type="application/json">${json}</script><noscript><p class="quiz-noscript">${noScript}</p></noscript><div data-root>${renderToString(h(QuizForm, props))}</div></quiz-check>`;
}

function escapeHtml(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
