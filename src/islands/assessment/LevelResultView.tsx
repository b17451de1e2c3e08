import type { LevelResult } from '../../lib/assessment/score';
import { formatPercent } from '../../lib/format';
import type { T } from '../../i18n/t';

/** The risk check's result: the level, its safeguards, the EU comparison and the figures behind it. */
export function LevelResultView({
	result,
	t,
	lang,
	href,
}: {
	result: LevelResult;
	t: T;
	lang: string;
	href: (path: string) => string;
}) {
	const percent = (n: number) => formatPercent(n, lang);
	const { level } = result;
	return (
		<div class="level-result" data-level={level.id}>
			<p class="level-label">{level.label}</p>
			<p>{level.summary}</p>
			<p class="figures">
				{t('assess.figures', {
					impact: percent(result.impact),
					mitigation: percent(result.mitigation),
					adjusted: percent(result.adjusted),
				})}
			</p>
			<h3>{t('assess.safeguards')}</h3>
			<ul>
				{level.safeguards.map((s) => (
					<li key={s}>{s}</li>
				))}
			</ul>
			<h3>{t('assess.comparison')}</h3>
			<p>{level.comparison}</p>
			{level.links.length > 0 && (
				<>
					<h3>{t('assess.learnMore')}</h3>
					<ul>
						{level.links.map((l) => (
							<li key={l.href}>
								<a href={href(l.href)}>{l.text}</a>
							</li>
						))}
					</ul>
				</>
			)}
		</div>
	);
}
