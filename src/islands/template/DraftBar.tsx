import type { DraftRecord } from '../../schemas/draft';
import type { T } from '../../i18n/t';

/** What the status line says: `full` is a failed save because the device is full, `merged` another tab's changes. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'full' | 'merged';

const statusKey = {
	idle: undefined,
	saving: 'template.saving',
	saved: 'template.saved',
	failed: 'template.saveFailed',
	full: 'template.saveFull',
	merged: 'template.updatedElsewhere',
} as const satisfies Record<SaveStatus, Parameters<T>[0] | undefined>;

interface Props {
	draft: DraftRecord;
	/** The learner's other drafts of this template, newest first. */
	others: DraftRecord[];
	status: SaveStatus;
	t: T;
	onOpen: (draft: DraftRecord) => void;
	onNew: () => void;
	onRename: (name: string) => void;
	onDelete: () => void;
}

/** Which draft is open, its name (the learner's to change), a new draft, delete, and the save status. */
export function DraftBar({ draft, others, status, t, onOpen, onNew, onRename, onDelete }: Props) {
	return (
		<div class="drafts no-print">
			{/* A choice only once there is one to make: the first field comes sooner on a phone. */}
			{others.length > 0 && (
				<>
					<label for="draft-select">{t('template.draft')}</label>
					<select
						id="draft-select"
						value={draft.id}
						onChange={(e) => {
							const picked = others.find((d) => d.id === e.currentTarget.value);
							if (picked) onOpen(picked);
						}}
					>
						{[draft, ...others].map((d) => (
							<option key={d.id} value={d.id}>
								{d.name}
							</option>
						))}
					</select>
				</>
			)}
			<label for="draft-name">{t('template.draftName')}</label>
			<input
				id="draft-name"
				dir="auto"
				maxLength={120}
				value={draft.name}
				onInput={(e) => onRename(e.currentTarget.value)}
			/>
			<div class="draft-actions">
				<button type="button" class="academy-button secondary" onClick={onNew}>
					{t('template.newDraft')}
				</button>
				<button type="button" class="academy-button secondary" onClick={onDelete}>
					{t('template.deleteDraft')}
				</button>
			</div>
			<p class="save-status" role="status">
				{statusKey[status] ? t(statusKey[status]) : ''}
			</p>
		</div>
	);
}
