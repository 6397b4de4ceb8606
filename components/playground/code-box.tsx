import type { ReactNode } from "react";

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
