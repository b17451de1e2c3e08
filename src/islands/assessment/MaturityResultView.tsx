import type { DimensionResult } from '../../lib/assessment/score';
import type { T } from '../../i18n/t';

/**
 * Readiness by dimension, weakest first: a bar chart (an SVG image with a text name; the table below
 * carries the same numbers for screen readers and print) and a table with the advice.
 */
export function MaturityResultView({
	results,
	t,
	lang,
	dir,
	href,
}: {
	results: DimensionResult[];
	t: T;
	lang: string;
	dir: 'ltr' | 'rtl';
	href: (path: string) => string;
}) {
	const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
	const rtl = dir === 'rtl';
	const width = 320;
	const row = 52;
	return (
		<div class="maturity-result">
			{/* Bars grow from the start edge: the left in left-to-right languages, the right otherwise. */}
			<svg
				role="img"
				aria-label={t('assess.chartLabel')}
				viewBox={`0 0 ${width} ${results.length * row}`}
				class="maturity-chart"
				direction={dir}
			>
				{results.map((r, i) => {
					const y = i * row;
					const bar = ((r.average ?? 0) / 4) * width;
					return (
						<g key={r.dimension.id} data-band={r.band ?? 'none'}>
							<text x={rtl ? width : 0} y={y + 16} text-anchor="start">
								{r.dimension.label}: {r.average === undefined ? t('assess.notRated') : number.format(r.average)}
							</text>
							<rect x={0} y={y + 24} width={width} height={14} class="track" />
							<rect x={rtl ? width - bar : 0} y={y + 24} width={bar} height={14} class="bar" />
						</g>
					);
				})}
			</svg>
			<table>
				<thead>
					<tr>
						<th scope="col">{t('assess.dimension')}</th>
						<th scope="col">{t('assess.average')}</th>
						<th scope="col">{t('assess.advice')}</th>
					</tr>
				</thead>
				<tbody>
					{results.map((r) => (
						<tr key={r.dimension.id}>
							<th scope="row">{r.dimension.label}</th>
							<td>{r.average === undefined ? t('assess.notRated') : number.format(r.average)}</td>
							<td>
								{r.band && <p>{r.dimension.advice[r.band]}</p>}
								{r.dimension.links.length > 0 && (
									<ul>
										{r.dimension.links.map((l) => (
											<li key={l.href}>
												<a href={href(l.href)}>{l.text}</a>
											</li>
										))}
									</ul>
								)}
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
