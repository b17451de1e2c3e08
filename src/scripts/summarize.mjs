// Median and spread of a few runs: the bench reports both, as one run of a simulated page load varies.

/** @param {number[]} values at least one */
export function summarize(values) {
	if (values.length === 0) throw new Error('no values to summarize');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}
