/**
 * The Web Lock a page holds while it runs an example: the browser lets it go when the page dies, so
 * a page opened later can tell a run that crashed its tab (no live holder) from one still going in
 * another tab. `locks` is `navigator.locks` in a page, a stand-in in tests.
 */

/** The part of the Web Locks API the run lock uses. */
export interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
  query?(): Promise<{ held?: { name?: string }[]; pending?: { name?: string }[] }>;
}

/** The lock held while `example` runs. */
export const runLockName = (example: string) => `cache-lab:run:${example}`;

/** Whether a live page holds `example`'s run lock; undefined where Web Locks cannot say. */
export async function runLockHeld(locks: LockManagerLike | undefined, example: string): Promise<boolean | undefined> {
  try {
    if (!locks?.query) return undefined;
    const state = await locks.query();
    return [...(state.held ?? []), ...(state.pending ?? [])].some((lock) => lock.name === runLockName(example));
  } catch {
    return undefined; // a sandboxed frame without storage access, for one
  }
}

/** Holds `example`'s run lock until the returned function is called. */
export function holdRunLock(locks: LockManagerLike | undefined, example: string): () => void {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  try {
    void locks?.request(runLockName(example), () => released).catch(() => {});
  } catch {
    // No Web Locks here: the journal falls back on the note's age.
  }
  return release;
}
