/**
 * Two tabs showing the same example share one saved edit. When the other tab writes it, this tab
 * learns of it through the page's `storage` event; this decides what to do so that neither tab
 * silently destroys the other's work.
 */
import { storedCode, type EditStore } from "./edit-store";

/** The parts of a `StorageEvent` the rule reads. */
export interface StorageChange {
  /** The changed key; null when the other tab cleared the whole storage. */
  key: string | null;
  oldValue: string | null;
  newValue: string | null;
}

/**
 * What this tab should do: nothing; take the other tab's code (this tab had nothing of its own that
 * the change would lose); or ask the reader which code to keep.
 */
export type OtherTabOutcome = { kind: "none" } | { kind: "adopt"; code: string } | { kind: "conflict"; theirs: string };

/**
 * Reads a storage change for `example`. `mine` is the code this tab holds (typed, saved or not).
 * Taking the other tab's code is safe only when this tab's code is exactly what was saved before the
 * change: otherwise this tab has work the other never saw, and the reader must choose.
 */
export function otherTabEdit(
  store: Pick<EditStore, "keyOf">,
  change: StorageChange,
  example: string,
  original: string,
  mine: string,
): OtherTabOutcome {
  if (change.key !== null && change.key !== store.keyOf(example)) return { kind: "none" };
  const before = storedCode(change.oldValue, original);
  const after = storedCode(change.newValue, original);
  if (after === mine) return { kind: "none" };
  if (before === mine) return { kind: "adopt", code: after };
  return { kind: "conflict", theirs: after };
}
