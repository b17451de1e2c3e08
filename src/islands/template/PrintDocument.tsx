import type { TemplateFile } from '../../schemas/template';
import { cellText, rowsOf, valueText, type Values } from '../../lib/templates/values';
import { ownValue } from '../../lib/own-value';

/** The draft as a clean document, shown only when printing (print / save as PDF): no site chrome. */
export function PrintDocument({
	template,
	values,
	name,
	institution,
	guidance,
	empty,
}: {
	template: TemplateFile;
	values: Values;
	name: string;
	institution: string;
	guidance: boolean;
	/** The text for an unanswered field. */
	empty: string;
}) {
	return (
		<article class="print-document print-alone" aria-hidden="true">
			<h1>{template.title}</h1>
			<p class="draft-name" dir="auto">
				{name}
			</p>
			{template.sections.map((s) => (
				<section key={s.id}>
					<h2>{s.title}</h2>
					{s.fields.map((f) => (
						<div key={f.id}>
							<h3>{f.label}</h3>
							{guidance && <p class="guidance">{f.guidance}</p>}
							{f.type === 'table' ? (
								<table>
									<thead>
										<tr>
											{f.columns.map((c) => (
												<th key={c.id}>{c.label}</th>
											))}
										</tr>
									</thead>
									<tbody>
										{rowsOf(values[f.id]).map((row, i) => (
											<tr key={i}>
												{f.columns.map((c) => (
													<td key={c.id} dir="auto">
														{cellText(f, c.id, ownValue(row, c.id))}
													</td>
												))}
											</tr>
										))}
										{rowsOf(values[f.id]).length === 0 && (
											<tr>
												{f.columns.map((c, i) => (
													<td key={c.id}>{i === 0 && <em>{empty}</em>}</td>
												))}
											</tr>
										)}
									</tbody>
								</table>
							) : (
								<p class="answer" dir="auto">
									{valueText(f, values[f.id]) || <em>{empty}</em>}
								</p>
							)}
						</div>
					))}
				</section>
			))}
			<p class="footer">
				{template.title} · {institution}
			</p>
		</article>
	);
}
