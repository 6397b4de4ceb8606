"use client";

import { useEffect, useState } from "react";
import type { RunOutput } from "@/lib/playground/run-output";
import type { ServerPhase } from "@/lib/playground/sandbox-controller";
import { statusText } from "@/lib/playground/status-text";
import { StatusLineView } from "./pieces";

/** Props of {@link StatusLine}. */
export interface StatusLineProps {
  phase: ServerPhase;
  runningSince: number | null;
  output: RunOutput | null;
  /** Brings the failed run's error into view; offered while the last run's error is shown. */
  onShowError?: () => void;
}

/** The live status line: what the sandbox is doing, with a run's time counting up. */
export function StatusLine({ phase, runningSince, output, onShowError }: StatusLineProps) {
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (runningSince === null) return;
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [runningSince]);
  return (
    <StatusLineView
      phase={runningSince !== null ? "running" : phase}
      text={statusText(phase, runningSince, output, now)}
      onShowError={runningSince === null && output?.result.error ? onShowError : undefined}
    />
  );
}
