/**
 * The inspector's whole view, as plain data the panel renders without further thought: the
 * caches' entries (from the server's snapshot), the last run's steps, object identity across
 * runs, mutation notes tied to the object they concern, and one sentence for the live region.
 */
import type { CacheEntrySnapshot, CacheFunctionSnapshot, CacheKind, MutationReport } from "../streamlit/types";
import { formatAge, formatBytes, formatClockOffset, formatDuration } from "./format";
import type { InspectorHistory } from "./history";
import { identityLines, type IdentityLine } from "./identity";
import { keySummary } from "./key-summary";
import type { RunStep } from "./run-steps";

/** One row of the entries table. */
export interface EntryRow {
  /** The arguments that made the entry's key (its "which argument" column). */
  args: string;
  size: string;
  age: string;
  /** "—" without a ttl, "expired" once it ran out (the entry leaves at its next read). */
  ttlLeft: string;
  expired: boolean;
  hits: number;
  /** Identity number of the held object; 0 for a plain value (a number, a string), which has none. */
  objectId: number;
  /** "#7", or "plain value" when the entry holds no object. */
  object: string;
  /** Set when a remembered run changed this object in place (the mutation warning's object). */
  mutatedInRun?: number;
}

/** One cached function and its entries. */
export interface FunctionView {
  functionName: string;
  cache: CacheKind;
  /** "st.cacheData" or "st.cacheResource". */
  api: string;
  scope: "global" | "session";
  entries: EntryRow[];
}

/** A mutation warning, tied to the object it concerns. */
export interface MutationNote {
  runNumber: number;
  functionName: string;
  objectId: number;
  changes: string[];
  /** Whether an entry with this object is still in a cache (so the note can link to its row). */
  inCache: boolean;
  text: string;
}

/** Everything the panel shows. */
export interface InspectorView {
  /** Number of the last run remembered, or null before the first run. */
  runNumber: number | null;
  functions: FunctionView[];
  entryCount: number;
  /** The last run's steps, in order. */
  steps: RunStep[];
  identity: IdentityLine[];
  mutations: MutationNote[];
  /** The emulated server's clock, e.g. "+1 h" or "real time". */
  clock: string;
  /** One sentence about the last run for the live region, "" before the first run. */
  announcement: string;
}

/** Steps read out by the live region; a script making hundreds of calls gets a count for the rest. */
export const ANNOUNCED_STEPS = 5;

function summarizeStep(step: RunStep): string {
  if (step.type === "removal") return `${step.functionName}(${step.keySummary}) ${step.text}`;
  const chain = step.chain.join(", ");
  const why = step.miss ? ` (${step.miss.text})` : "";
  return `${step.functionName}: ${chain}${why}`;
}

/** An entry's "which argument" cell; a session-scoped entry starts with its session, `[s1] n=1`. */
function entryArgs(e: CacheEntrySnapshot): string {
  const summary = e.sessionId === undefined ? keySummary(e.args) : `[${e.sessionId}] ${keySummary(e.args)}`;
  return summary === "" ? "(no arguments)" : summary;
}

/** Builds the view from what the inspector remembers, the latest snapshot and the clock offset. */
export function buildInspectorView(
  history: InspectorHistory,
  snapshot: readonly CacheFunctionSnapshot[],
  clockOffsetMs: number,
): InspectorView {
  const latest = history.runs[history.runs.length - 1];

  const mutatedIn = new Map<number, MutationReport & { runNumber: number }>();
  for (const run of history.runs)
    for (const m of run.mutations) mutatedIn.set(m.objectId, { ...m, runNumber: run.runNumber });

  let entryCount = 0;
  const objectsInCache = new Set<number>();
  const functions: FunctionView[] = snapshot.map((fn) => {
    entryCount += fn.entries.length;
    return {
      functionName: fn.functionName,
      cache: fn.cache,
      api: fn.cache === "data" ? "st.cacheData" : "st.cacheResource",
      scope: fn.scope,
      entries: fn.entries.map((e) => {
        if (e.objectId > 0) objectsInCache.add(e.objectId);
        const expired = e.ttlLeftMs !== null && e.ttlLeftMs <= 0;
        const row: EntryRow = {
          args: entryArgs(e),
          size: fn.cache === "resource" ? "shared" : formatBytes(e.sizeBytes),
          age: formatAge(Math.max(0, e.ageMs)),
          ttlLeft: e.ttlLeftMs === null ? "—" : expired ? "expired" : formatDuration(e.ttlLeftMs),
          expired,
          hits: e.hits,
          objectId: e.objectId,
          object: e.objectId > 0 ? `#${e.objectId}` : "plain value",
        };
        const mutation = mutatedIn.get(e.objectId);
        if (mutation && mutation.functionName === fn.functionName) row.mutatedInRun = mutation.runNumber;
        return row;
      }),
    };
  });

  const mutations: MutationNote[] = [...mutatedIn.values()].map((m) => ({
    runNumber: m.runNumber,
    functionName: m.functionName,
    objectId: m.objectId,
    changes: m.changes,
    inCache: objectsInCache.has(m.objectId),
    text: `Run ${m.runNumber} changed object #${m.objectId}, returned by ${m.functionName}, in place: ${m.changes.join("; ") || "its contents changed"}.`,
  }));

  const steps = latest?.steps ?? [];
  const announced = steps.slice(0, ANNOUNCED_STEPS).map(summarizeStep);
  if (steps.length > ANNOUNCED_STEPS) announced.push(`and ${steps.length - ANNOUNCED_STEPS} more steps`);
  const announcement = latest
    ? `Run ${latest.runNumber}: ${steps.length === 0 ? "no cached calls" : announced.join(". ")}.`
    : "";

  return {
    runNumber: latest?.runNumber ?? null,
    functions,
    entryCount,
    steps,
    identity: identityLines(history.runs),
    mutations,
    clock: formatClockOffset(clockOffsetMs),
    announcement,
  };
}
