/**
 * The assignment format's version, apart from its zod schema so that the page a learner opens from a
 * link can check it without loading zod (src/lib/exchange/read-assignment.ts).
 */
export const ASSIGNMENT_VERSION = 1;
