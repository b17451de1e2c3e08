import { describe, expect, it } from 'vitest';
import { placeItem } from '../../src/lib/quiz/place-item';

describe('giving an item its place in an ordering question', () => {
	it('places an item in a free place', () => {
		expect(placeItem([], 3, 'b', 1)).toEqual({ order: ['', 'b', ''] });
		expect(placeItem(['a', '', ''], 3, 'a', 2)).toEqual({ order: ['', '', 'a'] });
	});

	it('swaps two items when the place is taken, and says which one moved', () => {
		expect(placeItem(['a', 'b', 'c'], 3, 'c', 0)).toEqual({
			order: ['c', 'b', 'a'],
			moved: { id: 'a', position: 2 },
		});
	});

	it('moves the other item to the first free place when the moved one had none, so nothing is lost', () => {
		expect(placeItem(['a', '', 'b'], 3, 'c', 0)).toEqual({
			order: ['c', 'a', 'b'],
			moved: { id: 'a', position: 1 },
		});
	});

	it('takes a place away only when asked (the empty entry of the list)', () => {
		expect(placeItem(['a', 'b', 'c'], 3, 'b', -1)).toEqual({ order: ['a', '', 'c'] });
	});

	it('arrowing through the places from one starting answer ends where the learner stops, others untouched', () => {
		const start = ['b', 'a', ''];
		// The learner gives c the places 1, 2, then 3 by pressing the down arrow; each applies to `start`.
		const steps = [0, 1, 2].map((p) => placeItem(start, 3, 'c', p).order);
		expect(steps).toEqual([
			['c', 'a', 'b'],
			['b', 'c', 'a'],
			['b', 'a', 'c'],
		]);
	});
});
