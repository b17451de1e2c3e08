/**
 * The value a plain object holds under `key` itself, never one it inherits: for objects that cross
 * from the build to the page as JSON (level labels, question prompts) looked up by an id that came
 * from a record, a report or a link, where `constructor` would otherwise find `Object`.
 */
export function ownValue<T>(object: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(object, key) ? object[key] : undefined;
}
