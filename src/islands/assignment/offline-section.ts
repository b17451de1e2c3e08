import type { AssignmentPayload } from '../../schemas/assignment';
import type { AcademyDb } from '../../lib/storage/db';
import type { OfflineManifest } from '../../lib/offline/manifest';
import { formatBytes } from '../../lib/format';
import { pendingAll } from '../../lib/storage/downloads';
import { onRecordsChanged } from '../../lib/storage/broadcast';
import { describeItem } from './describe-item';
import { manifestsFor } from './download-all';
import type { PageContext } from './context';
import { h, messageRegion } from './dom';

/**
 * "Download everything in this assignment" for offline study, with its size and a progress bar. The
 * download code loads when the button is pressed.
 */
export function offlineSection(assignment: AssignmentPayload, db: AcademyDb, ctx: PageContext): HTMLElement {
	const { t, lang, catalog } = ctx;
	const size = (n: number) => formatBytes(n, lang);
	const message = messageRegion();
	const body = h('div');
	const section = h(
		'section',
		{ 'aria-labelledby': 'assignment-offline', class: 'assignment-offline' },
		h('h3', { id: 'assignment-offline' }, t('assignment.offlineHeading')),
		body,
		message.el,
	);
	const show = (...children: (Node | string)[]) => body.replaceChildren(...children);
	if (!('serviceWorker' in navigator && 'caches' in window && isSecureContext)) {
		show(h('p', {}, t(isSecureContext ? 'download.unsupported' : 'download.needsHttps')));
		return section;
	}

	let manifests: OfflineManifest[] | undefined;
	let failed = false;
	let busy = false;

	async function recount() {
		if (!manifests || busy) return;
		const pending = await pendingAll(db, manifests);
		if (busy) return;
		if (pending === 0) return show(h('p', { class: 'state' }, t('assignment.offlineDone')));
		show(
			h(
				'button',
				{ type: 'button', class: 'academy-button', onclick: () => void start(pending) },
				failed ? t('download.retry') : t('assignment.offlineButton', { size: size(pending) }),
			),
		);
	}

	async function start(pending: number) {
		if (!manifests) return;
		busy = true;
		failed = false;
		const button = body.querySelector('button');
		if (button) button.disabled = true;
		const bar = h('progress', { max: Math.max(pending, 1), value: 0, 'aria-hidden': 'true' });
		const words = h('span', {}, t('download.progress', { done: size(0), total: size(pending) }));
		body.append(h('p', {}, bar, ' ', words));
		const { downloadAll, DownloadError } = await import('../../lib/storage/download-course');
		try {
			await downloadAll(db, manifests, (done, total) => {
				bar.max = Math.max(total, 1);
				bar.value = done;
				words.textContent = t('download.progress', { done: size(done), total: size(total) });
			});
			message.say('done', t('assignment.offlineDone'));
		} catch (error) {
			failed = true;
			message.say(
				'error',
				t(error instanceof DownloadError && error.reason === 'full' ? 'download.full' : 'download.failed'),
			);
		}
		busy = false;
		await recount();
	}

	const described = assignment.items.map((i) => describeItem(i, catalog));
	const courses = [...new Set(described.map((d) => d?.course).filter((c): c is string => !!c))];
	const pages = assignment.items
		.map((item, i) => (item.kind === 'assessment' || item.kind === 'template' ? described[i]?.href : undefined))
		.filter((p): p is string => !!p);
	void manifestsFor(
		ctx.base,
		ctx.locale,
		courses,
		pages,
		catalog.courses.map((c) => c.id),
	).then((found) => {
		if (!found) return show(h('p', {}, t('assignment.offlineUnavailable')));
		manifests = found;
		// Recount whenever a download anywhere on the device changes.
		onRecordsChanged(({ stores }) => stores.includes('downloads') && void recount());
		return recount();
	});
	return section;
}
