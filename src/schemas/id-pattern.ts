/**
 * The one pattern for ids that name content (courses, lessons, quizzes, questions, options,
 * assessments, levels, templates, fields) and so arrive from outside in links, files, backups and
 * reports: lower-case letters, digits and hyphens. Besides `__proto__` and `toString`, which the
 * letters already refuse, it refuses `constructor`, the one lower-case name every plain object
 * inherits: an id that reads `Object.prototype` instead of data broke whole pages. Plain regular
 * expressions, no zod, so lesson pages can check progress records within their byte budget.
 */
const SEGMENT = '(?!constructor(?:/|$))[a-z0-9][a-z0-9-]*';

/** One id: `foundations`, `what-is-ai`, `risk-check`. */
export const ID_PATTERN = new RegExp(`^${SEGMENT}$`);
/** A lesson: `<course>/<lesson>`. */
export const LESSON_ID_PATTERN = new RegExp(`^${SEGMENT}/${SEGMENT}$`);
/** An assignment item: a course, quiz, assessment or template id, or a lesson. */
export const ITEM_ID_PATTERN = new RegExp(`^${SEGMENT}(?:/${SEGMENT})?$`);
/** Saved answers: `quiz/<course>` or `check/<course>/<lesson>`. */
export const SAVED_ANSWERS_ID_PATTERN = new RegExp(`^(?:quiz/${SEGMENT}|check/${SEGMENT}/${SEGMENT})$`);
