import { describe, expect, it } from 'vitest';
import { iconSprite } from '../../src/lib/icon-sprite';

const menu = '<path d="M3 8h18a1 1 0 1 0 0-2H3"/>';
const page = (extra = '') =>
	`<button><svg aria-hidden="true" class="open-menu" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1em;">${menu}</svg>Menu</button>${extra}`;

describe('the icon sprite', () => {
	it('keeps one symbol per drawing and each icon its own attributes', () => {
		const other = '<svg class="caret" viewBox="0 0 24 24"><path d="m14 11-4-4"/><path d="M1 1h2"/></svg>';
		const sprite = iconSprite([page(), page(other)]);
		expect(sprite.svg.match(/<symbol /g)).toHaveLength(2);
		expect(sprite.svg).toContain(`viewBox="0 0 24 24">${menu}</symbol>`);
		const out = sprite.rewrite(page(other), '/academy/icons.svg');
		expect(out).not.toContain('<path');
		const id = /<symbol id="(i[0-9a-f]{8})" viewBox="0 0 24 24"><path d="M3 8h18/.exec(sprite.svg)![1];
		expect(out).toContain(
			`<svg aria-hidden="true" class="open-menu" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1em;"><use href="/academy/icons.svg#${id}"/></svg>Menu`,
		);
	});

	it('leaves icons with anything but paths, and names symbols by their drawing, whatever the page order', () => {
		const text = '<svg viewBox="0 0 10 10"><text>A</text></svg>';
		const noBox = `<svg width="4">${menu}</svg>`;
		const sprite = iconSprite([text + noBox]);
		expect(sprite.svg).not.toContain('<symbol');
		expect(sprite.rewrite(text + noBox, '/icons.svg')).toBe(text + noBox);
		const a = iconSprite([page(), page('<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>')]).svg;
		const b = iconSprite([page('<svg viewBox="0 0 1 1"><path d="M0 0"/></svg>'), page()]).svg;
		expect(a).toBe(b);
	});
});
