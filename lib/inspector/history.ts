/**
 * What the inspector remembers between runs of one playground: each run's cache events and
 * mutation reports (the last few runs only), from which object identity across runs and the
 * "argument changed" explanations are worked out.
 */
import type { CacheEvent, MutationReport, RunResult } from "../streamlit/types";

/** The part of a run the inspector keeps. */
export interface RunRecord {
  runNumber: number;
  events: CacheEvent[];
  mutations: MutationReport[];
}

/** Runs remembered, oldest first. */
export interface InspectorHistory {
  runs: RunRecord[];
}

/** How many runs are remembered: enough to show identity over a few reruns, small enough to redo cheaply. */
export const RUNS_KEPT = 20;

/** A history with no runs (a fresh or restarted server). */
export const EMPTY_HISTORY: InspectorHistory = { runs: [] };

/**
 * Adds a finished run. A run numbered 1 (or lower than the last one) means a fresh session, so the
 * older runs are forgotten: their object numbers belong to a server that no longer exists.
 */
export function recordRun(history: InspectorHistory, result: RunResult, keep = RUNS_KEPT): InspectorHistory {
  const last = history.runs[history.runs.length - 1];
  const earlier = last && result.runNumber > last.runNumber ? history.runs : [];
  const mutations: MutationReport[] = [];
  for (const element of result.elements) if (element.type === "warning" && element.mutation) mutations.push(element.mutation);
  const runs = [...earlier, { runNumber: result.runNumber, events: result.events, mutations }];
  return { runs: runs.slice(Math.max(0, runs.length - keep)) };
}
