import { useRef } from 'preact/hooks';
import type { Answer, Question } from '../../schemas/quiz';
import type { T } from '../../i18n/t';
import { placeItem } from '../../lib/quiz/place-item';

type Ordering = Extract<Question, { type: 'ordering' }>;

interface Props {
	q: Ordering;
	prefix: string;
	order: string[];
	answer: Answer | undefined;
	onAnswer: (a: Answer) => void;
	locked: boolean;
	t: T;
	num: (n: number) => string;
	/** Says something to screen readers (the form's polite live region). */
	announce: (message: string) => void;
}

/**
 * An ordering question: one drop-down list of places per item. Giving an item a place another item
 * holds swaps the two (placeItem), and says so. While a list has focus, each new value is applied to
 * the answer as it was when the learner came to the list, so arrowing through the places with the
 * keyboard (which changes the value at each step) moves only the item shown and the one it lands on.
 */
export function OrderingFields({ q, prefix, order, answer, onAnswer, locked, t, num, announce }: Props) {
	const current = answer?.type === 'ordering' ? answer.order : [];
	const start = useRef<string[] | null>(null);
	const text = (id: string) => q.items.find((i) => i.id === id)!.text;

	function setPlace(id: string, position: number) {
		const { order: next, moved } = placeItem(start.current ?? current, q.items.length, id, position);
		onAnswer({ type: 'ordering', order: next });
		announce(moved ? t('quiz.moved', { item: text(moved.id), place: num(moved.position + 1) }) : '');
	}

	return (
		<ul class="selects">
			{order.map((id) => {
				const place = current.indexOf(id);
				const selectId = `${prefix}-${id}`;
				return (
					<li key={id}>
						<label for={selectId}>{t('quiz.position', { item: text(id) })}</label>
						<select
							id={selectId}
							disabled={locked}
							value={place >= 0 ? String(place + 1) : ''}
							onFocus={() => (start.current = [...current])}
							onBlur={() => (start.current = null)}
							onChange={(e) => setPlace(id, Number(e.currentTarget.value) - 1)}
						>
							<option value="">{t('quiz.choose')}</option>
							{q.items.map((_, i) => (
								<option key={i} value={String(i + 1)}>
									{num(i + 1)}
								</option>
							))}
						</select>
					</li>
				);
			})}
		</ul>
	);
}
