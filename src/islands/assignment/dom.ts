/**
 * Builds elements for the assignment page, which renders with plain DOM calls rather than Preact: it
 * mostly shows a list, and a learner on a phone should not download a framework for it. Text from
 * outside only ever becomes text nodes or attribute values, never markup.
 */
export type Child = Node | string | number | false | null | undefined | Child[];
type Value = string | number | boolean | undefined | ((event: Event) => unknown);

export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	props: Record<string, Value> = {},
	...children: Child[]
): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	for (const [key, value] of Object.entries(props)) {
		if (typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
		else if (key === 'value') (el as HTMLInputElement).value = String(value);
		else if (value === true) el.setAttribute(key, '');
		else if (value !== false && value !== undefined) el.setAttribute(key, String(value));
	}
	el.append(...flat(children));
	return el;
}

function flat(children: Child[]): (Node | string)[] {
	return children.flatMap((c) =>
		Array.isArray(c)
			? flat(c)
			: c === false || c === null || c === undefined
				? []
				: [typeof c === 'number' ? String(c) : c],
	);
}

/** A message region: a status, or an alert for an error, focused so it is both read out and seen. */
export function messageRegion(): {
	el: HTMLDivElement;
	say: (kind: 'error' | 'done', text: string, focus?: boolean) => void;
} {
	const el = h('div', { tabindex: -1, role: 'status', class: 'academy-message ' });
	return {
		el,
		say(kind, text, focus = true) {
			el.setAttribute('role', kind === 'error' ? 'alert' : 'status');
			el.className = `academy-message ${kind}`;
			el.textContent = text;
			if (focus) requestAnimationFrame(() => el.focus());
		},
	};
}
