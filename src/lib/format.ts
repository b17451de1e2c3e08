/** A size in the learner's language: "420 kB", "1.2 MB" (decimal units, as phones show storage). */
export function formatBytes(bytes: number, lang: string): string {
	const [value, unit] =
		bytes >= 1e9 ? [bytes / 1e9, 'gigabyte'] : bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
	return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
}

/** A due date (`YYYY-MM-DD`, a calendar day) in the reader's language, with no time zone shift. */
export function formatDue(due: string, lang: string): string {
	const [y, m, d] = due.split('-').map(Number) as [number, number, number];
	return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** A percentage given from 0 to 100, in the reader's language, whole: "85%", "٨٥٪", "85 %". */
export function formatPercent(percent: number, lang: string): string {
	return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(percent / 100);
}
