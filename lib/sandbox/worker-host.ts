/**
 * The sandbox's logic, apart from the worker global so it can be tested in Node: it receives raw
 * messages, validates them, drives one Streamlit server with one session, and posts replies.
 *
 * One server per worker means caches live across reruns exactly as on a Streamlit server; the page
 * empties them by replacing the worker (Restart, Stop, time limit) or with a clear-cache message.
 */
import type {
  CacheFunctionSnapshot,
  Element,
  RunProgress,
  RunResult,
  TableData,
  WidgetStates,
} from "../streamlit/types";
import {
  NO_RUN,
  parseHostMessage,
  workerMessage,
  type CacheState,
  type RowsRequestMessage,
  type SandboxError,
  type WorkerMessage,
} from "./protocol";
import { createProgressLimiter, limitResult } from "./output-limit";
import { sliceRows, windowResult } from "./table-window";

/** The part of a lib/streamlit session the sandbox uses. */
export interface SandboxSession {
  run(
    source: string,
    options: { widgets?: WidgetStates; onProgress?: (progress: RunProgress) => void },
  ): Promise<RunResult>;
}

/** The part of a lib/streamlit server the sandbox uses. */
export interface SandboxServer {
  preload(): Promise<unknown>;
  createSession(): SandboxSession;
  clearCaches(): unknown;
  /** Every cached function and its entries, for the cache inspector (a server without it reports none). */
  snapshot?(): CacheFunctionSnapshot[];
}

/** Options of {@link createWorkerHost}. */
export interface WorkerHostOptions {
  /**
   * Creates the one server this worker hosts. `now` is the server's clock: real time plus however
   * far the page moved it (advance-clock), so `ttl` examples can expire without waiting.
   */
  createServer: (now: () => number) => SandboxServer;
  /** Sends a message to the page (`self.postMessage` in the worker). */
  post: (message: WorkerMessage) => void;
  /** Clock in milliseconds, for boot and preload timings. */
  now: () => number;
  /** Real time in epoch milliseconds, which the server's clock runs ahead of (default `Date.now`). */
  wallClock?: () => number;
  /** Rows of each big table sent with a result; the page fetches the rest (default 500). */
  firstRows?: number;
  /**
   * Elements produced in the first this-many milliseconds of a run are not streamed: they arrive
   * with the result. Streaming them too would copy every table across threads twice, which costs a
   * fast rerun more than the live output is worth, so only tables are held: anything else drawn
   * first streams at once, so `st.text("before"); while (true) {}` shows "before" before the time
   * limit. Once one element is held, the ones after it wait too, to keep their order. Default 100.
   */
  streamAfterMs?: number;
  /**
   * Timers the reader's scripts left pending (timer-watch.ts); after each result the host reports
   * them with an after-run message, from `defer` (a task after the result). Default: none pending.
   */
  leftover?: { pending(): number; whenIdle(listener: () => void): void; defer(work: () => void): void };
}

/** A running sandbox host: feed it every incoming message. */
export interface WorkerHost {
  /** Handles one raw message from the page; resolves when its reply has been posted. */
  handle(data: unknown): Promise<void>;
}

const isTable = (element: Element) => element.type === "dataframe" || element.type === "table";

/** Turns anything thrown inside the sandbox machinery into plain data for the page. */
export function toSandboxError(error: unknown): SandboxError {
  const message = error instanceof Error ? error.message : String(error);
  return { code: "internal", message: message || "The sandbox failed without a message." };
}

/**
 * Creates the server, announces `ready`, starts loading danfojs at once (the slow part of a cold
 * first run) and returns the message handler. Runs are served one at a time, in arrival order.
 */
export function createWorkerHost(options: WorkerHostOptions): WorkerHost {
  const { post, now } = options;
  const streamAfterMs = options.streamAfterMs ?? 100;
  const startedAt = now();
  const wallClock = options.wallClock ?? (() => Date.now());
  let clockOffsetMs = 0;
  const server = options.createServer(() => wallClock() + clockOffsetMs);
  const caches = (): CacheState | undefined =>
    server.snapshot ? { snapshot: server.snapshot(), clockOffsetMs } : undefined;
  const session = server.createSession();
  post(workerMessage("ready", NO_RUN, { bootMs: now() - startedAt }));

  const preloadStart = now();
  server.preload().then(
    () => post(workerMessage("preloaded", NO_RUN, { durationMs: now() - preloadStart })),
    (error: unknown) =>
      post(workerMessage("preloaded", NO_RUN, { durationMs: now() - preloadStart, error: toSandboxError(error) })),
  );

  // Serialize requests: a clear-cache sent during a run applies after it, as in Streamlit.
  let queue: Promise<void> = Promise.resolve();
  // The full tables of the last result, for row requests; older runs' tables are let go.
  let shown: { runId: number; tables: Map<number, TableData> } = { runId: NO_RUN, tables: new Map() };

  function answerRows(message: RowsRequestMessage): void {
    const table = shown.runId === message.forRun ? shown.tables.get(message.element) : undefined;
    if (!table) {
      post(
        workerMessage("failure", message.runId, {
          error: { code: "bad-message", message: "Those rows belong to an earlier run; rerun to see the table again." },
        }),
      );
      return;
    }
    post(workerMessage("rows", message.runId, sliceRows(table, message.start, message.end)));
  }

  const leftover = options.leftover ?? {
    pending: () => 0,
    whenIdle: (listener: () => void) => listener(),
    defer: (work: () => void) => void setTimeout(work, 0),
  };
  function reportLeftover(runId: number): void {
    leftover.defer(() => {
      const pending = leftover.pending();
      post(workerMessage("after-run", runId, { pending }));
      if (pending > 0) leftover.whenIdle(() => post(workerMessage("after-run", runId, { pending: 0 })));
    });
  }

  async function serve(data: unknown): Promise<void> {
    const parsed = parseHostMessage(data);
    if (!parsed.ok) {
      const runId =
        typeof (data as { runId?: unknown } | null)?.runId === "number" ? (data as { runId: number }).runId : NO_RUN;
      post(workerMessage("failure", runId, { error: parsed.error }));
      return;
    }
    const message = parsed.message;
    try {
      if (message.type === "run") {
        const started = now();
        const held: RunProgress[] = [];
        const limit = createProgressLimiter();
        const result = await session.run(message.source, {
          widgets: message.widgets,
          onProgress: (raw) => {
            const progress = limit(raw);
            if (!progress) return;
            // Terminal lines are small and go to their own pane: they stream at once and do not
            // release the elements held back.
            if (progress.kind === "terminal") return post(workerMessage("progress", message.runId, { progress }));
            const early = now() - started < streamAfterMs;
            if (progress.kind === "element" && early && (held.length > 0 || isTable(progress.element))) {
              held.push(progress);
              return;
            }
            // Once streaming starts, the held elements go first so the page sees them in order.
            for (const h of held.splice(0)) post(workerMessage("progress", message.runId, { progress: h }));
            post(workerMessage("progress", message.runId, { progress }));
          },
        });
        const windowed = windowResult(limitResult(result), options.firstRows);
        shown = { runId: message.runId, tables: windowed.tables };
        post(workerMessage("result", message.runId, { result: windowed.result, caches: caches() }));
        reportLeftover(message.runId);
      } else if (message.type === "clear-cache") {
        await server.clearCaches();
        post(workerMessage("cleared", message.runId, { caches: caches() }));
      } else if (message.type === "advance-clock") {
        clockOffsetMs += message.byMs;
        post(workerMessage("clock", message.runId, { caches: caches() ?? { snapshot: [], clockOffsetMs } }));
      }
    } catch (error) {
      post(workerMessage("failure", message.runId, { error: toSandboxError(error) }));
    }
  }

  return {
    handle(data) {
      // Row requests read the last result only: answered at once, not queued behind a run.
      const parsed = parseHostMessage(data);
      if (parsed.ok && parsed.message.type === "rows") {
        answerRows(parsed.message);
        return Promise.resolve();
      }
      queue = queue.then(() => serve(data));
      return queue;
    },
  };
}
