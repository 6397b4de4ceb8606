import type { RunResult } from "@/lib/streamlit/types";
import { IDLE_TEXT } from "./idle-text";

/** The part of the run in progress the status line needs. */
export interface RunningState {
  /** Stepping: each step waits for "Next step". */
  manual: boolean;
}

/**
 * The multi-session status line, a polite live region: what the server is doing, or what each
 * session's last run gave. It does not count steps: the timeline's own live region reads each
 * step, and saying it twice would drown the reader.
 */
export function statusText(phase: string, running: RunningState | null, results: Record<string, RunResult>): string {
  if (running && phase !== "ready") return "Starting the server…";
  if (running?.manual) return "Stepping. Press Next step to go on, or Run to end.";
  if (running) return "Running…";
  const done = Object.entries(results).sort(([a], [b]) => a.localeCompare(b));
  if (done.length === 0) return IDLE_TEXT;
  return `Done. ${done.map(([name, r]) => `Session ${name}: run ${r.runNumber}${r.error ? `, failed with ${r.error.type}` : ""}`).join("; ")}.`;
}
