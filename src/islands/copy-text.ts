/**
 * Copies the text of a field. The Clipboard API needs a secure address; on a plain-HTTP classroom
 * server, selecting the field and using the older copy command still works in most browsers.
 */
export async function copyField(field: HTMLTextAreaElement | HTMLInputElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(field.value);
		return true;
	} catch {
		field.select();
		try {
			return document.execCommand('copy');
		} catch {
			return false;
		}
	}
}
