/**
 * Whether a value parsed from outside nests objects or arrays deeper than `max`. Walked with a list,
 * not by recursion, so a file nested ten thousand levels deep is measured instead of overflowing the
 * stack (which zod and the browser's structured copy into storage would do).
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
	const pending: [unknown, number][] = [[value, 0]];
	while (pending.length) {
		const [next, depth] = pending.pop()!;
		if (typeof next !== 'object' || next === null) continue;
		if (depth >= max) return true;
		for (const child of Object.values(next)) pending.push([child, depth + 1]);
	}
	return false;
}
