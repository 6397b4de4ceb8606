import { MAX_TERMINAL_LINES } from "@/lib/sandbox/output-limit";
import type { TerminalLine } from "@/lib/streamlit/types";

const LEVEL_STYLE: Record<TerminalLine["level"], string> = {
  log: "text-zinc-100",
  warn: "text-amber-300",
  error: "text-red-300",
};

/** Props of {@link TerminalPane}. */
export interface TerminalPaneProps {
  /** What the run printed with `console`, in order. */
  lines: TerminalLine[];
  /** Lines printed past those sent. */
  leftOut: number;
  /** The playground's title, for the pane's accessible name. */
  title: string;
}

/**
 * What the script printed with `console.log`, `warn` and `error`: in Streamlit, where the server
 * runs (its terminal), not on the page. Drawn only when the run printed something.
 */
export function TerminalPane({ lines, leftOut, title }: TerminalPaneProps) {
  if (lines.length === 0 && leftOut === 0) return null;
  return (
    <section aria-label={`Terminal of ${title}`} data-testid="terminal" className="min-w-0">
      <p className="mb-1 text-xs text-zinc-600 dark:text-zinc-300">
        <span className="font-semibold">Terminal</span>: what Streamlit prints where the server runs, not on the page
      </p>
      <ol
        tabIndex={0}
        aria-label="Lines printed by this run"
        className="max-h-60 overflow-auto rounded bg-zinc-900 p-2 font-mono text-xs text-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-500"
      >
        {lines.map((line, i) => (
          <li key={i} data-level={line.level} className={`flex gap-2 ${LEVEL_STYLE[line.level]}`}>
            <span className="w-10 shrink-0 text-zinc-400 select-none">{line.level}</span>
            <span className="min-w-0 break-words whitespace-pre-wrap">{line.text}</span>
          </li>
        ))}
      </ol>
      {leftOut > 0 ? (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-300" data-testid="terminal-left-out">
          … {leftOut.toLocaleString("en")} more lines not shown (the playground shows{" "}
          {MAX_TERMINAL_LINES.toLocaleString("en")} at most)
        </p>
      ) : null}
    </section>
  );
}
