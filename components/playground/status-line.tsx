"use client";

import { useEffect, useState } from "react";
import type { RunOutput } from "@/lib/playground/run-output";
import type { ServerPhase } from "@/lib/playground/sandbox-controller";

/** Props of {@link StatusLine}. */
export interface StatusLineProps {
  phase: ServerPhase;
  runningSince: number | null;
  output: RunOutput | null;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : seconds(ms);
}

/** One line saying what the sandbox is doing: starting, running for 1.2 s, done in 38 ms. */
export function StatusLine({ phase, runningSince, output }: StatusLineProps) {
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (runningSince === null) return;
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [runningSince]);

  let text: string;
  if (runningSince !== null) {
    const starting = phase === "ready" ? "" : " (the server is starting and loading danfojs first)";
    text = `Running for ${seconds(Math.max(0, now - runningSince))}${starting}`;
  } else if (output)
    text = `Run ${output.result.runNumber} done in ${duration(output.result.durationMs)}${output.result.error ? ", with an error" : ""}`;
  else if (phase === "waiting") text = "Press Run to start the server";
  else if (phase === "booting") text = "Starting the server…";
  else if (phase === "loading-danfo") text = "Server started; loading danfojs…";
  else text = "Server ready";

  return (
    <p
      className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400"
      role="status"
      aria-live="polite"
      data-testid="status-line"
      data-phase={runningSince !== null ? "running" : phase}
    >
      {text}
    </p>
  );
}
