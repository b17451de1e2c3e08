import type { OfflineManifest } from '../../lib/offline/manifest';
import type { DownloadRecord } from '../../schemas/download';
import { formatBytes } from '../../lib/format';
import { onRecordsChanged } from '../../lib/storage/broadcast';
import { records } from '../records-client';
import { downloadsOf, keptBytes, partsOf, pendingOf } from '../../lib/storage/downloads';

/** The code that fetches and removes, loaded when first used (it is not needed to show the state). */
const run = () => import('../../lib/storage/download-course');

/**
 * `<course-download>` on a course page: "Download for offline use (size)", a progress bar, then
 * "Available offline" with Update (only what changed) and Remove. Strings come as data attributes.
 */
class CourseDownload extends HTMLElement {
	#manifest: OfflineManifest | undefined;
	#busy = false;
	#q = <T extends Element>(s: string) => this.querySelector<T>(s)!;
	#t = (key: string, vars: Record<string, string> = {}) =>
		(this.dataset[key] ?? '').replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
	#size = (n: number) => formatBytes(n, this.dataset.lang ?? 'en');

	async connectedCallback() {
		if (!('serviceWorker' in navigator) || !('caches' in window))
			return this.#say(this.#t(isSecureContext ? 'unsupported' : 'needsHttps'));
		if (!isSecureContext) return this.#say(this.#t('needsHttps'));
		this.#manifest = await fetch(this.dataset.manifest!, { cache: 'no-cache' })
			.then((r) => (r.ok ? (r.json() as Promise<OfflineManifest>) : undefined))
			.catch(() => undefined);
		this.#q('[data-download]').addEventListener('click', () => void this.#download());
		this.#q('[data-remove]').addEventListener('click', () => void this.#remove());
		await this.#render();
		onRecordsChanged(({ stores }) => {
			if (stores.includes('downloads') && !this.#busy) void this.#render();
		});
		// With the worker in control, fetch it now, so that Remove also works later with no connection.
		if (navigator.serviceWorker.controller) void run();
	}

	async #render() {
		const db = await records();
		if (!db) return this.#say(this.#t('unsupported'));
		const saved = await downloadsOf(db);
		const parts = this.#manifest ? partsOf(this.#manifest) : [];
		const mine = saved.find((r) => r.id === `${this.dataset.locale}/${this.dataset.course}`);
		const button = this.#q<HTMLButtonElement>('[data-download]');
		const pending = pendingOf(parts, saved);
		this.#q<HTMLElement>('[data-state]').textContent = mine ? this.#t('done') : '';
		this.#q<HTMLElement>('[data-saved]').textContent = mine
			? this.#t('savedOn', { date: this.#date(mine), size: this.#size(keptBytes(saved, mine)) })
			: '';
		this.#q<HTMLButtonElement>('[data-remove]').hidden = !mine;
		// What the language's shared parts (hub pages and search) still cost, counted once.
		const shared = pendingOf(
			parts.filter((p) => !p.course),
			saved,
		);
		this.#q<HTMLElement>('[data-shared]').textContent =
			!mine && shared > 0 ? this.#t('shared', { size: this.#size(shared) }) : '';
		// Offline with nothing saved, or no manifest: nothing to offer.
		button.hidden = !this.#manifest || (!!mine && pending === 0);
		button.textContent = !mine
			? this.#t('button', { size: this.#size(pending) })
			: this.#t('update', { size: this.#size(pending) });
		if (mine && this.#manifest && pending === 0)
			this.#q<HTMLElement>('[data-state]').textContent = `${this.#t('done')}. ${this.#t('upToDate')}`;
		this.toggleAttribute('data-ready', true);
	}

	async #download() {
		const db = await records();
		if (!db || !this.#manifest || this.#busy) return;
		this.#busy = true;
		const progress = this.#q<HTMLProgressElement>('progress');
		const text = this.#q<HTMLElement>('[data-progress]');
		const button = this.#q<HTMLButtonElement>('[data-download]');
		const wasSaved = !this.#q<HTMLButtonElement>('[data-remove]').hidden;
		button.disabled = true;
		progress.hidden = false;
		try {
			const { download } = await run();
			const fetched = await download(db, this.#manifest, (done, total) => {
				progress.max = Math.max(total, 1);
				progress.value = done;
				text.textContent = this.#t('progress', { done: this.#size(done), total: this.#size(total) });
			});
			text.textContent = '';
			this.#announce(wasSaved ? this.#t('updated', { size: this.#size(fetched) }) : this.#t('done'));
		} catch (error) {
			// A DownloadError says why; anything else (the code itself not arriving) is the network.
			const reason = (error as { reason?: string } | null)?.reason;
			this.#announce(this.#t(reason === 'full' ? 'full' : 'failed'));
			button.textContent = this.#t('retry');
			button.disabled = false;
			this.#busy = false;
			return;
		}
		progress.hidden = true;
		button.disabled = false;
		this.#busy = false;
		await this.#render();
	}

	async #remove() {
		const db = await records();
		if (!db) return;
		const { remove } = await run();
		const freed = await remove(db, this.dataset.locale!, this.dataset.course!);
		await this.#render();
		this.#announce(this.#t('removed', { size: this.#size(freed) }));
		this.#q<HTMLButtonElement>('[data-download]').focus();
	}

	#date(record: DownloadRecord) {
		return new Intl.DateTimeFormat(this.dataset.lang, { dateStyle: 'long' }).format(new Date(record.updatedAt));
	}

	#announce(message: string) {
		this.#q<HTMLElement>('[data-message]').textContent = message;
	}

	#say(message: string) {
		this.#q<HTMLElement>('[data-message]').textContent = message;
		this.#q<HTMLButtonElement>('[data-download]').hidden = true;
		this.toggleAttribute('data-ready', true);
	}
}

customElements.define('course-download', CourseDownload);
