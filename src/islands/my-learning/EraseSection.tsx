import type { AcademyDb } from '../../lib/storage/db';
import { useContext, useRef, useState } from 'preact/hooks';
import { eraseEverything } from '../../lib/storage/erase';
import { Locale } from '../locale-context';

/** "Delete all my data", asked twice, with focus kept where the learner is. */
export function EraseSection({ db }: { db: AcademyDb }) {
	const { t } = useContext(Locale);
	const [asking, setAsking] = useState(false);
	const [done, setDone] = useState(false);
	const confirmRef = useRef<HTMLButtonElement>(null);
	const startRef = useRef<HTMLButtonElement>(null);
	const doneRef = useRef<HTMLParagraphElement>(null);

	const ask = () => {
		setDone(false);
		setAsking(true);
		requestAnimationFrame(() => confirmRef.current?.focus());
	};
	const cancel = () => {
		setAsking(false);
		requestAnimationFrame(() => startRef.current?.focus());
	};
	const erase = async () => {
		await eraseEverything(db);
		setAsking(false);
		setDone(true);
		requestAnimationFrame(() => doneRef.current?.focus());
	};

	return (
		<section aria-labelledby="my-delete">
			<h2 id="my-delete">{t('my.delete')}</h2>
			<p>{t('my.deleteIntro')}</p>
			{!asking ? (
				<button type="button" class="academy-button danger" ref={startRef} onClick={ask}>
					{t('my.delete')}
				</button>
			) : (
				<div class="confirm" role="group" aria-labelledby="my-delete-ask">
					<p id="my-delete-ask">{t('my.deleteAsk')}</p>
					<button type="button" class="academy-button danger" ref={confirmRef} onClick={erase}>
						{t('my.deleteConfirm')}
					</button>{' '}
					<button type="button" class="academy-button secondary" onClick={cancel}>
						{t('my.cancel')}
					</button>
				</div>
			)}
			<p ref={doneRef} tabIndex={-1} role="status">
				{done ? t('my.deleted') : ''}
			</p>
		</section>
	);
}
