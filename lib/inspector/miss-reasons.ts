/**
 * "Why was this a miss?": lib/streamlit puts a short reason on every miss event; this turns it into
 * a code the page can branch on and a sentence a reader understands, and, for a first call of a
 * function that was called before with other arguments, names the argument that changed.
 */
import { changedArguments, type ArgumentChange } from "./key-summary";

/** Machine-readable cause of a miss. */
export type MissCode =
  | "first-call"
  | "argument-changed"
  | "code-changed"
  | "expired"
  | "evicted"
  | "cleared"
  | "invalid"
  | "session-ended"
  | "other";

/** Why a call missed, for people and for code. */
export interface MissExplanation {
  code: MissCode;
  /** One plain sentence, e.g. "argument n changed (was 1, now 2)". */
  text: string;
  /** For "argument-changed": which arguments differ from the previous call. */
  changes?: ArgumentChange[];
}

function describeChange(change: ArgumentChange): string {
  const label = change.name === "" ? "an argument" : `argument ${change.name}`;
  if (change.before === undefined) return `${label} was added (now ${change.after})`;
  if (change.after === undefined) return `${label} was left out (was ${change.before})`;
  return `${label} changed (was ${change.before}, now ${change.after})`;
}

/**
 * Explains a miss from its event reason and, when known, the key summary of the previous call of
 * the same function (in this run or an earlier one).
 */
export function explainMiss(reason: string | undefined, keySummary: string, previousKeySummary?: string): MissExplanation {
  switch (reason) {
    case "expired":
      return { code: "expired", text: "expired: the entry was older than its ttl, so it was removed and computed again" };
    case "evicted":
      return { code: "evicted", text: "evicted: maxEntries was reached and this entry was the least recently used one" };
    case "cleared":
      return { code: "cleared", text: "cleared: .clear() or Clear cache removed the entry" };
    case "code changed":
      return { code: "code-changed", text: "code changed: the function's source changed, so it has a new, empty cache" };
    case "validate returned false":
      return { code: "invalid", text: "validate returned false for the stored object, so it was dropped and computed again" };
    case "session ended":
      return { code: "session-ended", text: "the session that owned this session-scoped entry ended" };
    case undefined:
    case "first call": {
      if (previousKeySummary !== undefined && previousKeySummary !== keySummary) {
        const changes = changedArguments(previousKeySummary, keySummary);
        if (changes.length > 0) return { code: "argument-changed", text: changes.map(describeChange).join("; "), changes };
      }
      return { code: "first-call", text: "first call with these arguments: nothing was cached for them yet" };
    }
    default:
      return { code: "other", text: reason };
  }
}
