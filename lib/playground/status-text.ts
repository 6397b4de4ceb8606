import type { RunOutput } from "./run-output";
import type { ServerPhase } from "./sandbox-controller";
import { WAITING_TEXT } from "./status-waiting";

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : seconds(ms);
}

export { WAITING_TEXT };

/** One line saying what the sandbox is doing: starting, running for 1.2 s, done in 38 ms. `now` is the clock of `runningSince`. */
export function statusText(
  phase: ServerPhase,
  runningSince: number | null,
  output: RunOutput | null,
  now: number,
): string {
  if (runningSince !== null) {
    const starting = phase === "ready" ? "" : " (the server is starting and loading danfojs first)";
    return `Running for ${seconds(Math.max(0, now - runningSince))}${starting}`;
  }
  if (output)
    return `Run ${output.result.runNumber} done in ${duration(output.result.durationMs)}${output.result.error ? ", with an error" : ""}`;
  if (phase === "waiting") return WAITING_TEXT;
  if (phase === "booting") return "Starting the server…";
  if (phase === "loading-danfo") return "Server started; loading danfojs…";
  return "Server ready";
}
