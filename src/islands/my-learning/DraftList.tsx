import { useContext } from 'preact/hooks';
import { drafts } from '../../models/records';
import { Locale } from '../locale-context';

export interface TemplateSummary {
	id: string;
	title: string;
	href: string;
}

/** The learner's template drafts, newest first, each linking to its template. */
export function DraftList({ templates }: { templates: TemplateSummary[] }) {
	const { t, lang } = useContext(Locale);
	if (drafts.value.length === 0) return <p>{t('my.draftsEmpty')}</p>;
	const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));
	return (
		<ul class="results">
			{[...drafts.value]
				.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
				.map((d) => {
					const template = templates.find((x) => x.id === d.template);
					return (
						<li key={d.id}>
							<a href={template?.href ?? '#'} dir="auto">
								{t('my.draftLine', { template: template?.title ?? d.template, name: d.name, date: date(d.updatedAt) })}
							</a>
						</li>
					);
				})}
		</ul>
	);
}
