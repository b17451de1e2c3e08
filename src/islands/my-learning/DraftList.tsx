import { isolate } from '../../lib/text/isolate';
import { useContext, useRef, useState } from 'preact/hooks';
import { drafts, loadRecords } from '../../models/records';
import { deleteDraft, restoreDraft } from '../../lib/templates/drafts';
import { UndoNotice, type Undoable } from '../UndoNotice';
import { Locale } from '../locale-context';

export interface TemplateSummary {
	id: string;
	title: string;
	href: string;
}

/** The learner's template drafts, newest first, each linking to its template, each deletable with an undo. */
export function DraftList({ templates }: { templates: TemplateSummary[] }) {
	const { t, lang } = useContext(Locale);
	const [notice, setNotice] = useState<Undoable>(null);
	const undoButton = useRef<HTMLButtonElement>(null);
	const date = (iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(new Date(iso));

	async function remove(id: string) {
		const db = await loadRecords();
		const gone = db && (await deleteDraft(db, id));
		if (!db || !gone) return;
		setNotice({
			text: t('template.deleted', { name: isolate(gone.name) }),
			undo: async () => {
				await restoreDraft(db, gone);
				setNotice({ text: t('template.restored', { name: isolate(gone.name) }) });
			},
		});
		// The deleted line and its button are gone: focus goes to the way back.
		requestAnimationFrame(() => undoButton.current?.focus());
	}

	return (
		<>
			{drafts.value.length === 0 ? (
				<p>{t('my.draftsEmpty')}</p>
			) : (
				<ul class="results drafts">
					{[...drafts.value]
						.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
						.map((d) => {
							const template = templates.find((x) => x.id === d.template);
							return (
								<li key={d.id}>
									<a href={template?.href ?? '#'} dir="auto">
										{t('my.draftLine', {
											template: template?.title ?? d.template,
											name: isolate(d.name),
											date: date(d.updatedAt),
										})}
									</a>{' '}
									<button type="button" class="academy-button secondary" onClick={() => void remove(d.id)}>
										{t('template.deleteNamed', { name: isolate(d.name) })}
									</button>
								</li>
							);
						})}
				</ul>
			)}
			<UndoNotice notice={notice} label={t('template.undo')} buttonRef={undoButton} />
		</>
	);
}
