import type { Element, RunResult } from "@/lib/streamlit/types";

/** The output of the last finished run, with the source it ran (to quote failing lines). */
export interface RunOutput {
  result: RunResult;
  /** The sandbox's id of the run, to fetch more rows of its tables. */
  runId: number;
  source: string;
  /** Click-to-result time on the page, in milliseconds. */
  wallMs: number;
  /**
   * Mutation warnings of the previous run, kept when this run has none of its own: the change that
   * breaks run 2 happened in run 1, and the reader needs to see both together.
   */
  earlierWarnings: { runNumber: number; element: Element }[];
}

function mutationWarnings(result: RunResult): Element[] {
  return result.elements.filter((e) => e.type === "warning" && e.mutation !== undefined);
}

/** The output to show after `previous` for a run that gave `result`. */
export function nextOutput(
  previous: RunOutput | null,
  result: RunResult,
  runId: number,
  source: string,
  wallMs: number,
): RunOutput {
  const carried =
    previous && mutationWarnings(result).length === 0 && result.runNumber === previous.result.runNumber + 1
      ? mutationWarnings(previous.result).map((element) => ({ runNumber: previous.result.runNumber, element }))
      : [];
  return { result, runId, source, wallMs, earlierWarnings: carried };
}
