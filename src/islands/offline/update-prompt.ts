import { Workbox } from 'workbox-window';

/**
 * Registers the service worker and, when a new version waits, offers a reload, politely and only
 * while no quiz or form holds unsaved answers (`form[data-unsaved]`). Nothing reloads by itself.
 */
export function registerWorker() {
	const base = import.meta.env.BASE_URL;
	const wb = new Workbox(`${base}sw.js`, { scope: base });
	wb.addEventListener('waiting', () => offerReload(wb));
	void wb.register();
}

function offerReload(wb: Workbox) {
	if (document.querySelector('form[data-unsaved]')) {
		// Ask again once the answers are checked or the learner has moved on.
		setTimeout(() => offerReload(wb), 3000);
		return;
	}
	const template = document.querySelector<HTMLTemplateElement>('template#update-prompt');
	if (!template || document.getElementById('update-prompt')) return;
	document.body.append(template.content.cloneNode(true));
	const prompt = document.getElementById('update-prompt')!;
	prompt.querySelector('[data-reload]')!.addEventListener('click', () => {
		wb.addEventListener('controlling', () => location.reload());
		wb.messageSkipWaiting();
	});
	prompt.querySelector('[data-later]')!.addEventListener('click', () => prompt.remove());
}
