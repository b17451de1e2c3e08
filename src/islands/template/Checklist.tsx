import type { T } from '../../i18n/t';

export interface ChecklistItem {
	field: string;
	text: string;
}

/**
 * What is still missing or wrong before the document is final, each linking to its field. It
 * informs and never blocks: every export works at any stage.
 */
export function Checklist({ items, t, lang }: { items: ChecklistItem[]; t: T; lang: string }) {
	return (
		<div class="checklist">
			{/* Outside the page's Markdown heading sizes: a heading for navigation, sized as a label. */}
			<div class="not-content">
				<h3>{t('template.checklist')}</h3>
			</div>
			{items.length === 0 ? (
				<p class="all-done">{t('template.allDone')}</p>
			) : (
				<>
					<p>{t('template.stillToDo', { count: new Intl.NumberFormat(lang).format(items.length) })}</p>
					<ul>
						{items.map((item) => (
							<li key={item.field}>
								<a href={`#field-${item.field}`} onClick={() => focusField(item.field)}>
									{item.text}
								</a>
							</li>
						))}
					</ul>
				</>
			)}
		</div>
	);
}

/** The link scrolls to the field; put the cursor in it too (its first control for a group). */
function focusField(id: string) {
	const el = document.getElementById(`field-${id}`);
	const control = el?.matches('input, textarea, select') ? el : el?.querySelector('input, textarea, select, button');
	(control as HTMLElement | null | undefined)?.focus();
}
