/**
 * The keys of the trainer and assignment records, in one place: islands never build them. Assignment
 * ids are checked by their schema (`[A-Za-z0-9_-]{6,24}`) before they reach here.
 */
export const madeKey = (assignmentId: string) => `made/${assignmentId}`;
export const receivedKey = (assignmentId: string) => `received/${assignmentId}`;
export const cohortKey = (assignmentId: string, learnerId: string) => `${assignmentId}/${learnerId}`;
