/**
 * How far ahead of this device's clock a "made at" time may be: a day, for time zones and phones whose
 * clock is a little off. Anything later is refused: a report dated 9999 would otherwise stay the newest
 * for ever and no later report could replace it.
 */
export const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** Whether an ISO time lies more than a day after `now`. */
export function isFuture(iso: string, now: Date): boolean {
	const at = Date.parse(iso);
	return Number.isNaN(at) || at > now.getTime() + MAX_CLOCK_SKEW_MS;
}

/** The first of these ISO times (absent ones skipped) that lies too far in the future. */
export function firstFuture(stamps: (string | undefined)[], now: Date): string | undefined {
	return stamps.find((s): s is string => s !== undefined && isFuture(s, now));
}
