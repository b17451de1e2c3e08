import { templateFile, type TemplateFile } from '../../schemas/template';
import { contentIds, loadLocalized } from '../content-file';

export const templateIds = () => contentIds('templates');

/** A template in a language, or English where it is not translated yet. */
export function loadTemplate(locale: string, id: string): { file: TemplateFile; locale: string } {
	const loaded = loadLocalized('templates', templateFile, locale, id);
	if (!loaded) throw new Error(`No template "${id}"`);
	return loaded;
}
