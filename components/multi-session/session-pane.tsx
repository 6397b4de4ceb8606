import { ExceptionBox, OutputElement, outputKey } from "@/components/playground/output-elements";
import { TerminalPane } from "@/components/playground/terminal-pane";
import type { WidgetChange } from "@/lib/playground/widgets";
import type { RunResult, StepRecord } from "@/lib/streamlit/types";
import { SESSION_TONES, stepOutcome } from "./timeline";

/** Props of {@link SessionPane}. */
export interface SessionPaneProps {
  name: string;
  /** The session's last finished run. */
  result: RunResult | undefined;
  /** Source of that run, for error lines. */
  source: string;
  /** Steps of the run in progress that belong to this session (empty when it is not running). */
  liveSteps: StepRecord[];
  /** The session takes part in the run in progress. */
  running: boolean;
  /** Some run is in progress on the server: widgets wait, as Streamlit greys them out. */
  busy: boolean;
  /** A widget of this pane changed: rerun this session alone with it. */
  onWidget: (change: WidgetChange) => void;
}

/**
 * The badge beside a session's name. It follows the steps: a session that has taken a step is
 * "Running" (or "Finished", once its last step ended its run) while the run goes on, whatever
 * its earlier runs were; a session that has not yet had its turn says so.
 */
export function badgeText(running: boolean, last: StepRecord | undefined, result: RunResult | undefined): string {
  if (running && last)
    return last.status === "done" || last.status === "error"
      ? `Finished (run ${last.runNumber})`
      : `Running (run ${last.runNumber})`;
  if (running) return "Waiting for its turn";
  return result ? `Run ${result.runNumber}` : "Not run yet";
}

/** One reader's tab: its run count and what its last run showed (or, mid-run, what it has shown so far). */
export function SessionPane({ name, result, source, liveSteps, running, busy, onWidget }: SessionPaneProps) {
  const last = liveSteps.at(-1);
  const hasException = result?.elements.some((e) => e.type === "exception") ?? false;
  return (
    <section
      className="flex min-w-0 flex-col gap-1 rounded border border-zinc-200 p-2 dark:border-zinc-700"
      aria-label={`Session ${name}`}
      data-testid="session-pane"
      data-session={name}
      data-run-number={result?.runNumber ?? 0}
      data-running={running}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h4 className="m-0 text-sm font-semibold">
          <span className={`rounded px-1.5 ${SESSION_TONES[name] ?? ""}`}>Session {name}</span>
        </h4>
        <span className="text-xs tabular-nums text-zinc-600 dark:text-zinc-400" data-testid="session-run-count">
          {badgeText(running, last, result)}
        </span>
      </div>
      {running ? (
        <div data-testid="session-live">
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {last ? `Running: ${stepOutcome(last)}` : "Waiting for its turn"}
          </p>
          {last?.status === "paused" && last.nextLine ? (
            <code className="block truncate font-mono text-xs" data-testid="session-next-line">
              {(source.split("\n")[last.nextLine - 1] ?? "").trim()}
            </code>
          ) : null}
          {liveSteps
            .flatMap((step) => step.saw)
            .map((text, i) => (
              <p key={i} className="font-mono text-sm">
                {text}
              </p>
            ))}
        </div>
      ) : result ? (
        <div data-testid="session-output">
          {result.elements.map((element, i) => (
            <OutputElement
              key={outputKey(element, i)}
              element={element}
              position={i}
              source={source}
              onWidget={onWidget}
              disabled={busy}
            />
          ))}
          {result.error && !hasException ? <ExceptionBox error={result.error} source={source} /> : null}
          <TerminalPane lines={result.terminal ?? []} leftOut={result.terminalLeftOut ?? 0} title={`session ${name}`} />
        </div>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">This session has not run yet.</p>
      )}
    </section>
  );
}
