/**
 * "Show solution" and "Apply fix" of a "Try it" item, framework-free: the diff of the reader's code
 * against the solution, and applying the solution as the reader's own edit.
 *
 * Applying writes the edit store (so a playground that has not loaded yet restores it, and Reset
 * code brings the original back) and then tells a live playground of the same page through one
 * event on a page-level EventTarget (`window` on the page): a `storage` event only reaches other tabs.
 */
import type { EditStore, SaveOutcome } from "@/lib/storage/edit-store";
import { diffLines, type DiffLine } from "@/lib/twin/line-diff";

/** Name of the event that carries an applied solution to the playground of its example. */
export const APPLY_CODE_EVENT = "cache-lab:apply-code";

/** What {@link APPLY_CODE_EVENT} carries. */
export interface ApplyCodeDetail {
  example: string;
  code: string;
}

/** The reader's code compared with a solution. */
export interface SolutionDiff {
  /** Every line, kept, removed from the reader's code or added by the solution. */
  lines: DiffLine[];
  /** The reader's code is the solution already (trailing newlines aside). */
  matches: boolean;
}

/** Compares the reader's current code with the solution, line by line. */
export function solutionDiff(current: string, solution: string): SolutionDiff {
  const lines = diffLines(current, solution);
  return { lines, matches: lines.every((line) => line.kind === "same") };
}

/**
 * Makes `solution` the reader's edit of `example`, as if typed: saved in `edits`, then announced on
 * `target` for a live playground of the example to show at once.
 */
export function applySolution(
  edits: EditStore,
  target: EventTarget,
  example: string,
  original: string,
  solution: string,
): SaveOutcome {
  const outcome = edits.save(example, original, solution);
  const detail: ApplyCodeDetail = { example, code: solution };
  target.dispatchEvent(new CustomEvent<ApplyCodeDetail>(APPLY_CODE_EVENT, { detail }));
  return outcome;
}

/** Calls `listener` with each solution applied to `example` on `target`; returns the unsubscribe. */
export function onSolutionApplied(target: EventTarget, example: string, listener: (code: string) => void): () => void {
  const handle = (event: Event) => {
    const detail = (event as CustomEvent<Partial<ApplyCodeDetail>>).detail;
    if (detail?.example === example && typeof detail.code === "string") listener(detail.code);
  };
  target.addEventListener(APPLY_CODE_EVENT, handle);
  return () => target.removeEventListener(APPLY_CODE_EVENT, handle);
}
