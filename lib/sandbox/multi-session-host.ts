/**
 * The multi-session side of the sandbox worker: named sessions (A, B, ...) on the worker's one
 * server, run together under the scheduler, with each step posted as it ends. Apart from the worker
 * global, so it can be tested in Node.
 */
import type { InterleavedRun, Server, StepRecord } from "../streamlit";
import { workerMessage, type MultiHostMessage, type WorkerMessage } from "./protocol";
import { limitResult, limitStep, MAX_TIMELINE_STEPS } from "./output-limit";
import { windowResult } from "./table-window";
import { toSandboxError } from "./worker-host";

/** Options of {@link createMultiSessionHost}. */
export interface MultiSessionHostOptions {
  /** The worker's server (shared with the single-session host, so danfojs loads once). */
  server: () => Pick<Server, "createSession" | "runInterleaved">;
  post: (message: WorkerMessage) => void;
}

/** Feeds multi-session requests (checked by parseHostMessage in worker.ts) to the server. */
export interface MultiSessionHost {
  handle(message: MultiHostMessage): void;
}

/** Creates the host; sessions are opened on first use and kept, so their run counts go on. */
export function createMultiSessionHost({ server, post }: MultiSessionHostOptions): MultiSessionHost {
  const sessions = new Map<string, ReturnType<Server["createSession"]>>();
  let current: { runId: number; run: InterleavedRun; toEnd: boolean } | undefined;

  const session = (name: string) => {
    let found = sessions.get(name);
    if (!found) {
      found = server().createSession();
      sessions.set(name, found);
    }
    return found;
  };

  return {
    handle(message) {
      if (message.type !== "multi-run") {
        if (current?.runId !== message.runId) return;
        if (message.type === "multi-next") void current.run.next();
        else {
          current.toEnd = true;
          current.run.runToEnd();
        }
        return;
      }
      if (current) {
        post(
          workerMessage("multi-failure", message.runId, {
            error: { code: "bad-message", message: "Another multi-session run is still going: finish it first." },
          }),
        );
        return;
      }
      try {
        const runId = message.runId;
        const manual = message.manual;
        let sent = 0;
        let leftOut = 0;
        const onStep = (step: StepRecord) => {
          // A step the reader asked for is always answered; past the limit, steps of a run going
          // on its own are only counted.
          const stepping = manual && !current?.toEnd;
          if (sent >= MAX_TIMELINE_STEPS && !stepping) {
            leftOut++;
            return;
          }
          sent++;
          post(workerMessage("multi-step", runId, { step: limitStep(step) }));
        };
        const run = server().runInterleaved(
          message.sessions.map((name) => ({
            name,
            session: session(name),
            source: message.source,
            widgets: message.widgets?.[name],
          })),
          { schedule: message.schedule, manual, onStep },
        );
        current = { runId, run, toEnd: false };
        void run.done.then(({ results }) => {
          current = undefined;
          const windowed = Object.fromEntries(
            Object.entries(results).map(([name, result]) => [name, windowResult(limitResult(result)).result]),
          );
          post(
            workerMessage("multi-result", runId, { results: windowed, ...(leftOut ? { stepsLeftOut: leftOut } : {}) }),
          );
        });
      } catch (error) {
        current = undefined;
        post(workerMessage("multi-failure", message.runId, { error: toSandboxError(error) }));
      }
    },
  };
}
