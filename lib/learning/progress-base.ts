/**
 * The little every page needs to know about the reader's progress before loading the rest of it
 * (progress.ts): where it is stored, the event that says it changed, and how long reading takes.
 * A page with no progress stored loads nothing more.
 */

/** The storage key of the progress record. */
export const PROGRESS_KEY = "cache-lab:progress";

/** Event dispatched on the page's global object after each change of the page's progress. */
export const PROGRESS_EVENT = "cache-lab:progress";

/** How long a tutorial page must be open before reaching its end marks it read. */
export const READ_MIN_MS = 30_000;
