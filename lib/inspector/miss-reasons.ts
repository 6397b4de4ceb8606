/**
 * "Why was this a miss?": lib/streamlit puts a {@link MissReason} on every miss event; this turns
 * it into a sentence a reader understands and, for a first call of a function that was called
 * before with other arguments, names the argument that changed.
 */
import type { KeyArgument, MissReason } from "../streamlit/types";
import { changedArguments, type ArgumentChange } from "./key-summary";

/** Machine-readable cause of a miss: the event's reason, or "argument-changed" worked out here. */
export type MissCode = MissReason | "argument-changed";

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
 * Explains a miss from its reason and arguments and, when known, the arguments of the previous
 * call of the same function (in this run or an earlier one).
 */
export function explainMiss(
  reason: MissReason,
  args: readonly KeyArgument[],
  previousArgs?: readonly KeyArgument[],
): MissExplanation {
  switch (reason) {
    case "expired":
      return { code: reason, text: "expired: the entry was older than its ttl, so it was removed and computed again" };
    case "evicted":
      return { code: reason, text: "evicted: maxEntries was reached and this entry was the least recently used one" };
    case "cleared":
      return { code: reason, text: "cleared: .clear() or Clear cache removed the entry" };
    case "code-changed":
      return { code: reason, text: "code changed: the function's source changed, so it has a new, empty cache" };
    case "invalid":
      return {
        code: reason,
        text: "validate returned false for the stored object, so it was dropped and computed again",
      };
    case "session-ended":
      return { code: reason, text: "the session that owned this session-scoped entry ended" };
    case "first-call": {
      const changes = previousArgs ? changedArguments(previousArgs, args) : [];
      if (changes.length > 0)
        return { code: "argument-changed", text: changes.map(describeChange).join("; "), changes };
      return { code: reason, text: "first call with these arguments: nothing was cached for them yet" };
    }
    default: {
      // A new MissReason must get its sentence here: this line stops compiling until it does.
      const unknown: never = reason;
      throw new Error(`explainMiss: unknown reason ${JSON.stringify(unknown)}`);
    }
  }
}
