/**
 * What the inspector remembers between runs of one playground: each run's cache events and
 * mutation reports (the last few runs only), from which object identity across runs and the
 * "argument changed" explanations are worked out.
 */
import type { CacheEvent, KeyArgument, MutationReport, RunResult } from "../streamlit/types";
import { groupRunEvents, type RunStep } from "./run-steps";

/** The part of a run the inspector keeps. */
export interface RunRecord {
  runNumber: number;
  events: CacheEvent[];
  /** The events grouped into steps, once, when the run is recorded. */
  steps: RunStep[];
  mutations: MutationReport[];
}

/** Runs remembered, oldest first. */
export interface InspectorHistory {
  runs: RunRecord[];
  /** Arguments of each function's latest call (by `functionKey`), for "argument changed". */
  lastCall: ReadonlyMap<string, readonly KeyArgument[]>;
}

/** How many runs are remembered: enough to show identity over a few reruns, small enough to redo cheaply. */
export const RUNS_KEPT = 20;

/** A history with no runs (a fresh or restarted server). */
export const EMPTY_HISTORY: InspectorHistory = { runs: [], lastCall: new Map() };

/**
 * Adds a finished run. A run numbered 1 (or lower than the last one) means a fresh session, so the
 * older runs are forgotten: their object numbers belong to a server that no longer exists.
 */
export function recordRun(history: InspectorHistory, result: RunResult, keep = RUNS_KEPT): InspectorHistory {
  const last = history.runs[history.runs.length - 1];
  const continues = last !== undefined && result.runNumber > last.runNumber;
  const mutations: MutationReport[] = [];
  for (const element of result.elements)
    if (element.type === "warning" && element.mutation) mutations.push(element.mutation);
  // Grouping here, once per run, keeps rebuilding the view cheap when runs make thousands of calls.
  const lastCall = new Map(continues ? history.lastCall : []);
  const steps = groupRunEvents(result.events, lastCall);
  const runs = [
    ...(continues ? history.runs : []),
    { runNumber: result.runNumber, events: result.events, steps, mutations },
  ];
  return { runs: runs.slice(Math.max(0, runs.length - keep)), lastCall };
}
