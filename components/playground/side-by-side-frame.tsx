import type { ReactNode } from "react";

/**
 * The markup of a side-by-side pair: one "Run both" button over two playgrounds, stacked on narrow
 * screens. Shared by the live pair (embeds) and the lazy island (tutorials); it imports no
 * playground code, so the island stays small.
 */
export function SideBySideFrame({ onRunBoth, children }: { onRunBoth: () => void; children: ReactNode }) {
  return (
    <div className="side-by-side not-prose my-6" data-testid="side-by-side">
      <button
        type="button"
        onClick={onRunBoth}
        className="rounded border border-red-500 px-3 py-1 text-sm font-semibold text-red-700 hover:bg-red-50 focus-visible:outline-2 focus-visible:outline-sky-500 dark:text-red-300 dark:hover:bg-red-950"
        data-testid="run-both"
      >
        Run both
      </button>
      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2 [&>*]:my-2 [&>*]:min-w-0">{children}</div>
    </div>
  );
}
