/**
 * An ordering question's answer after giving item `id` the place `position` (0-based; -1 takes its
 * place away). `order[i]` is the id in place i, '' where none is placed yet. The item that held that
 * place is never dropped: it takes the moved item's old place, or the first free one, and is reported
 * in `moved` so the page can say so.
 *
 * `from` is the answer as it was when the learner started on this list: arrowing through a list with
 * the keyboard gives several places in a row, and each one is applied to that starting answer, so
 * the places passed on the way do not push other items around.
 */
export function placeItem(
	from: readonly string[],
	size: number,
	id: string,
	position: number,
): { order: string[]; moved?: { id: string; position: number } } {
	const order = Array.from({ length: size }, (_, i) => from[i] ?? '');
	const old = order.indexOf(id);
	if (old >= 0) order[old] = '';
	if (position < 0 || position >= size) return { order };
	const other = order[position]!;
	order[position] = id;
	if (!other) return { order };
	const to = old >= 0 ? old : order.indexOf('');
	order[to] = other;
	return { order, moved: { id: other, position: to } };
}
