/** Saves a file through the browser's download. */
export function saveBlob(blob: Blob, name: string) {
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(a);
	a.click();
	a.remove();
	// Revoke later: some browsers start the download asynchronously.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves `data` as a JSON file. */
export function download(name: string, data: unknown) {
	saveBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), name);
}
