/**
 * The page's check of the cache events and cache snapshots a sandbox sends, before the inspector
 * reads them. The inspector switches on `kind` and `reason` and reads `args` without further
 * checks, so a reason it has no sentence for, or arguments of the wrong shape, are refused here.
 */
import type { CacheEvent, GoneReason, MissReason } from "../streamlit/types";
import { MAX_LABEL } from "./output-limit";

// Records over the unions, so a kind or reason added to lib/streamlit fails to compile here until it is listed.
const KINDS: Record<CacheEvent["kind"], true> = {
  hit: true,
  miss: true,
  compute: true,
  store: true,
  copy: true,
  evict: true,
  expire: true,
  clear: true,
  invalid: true,
  release: true,
  wait: true,
};
const GONE_REASONS: Record<GoneReason, true> = {
  expired: true,
  evicted: true,
  cleared: true,
  invalid: true,
  "session-ended": true,
};
const MISS_REASONS: Record<MissReason, true> = { ...GONE_REASONS, "first-call": true, "code-changed": true };
const REMOVALS = new Set(["evict", "expire", "clear", "invalid", "release"]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isLabel = (value: unknown) => typeof value === "string" && value.length <= MAX_LABEL;
const isNumber = (value: unknown) => typeof value === "number" && Number.isFinite(value);
const isOptionalNumber = (value: unknown) => value === undefined || isNumber(value);
const isMember = (set: object, value: unknown) => typeof value === "string" && Object.hasOwn(set, value);

/** Why `value` is not a list of key arguments (`{ name, repr }`, both short texts), or null. */
export function argsProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return "its args must be a list";
  const bad = value.findIndex((a) => !isRecord(a) || !isLabel(a.name) || !isLabel(a.repr));
  return bad < 0 ? null : `its argument ${bad + 1} needs a name and a repr, as short texts`;
}

/** Why `value` is not a cache event the inspector can read, or null if it is one. */
export function cacheEventProblem(value: unknown): string | null {
  if (!isRecord(value) || !isMember(KINDS, value.kind)) return "an event needs a known kind";
  const e = value;
  if (!isLabel(e.functionName) || (e.cache !== "data" && e.cache !== "resource"))
    return "an event needs a function name and a cache (data or resource)";
  const args = argsProblem(e.args);
  if (args) return args;
  if (!isNumber(e.at) || !isLabel(e.sessionId) || !isOptionalNumber(e.durationMs) || !isOptionalNumber(e.objectId))
    return "an event needs its time and session, and numbers for its duration and object";
  if (e.kind === "miss" && !isMember(MISS_REASONS, e.reason))
    return `a miss needs a known reason, not ${JSON.stringify(String(e.reason).slice(0, 40))}`;
  if (REMOVALS.has(e.kind as string)) {
    if (!isMember(GONE_REASONS, e.reason))
      return `a ${e.kind as string} event needs a known reason, not ${JSON.stringify(String(e.reason).slice(0, 40))}`;
    if (e.emptied !== undefined && e.emptied !== "cache" && e.emptied !== "session")
      return "emptied must be cache or session";
  }
  if (e.kind === "hit" && e.fromPersistStore !== undefined && e.fromPersistStore !== true)
    return "fromPersistStore must be true when set";
  return null;
}

/** Why `events` is not a run's list of cache events, or null; names the first bad event. */
export function cacheEventsProblem(events: unknown): string | null {
  if (!Array.isArray(events)) return "A result needs its cache events as a list.";
  for (let i = 0; i < events.length; i++) {
    const problem = cacheEventProblem(events[i]);
    if (problem) return `Cache event ${i + 1} is malformed: ${problem}.`;
  }
  return null;
}

function entryProblem(value: unknown): string | null {
  if (!isRecord(value)) return "an entry must be a record";
  const args = argsProblem(value.args);
  if (args) return args;
  if (value.sessionId !== undefined && !isLabel(value.sessionId)) return "its session must be a short text";
  if (![value.sizeBytes, value.ageMs, value.hits, value.objectId].every(isNumber))
    return "an entry needs its size, age, hits and object as numbers";
  return value.ttlLeftMs === null || isNumber(value.ttlLeftMs) ? null : "its ttl left must be a number or null";
}

/** Why `value` is not the caches' state (snapshot and clock offset) the inspector can show, or null. */
export function cacheStateProblem(value: unknown): string | null {
  if (!isRecord(value) || !Array.isArray(value.snapshot) || !isNumber(value.clockOffsetMs))
    return "The caches need a snapshot list and a clock offset.";
  for (const fn of value.snapshot) {
    if (
      !isRecord(fn) ||
      !isLabel(fn.functionName) ||
      (fn.cache !== "data" && fn.cache !== "resource") ||
      (fn.scope !== "global" && fn.scope !== "session") ||
      !Array.isArray(fn.entries)
    ) {
      return "Each cached function needs a name, a cache, a scope and a list of entries.";
    }
    for (let i = 0; i < fn.entries.length; i++) {
      const problem = entryProblem(fn.entries[i]);
      if (problem) return `Entry ${i + 1} of ${fn.functionName} is malformed: ${problem}.`;
    }
  }
  return null;
}
