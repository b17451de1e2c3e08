/**
 * Prints one part of the page alone (shared.css hides everything else while a part is marked
 * `print-alone`), then unmarks it.
 */
export function printAlone(part: HTMLElement) {
	for (const other of document.querySelectorAll('.print-alone'))
		if (other !== part) other.classList.remove('print-alone');
	part.classList.add('print-alone');
	addEventListener('afterprint', () => part.classList.remove('print-alone'), { once: true });
	print();
}
