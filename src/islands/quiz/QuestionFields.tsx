import type { Answer, Question } from '../../schemas/quiz';
import type { T } from '../../i18n/t';
import { OrderingFields } from './OrderingFields';

interface Props {
	q: Question;
	/** Element id prefix, unique on the page. */
	prefix: string;
	order: string[];
	answer: Answer | undefined;
	onAnswer: (a: Answer) => void;
	locked: boolean;
	t: T;
	/** A number in the quiz's language. */
	num: (n: number) => string;
	announce: (message: string) => void;
}

/** The inputs of one question: real radios, checkboxes and drop-down lists, with labels. */
export function QuestionFields({ q, prefix, order, answer, onAnswer, locked, t, num, announce }: Props) {
	switch (q.type) {
		case 'single':
		case 'multiple': {
			const multiple = q.type === 'multiple';
			const chosen = answer?.type === 'multiple' ? answer.options : answer?.type === 'single' ? [answer.option] : [];
			return (
				<ul class="choices">
					{order.map((id) => {
						const option = q.options.find((o) => o.id === id)!;
						const inputId = `${prefix}-${id}`;
						return (
							<li key={id}>
								<input
									type={multiple ? 'checkbox' : 'radio'}
									id={inputId}
									name={prefix}
									value={id}
									checked={chosen.includes(id)}
									disabled={locked}
									onChange={(e) => {
										const on = e.currentTarget.checked;
										if (!multiple) return onAnswer({ type: 'single', option: id });
										onAnswer({ type: 'multiple', options: on ? [...chosen, id] : chosen.filter((c) => c !== id) });
									}}
								/>
								<label for={inputId}>{option.text}</label>
							</li>
						);
					})}
				</ul>
			);
		}
		case 'true-false': {
			const value = answer?.type === 'true-false' ? answer.value : undefined;
			return (
				<ul class="choices">
					{[true, false].map((v) => (
						<li key={String(v)}>
							<input
								type="radio"
								id={`${prefix}-${v}`}
								name={prefix}
								value={String(v)}
								checked={value === v}
								disabled={locked}
								onChange={() => onAnswer({ type: 'true-false', value: v })}
							/>
							<label for={`${prefix}-${v}`}>{t(v ? 'quiz.true' : 'quiz.false')}</label>
						</li>
					))}
				</ul>
			);
		}
		case 'ordering':
			return (
				<OrderingFields
					q={q}
					prefix={prefix}
					order={order}
					answer={answer}
					onAnswer={onAnswer}
					locked={locked}
					t={t}
					num={num}
					announce={announce}
				/>
			);
		case 'matching': {
			const matches = answer?.type === 'matching' ? answer.matches : {};
			return (
				<ul class="selects">
					{q.pairs.map((pair) => {
						const selectId = `${prefix}-${pair.id}`;
						return (
							<li key={pair.id}>
								<label for={selectId}>{pair.prompt}</label>
								<select
									id={selectId}
									disabled={locked}
									value={matches[pair.id] ?? ''}
									onChange={(e) =>
										onAnswer({
											type: 'matching',
											matches: { ...matches, [pair.id]: e.currentTarget.value },
										})
									}
								>
									<option value="">{t('quiz.choose')}</option>
									{order.map((id) => (
										<option key={id} value={id}>
											{q.pairs.find((p) => p.id === id)!.match}
										</option>
									))}
								</select>
							</li>
						);
					})}
				</ul>
			);
		}
	}
}
