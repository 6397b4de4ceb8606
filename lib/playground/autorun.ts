/** What a playground knows when it decides whether to run on its own. */
export interface AutorunInput {
  /** The playground is near the viewport (nothing runs on its own off screen). */
  near: boolean;
  /** The run journal has been read: whether the last run crashed this page is known. */
  journalChecked: boolean;
  /** The last run of this example crashed the page. */
  crashed: boolean;
  /** The embedding page asked for `autorun`. */
  autorun: boolean;
  /** The reader pressed Run on the static shell, before the live playground came in. */
  runRequested: boolean;
  /** The code shown is a share link's. */
  shared: boolean;
  /** The code shown is the reader's saved edit, not the example's own. */
  edited: boolean;
}

/** `run`, or why a wished-for run did not happen (said under the toolbar); null: nothing to do yet. */
export type AutorunDecision = "run" | "skip-shared" | "skip-edit" | null;

/**
 * Whether a playground runs without a click, decided once. A click on the shell's Run was for the
 * reader's own code, never a link's. `autorun` is the embedding page's wish, so it runs nothing but
 * the example's own code, and not after that code crashed the page: a page that frames an embed must
 * not be able to run anything else, or run it again and again, without a click.
 */
export function autorunDecision(input: AutorunInput): AutorunDecision {
  // A press (Run both included) runs wherever the playground is; an embed's wish waits until it is seen.
  if (!input.journalChecked || (!input.near && !input.runRequested)) return null;
  if (!input.runRequested && !(input.autorun && !input.crashed)) return null;
  if (input.runRequested && !input.shared) return "run";
  if (input.shared) return "skip-shared";
  return input.edited ? "skip-edit" : "run";
}
