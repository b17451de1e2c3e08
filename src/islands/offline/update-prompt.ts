import { Workbox } from 'workbox-window';

/**
 * A new version of the worker waits: offer a reload, politely, and only while no quiz or form holds
 * unsaved answers (`form[data-unsaved]`). Nothing reloads by itself. workbox-window finds the
 * waiting worker and sends it the skip-waiting message.
 */
export function promptForUpdate() {
	const base = import.meta.env.BASE_URL;
	const wb = new Workbox(`${base}sw.js`, { scope: base });
	wb.addEventListener('waiting', () => offerReload(wb));
	void wb.register({ immediate: true });
}

function offerReload(wb: Workbox) {
	const template = document.querySelector<HTMLTemplateElement>('template#update-prompt-template');
	if (!template) return;
	let later = false;
	// Shown only while no quiz or form holds unsaved answers; checked again every few seconds.
	const update = () => {
		const dirty = !!document.querySelector('form[data-unsaved]');
		const shown = document.getElementById('update-prompt');
		if (dirty || later) return shown?.remove();
		if (shown) return;
		document.body.append(template.content.cloneNode(true));
		const prompt = document.getElementById('update-prompt')!;
		prompt.querySelector('[data-reload]')!.addEventListener('click', () => {
			// Reload once the new worker controls the page (or shortly anyway, if it already did).
			navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
			setTimeout(() => location.reload(), 4000);
			wb.messageSkipWaiting();
		});
		prompt.querySelector('[data-later]')!.addEventListener('click', () => {
			later = true;
			prompt.remove();
		});
	};
	update();
	setInterval(update, 2000);
}
