/**
 * Remembers which examples the reader has run in this browser. A share link may ask to run its code on
 * open; that is honoured only for an example the reader has run before, so a link alone never makes a
 * stranger's code run in a reader's browser the first time they see it.
 */
import type { KeyValueStorage } from "@/lib/sandbox/edit-store";

/** Per-example "has run before" flags; see {@link createRunHistory}. */
export interface RunHistory {
  /** The reader has run `example` in this browser before. */
  hasRun(example: string): boolean;
  /** Records that the reader ran `example`. */
  markRun(example: string): void;
}

/** Creates a run history over `storage` (localStorage on the page). Never throws: broken storage remembers nothing. */
export function createRunHistory(storage: KeyValueStorage, prefix = "cache-lab:ran:"): RunHistory {
  return {
    hasRun(example) {
      try {
        return storage.getItem(prefix + example) !== null;
      } catch {
        return false;
      }
    },
    markRun(example) {
      try {
        storage.setItem(prefix + example, "1");
      } catch {
        // Storage full or disabled: a later autorun link will then wait for a click, which is the safe side.
      }
    },
  };
}
