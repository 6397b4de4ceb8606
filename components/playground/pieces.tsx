/**
 * The pieces of a playground's frame that the live playgrounds and the static shell (drawn before a
 * playground's code has loaded) share: heading, code box, status line, empty output. One module, so
 * the shell's first load pays for one module, not four.
 */
import type { ReactNode } from "react";

/** A playground's title, a badge beside it (the live playground's "Shared code"), and which run the output is from. */
export function PlaygroundHeading({
  title,
  badge,
  runNumber = null,
}: {
  title: string;
  badge?: ReactNode;
  runNumber?: number | null;
}) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h3 className="m-0 font-mono text-sm font-semibold">
        {title}
        {badge}
      </h3>
      <span
        className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs tabular-nums dark:bg-zinc-800"
        data-testid="run-count"
        data-run-number={runNumber ?? 0}
      >
        {runNumber !== null ? `Run ${runNumber}` : "Not run yet"}
      </span>
    </div>
  );
}

/**
 * The box the code sits in, and the server-rendered code shown in it until an editor is ready. The
 * static shell draws it as the live playground's first render does, so nothing moves when the live
 * one takes over.
 */
export function CodeBox({ staticCode, children }: { staticCode?: ReactNode; children?: ReactNode }) {
  return (
    <div className="relative min-w-0 overflow-hidden rounded border border-zinc-200 dark:border-zinc-700">
      {staticCode !== undefined ? (
        <div className="playground-static-code" data-testid="static-code">
          {staticCode}
        </div>
      ) : null}
      {children}
    </div>
  );
}

/** The line under an empty output box, before the first run. */
export const EMPTY_OUTPUT_TEXT = "Press Run to see what the script shows.";

/** The status line's markup, a polite live region; the static shell draws it with the waiting text. */
export function StatusLineView({
  phase,
  text,
  onShowError,
}: {
  phase: string;
  text: string;
  onShowError?: () => void;
}) {
  return (
    <p
      className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400"
      role="status"
      data-testid="status-line"
      data-phase={phase}
    >
      {text}
      {onShowError ? (
        <>
          {" "}
          <button
            type="button"
            className="underline focus-visible:outline-2 focus-visible:outline-sky-500"
            onClick={onShowError}
            data-testid="show-error"
          >
            Go to the error
          </button>
        </>
      ) : null}
    </p>
  );
}
