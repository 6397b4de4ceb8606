/**
 * Groups a run's cache events into steps a reader can follow: one step per cached call
 * (miss → compute → store, or hit → copy, or hit → same object) and one per entry that left a
 * cache (evicted, expired, cleared, rejected by validate, released).
 */
import type { CacheEvent, CacheKind, KeyArgument, RemovalEvent } from "../streamlit/types";
import { formatDuration } from "./format";
import { keySummary } from "./key-summary";
import { explainMiss, type MissExplanation } from "./miss-reasons";

/** How a call's value reached the script. */
export type Handout = "computed" | "same-object" | "copy" | "not-stored";

/** One cached call of a run. */
export interface CallStep {
  type: "call";
  functionName: string;
  cache: CacheKind;
  /** The call's arguments as the panel writes them, `n=1, s="x"` (see {@link keySummary}). */
  keySummary: string;
  outcome: "hit" | "miss";
  /** The call waited for another session computing the same key first. */
  waited: boolean;
  handout: Handout;
  /** Identity number of the object the script received, when it is an object. */
  objectId?: number;
  computeMs?: number;
  copyMs?: number;
  /** Set on misses. */
  miss?: MissExplanation;
  /** The steps as short labels, e.g. ["miss", "compute 12 ms", "store #7"]. */
  chain: string[];
}

/** An entry leaving a cache, or a resource being released. */
export interface RemovalStep {
  type: "removal";
  kind: "evict" | "expire" | "clear" | "invalid" | "release";
  functionName: string;
  cache: CacheKind;
  /** The entry's arguments as the panel writes them, or which entries a whole clear removed. */
  keySummary: string;
  objectId?: number;
  /** One plain sentence, e.g. "evicted (maxEntries reached, least recently used)". */
  text: string;
}

/** A step of a run, in the order it happened. */
export type RunStep = CallStep | RemovalStep;

const REMOVAL_TEXT: Record<RemovalStep["kind"], string> = {
  evict: "evicted: maxEntries was reached and it was the least recently used entry",
  expire: "expired: older than its ttl",
  clear: "cleared",
  invalid: "dropped: validate returned false",
  release: "released (onRelease ran)",
};

/** The identity of a function, as the inspector keys it. */
export function functionKey(cache: CacheKind, functionName: string): string {
  return `${cache}\u0000${functionName}`;
}

const objectLabel = (id: number | undefined) => (id === undefined ? "a plain value" : `#${id}`);

/** What a removal step names inside the call's parentheses: the entry's arguments, or which entries a clear emptied. */
function removalSummary(e: RemovalEvent): string {
  if (e.emptied === "cache") return "(all entries)";
  if (e.emptied === "session") return "(this session's entries)";
  return keySummary(e.args);
}

/**
 * Groups the events of one run. `lastCall` maps {@link functionKey} to the arguments of that
 * function's latest call before this run; it is updated in place, so folding runs in order gives
 * each miss the call before it, even across runs.
 */
export function groupRunEvents(
  events: readonly CacheEvent[],
  lastCall: Map<string, readonly KeyArgument[]>,
): RunStep[] {
  const steps: RunStep[] = [];
  // Calls still waiting for their compute/store or copy, by function and key (calls may interleave).
  const open = new Map<string, CallStep>();
  const openKey = (e: CacheEvent) => `${functionKey(e.cache, e.functionName)}\u0000${keySummary(e.args)}`;

  const start = (e: CacheEvent, outcome: "hit" | "miss", waited: boolean): CallStep => {
    const fk = functionKey(e.cache, e.functionName);
    const step: CallStep = {
      type: "call",
      functionName: e.functionName,
      cache: e.cache,
      keySummary: keySummary(e.args),
      outcome,
      waited,
      handout: outcome === "miss" ? "not-stored" : e.cache === "resource" ? "same-object" : "copy",
      chain: waited ? ["wait", outcome] : [outcome],
    };
    if (e.kind === "miss") step.miss = explainMiss(e.reason, e.args, lastCall.get(fk));
    lastCall.set(fk, e.args);
    return step;
  };

  for (const e of events) {
    const key = openKey(e);
    switch (e.kind) {
      case "wait": {
        // The engine reports a wait each time it finds the key still locked; one step is enough.
        if (open.get(key)?.chain.join() === "wait") break;
        const step = start(e, "hit", true);
        step.chain = ["wait"];
        open.set(key, step);
        steps.push(step);
        break;
      }
      case "hit":
      case "miss": {
        const waiting = open.get(key);
        let step: CallStep;
        if (waiting && waiting.chain.length === 1 && waiting.chain[0] === "wait") {
          step = waiting;
          step.outcome = e.kind;
          step.chain.push(e.kind);
          if (e.kind === "miss") {
            step.handout = "not-stored";
            step.miss = explainMiss(e.reason, e.args, lastCall.get(functionKey(e.cache, e.functionName)));
          }
        } else {
          step = start(e, e.kind, false);
          steps.push(step);
        }
        step.objectId = e.objectId;
        if (e.kind === "hit" && e.cache === "resource") {
          step.chain.push(`same object ${objectLabel(e.objectId)}`);
          open.delete(key);
        } else {
          open.set(key, step);
        }
        break;
      }
      case "compute": {
        const step = open.get(key);
        if (!step) break;
        step.computeMs = e.durationMs;
        step.objectId = e.objectId;
        step.chain.push(`compute ${formatDuration(e.durationMs ?? 0)}`);
        break;
      }
      case "store": {
        const step = open.get(key);
        if (!step) break;
        step.handout = "computed";
        step.objectId = e.objectId ?? step.objectId;
        step.chain.push(`store ${objectLabel(step.objectId)}`);
        open.delete(key);
        break;
      }
      case "copy": {
        const step = open.get(key);
        if (!step) break;
        step.copyMs = e.durationMs;
        step.objectId = e.objectId;
        step.handout = "copy";
        step.chain.push(`copy ${formatDuration(e.durationMs ?? 0)} → ${objectLabel(e.objectId)}`);
        open.delete(key);
        break;
      }
      case "evict":
      case "expire":
      case "clear":
      case "invalid":
      case "release":
        steps.push({
          type: "removal",
          kind: e.kind,
          functionName: e.functionName,
          cache: e.cache,
          keySummary: removalSummary(e),
          objectId: e.objectId,
          text: e.emptied === "cache" ? "cleared: every entry" : REMOVAL_TEXT[e.kind],
        });
        break;
    }
  }
  return steps;
}
