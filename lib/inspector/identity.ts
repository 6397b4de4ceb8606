/**
 * Object identity across runs, in words: "run 1 and run 2 got object #7: the same object" for
 * st.cacheResource, "run 1 got #7, run 2 got #9, a copy" for st.cacheData.
 */
import type { CacheKind } from "../streamlit/types";
import type { Handout, RunStep } from "./run-steps";

/** What one run received from one cached call. */
export interface ReceivedObject {
  runNumber: number;
  objectId: number;
  handout: Handout;
}

/** The identity story of one function + arguments over the remembered runs. */
export interface IdentityLine {
  functionName: string;
  cache: CacheKind;
  keySummary: string;
  /** Oldest first, one per run (the run's last call with these arguments). */
  received: ReceivedObject[];
  /** True when every run got the very same object. */
  sameObject: boolean;
  text: string;
}

function listRuns(numbers: number[]): string {
  if (numbers.length === 1) return `run ${numbers[0]}`;
  if (numbers.length === 2) return `run ${numbers[0]} and run ${numbers[1]}`;
  return `runs ${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}

/** The sentence for a list of received objects (oldest first, at least one). */
export function describeIdentity(received: readonly ReceivedObject[]): string {
  const first = received[0];
  if (received.every((r) => r.objectId === first.objectId)) {
    const runs = listRuns(received.map((r) => r.runNumber));
    return received.length === 1
      ? `${runs} got object #${first.objectId}`
      : `${runs} got object #${first.objectId}: the same object`;
  }
  const parts = received.map((r, i) => {
    const base = `run ${r.runNumber} got #${r.objectId}`;
    if (i === 0) return base;
    if (r.objectId === received[i - 1].objectId) return `${base}, the same object`;
    if (r.handout === "copy") return `${base}, a copy`;
    if (r.handout === "computed") return `${base}, computed again`;
    return base;
  });
  return parts.join(received.length > 2 ? "; " : ", ");
}

/** How many recent runs identity lines look at: the recent past is what a reader compares. */
export const IDENTITY_RUNS = 4;

/**
 * Identity lines for the calls of the latest run, covering the last {@link IDENTITY_RUNS} runs
 * (those of them that made the same call). Calls that handed out no object (plain values) have
 * no identity.
 */
export function identityLines(runs: readonly { runNumber: number; steps: readonly RunStep[] }[]): IdentityLine[] {
  const latest = runs[runs.length - 1];
  if (!latest) return [];
  const byKey = new Map<string, IdentityLine>();
  const keyOf = (s: { cache: string; functionName: string; keySummary: string }) =>
    `${s.cache}\u0000${s.functionName}\u0000${s.keySummary}`;
  for (const step of latest.steps) {
    if (step.type !== "call" || step.objectId === undefined) continue;
    byKey.set(keyOf(step), {
      functionName: step.functionName,
      cache: step.cache,
      keySummary: step.keySummary,
      received: [],
      sameObject: true,
      text: "",
    });
  }
  for (const run of runs.slice(-IDENTITY_RUNS)) {
    const lastInRun = new Map<string, ReceivedObject>();
    for (const step of run.steps) {
      if (step.type !== "call" || step.objectId === undefined || !byKey.has(keyOf(step))) continue;
      lastInRun.set(keyOf(step), { runNumber: run.runNumber, objectId: step.objectId, handout: step.handout });
    }
    for (const [key, received] of lastInRun) byKey.get(key)!.received.push(received);
  }
  return [...byKey.values()].map((line) => {
    const received = line.received.slice(-IDENTITY_RUNS);
    return {
      ...line,
      received,
      sameObject: received.every((r) => r.objectId === received[0].objectId),
      text: describeIdentity(received),
    };
  });
}
