/**
 * The page's side of the sandbox: owns one Web Worker, sends it requests, matches replies by run
 * id, and replaces the worker when a run must end (Stop, the time limit) or the worker dies.
 *
 * One typed channel for both playgrounds: every request is a typed method that keeps the request's
 * life (its reply, its time limit, its steps) inside the client, and everything else the worker says
 * reaches the owners through {@link SandboxClient.listen}. Nothing untyped goes in or out.
 *
 * Framework-free on purpose (lib/playground builds on it) and Worker-agnostic, so tests drive it
 * with a fake worker and fake timers.
 */
import {
  hostMessage,
  parseWorkerMessage,
  type CacheState,
  type HostMessage,
  type MultiRunMessage,
  type SandboxError,
  type WorkerMessage,
} from "@/lib/sandbox/protocol";
import type { RowBlock } from "@/lib/sandbox/table-window";
import type { RunProgress, RunResult, ScriptError, StepRecord, WidgetStates } from "@/lib/streamlit/types";

/** The part of `Worker` the client uses. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  addEventListener(type: "message" | "error" | "messageerror", listener: (event: Event) => void): void;
}

/**
 * Why the server was replaced; each reason is explained to the reader in plain words. `fresh` is
 * asked for by the page when code from elsewhere comes or goes (Reset code, a share link, switching
 * between shared and own code): nothing a script left in the old worker may reach the next run.
 * `left-running` means work a finished run left behind (timers, promises) used up its time limit.
 */
export type RestartReason = "stopped" | "time-limit" | "crashed" | "requested" | "fresh" | "left-running";

/** What the client tells its owner about the worker's life. */
export type SandboxEvent =
  | { type: "booting" }
  | { type: "ready" }
  | { type: "preloaded"; durationMs: number; error?: SandboxError }
  | { type: "restarted"; reason: RestartReason }
  | { type: "failure"; error: SandboxError }
  /** The reader's code threw after its run ended (a timer it left behind); the server keeps going. */
  | { type: "late-error"; error: ScriptError }
  /**
   * The last run ended but left work going: `pending` timers, or null when the worker is too busy
   * to say (a promise loop). It counts against that run's time limit; Stop ends it.
   */
  | { type: "left-running"; pending: number | null }
  /** The work a run left behind has ended (sent only after a left-running event). */
  | { type: "settled" };

/** How a run ended. */
export type RunOutcome =
  | { kind: "result"; result: RunResult; runId: number; caches?: CacheState }
  | { kind: "interrupted"; reason: RestartReason }
  | { kind: "failure"; error: SandboxError };

/** Options of {@link SandboxClient}. */
export interface SandboxClientOptions {
  /** Creates a fresh worker running lib/sandbox/worker.ts. */
  createWorker: () => WorkerLike;
  /** A run longer than this is stopped and the worker replaced. */
  timeLimitMs: number;
  /** An idle worker silent for this long is considered dead and replaced. */
  heartbeatTimeoutMs?: number;
  /** Clock in milliseconds; injectable for tests. */
  now?: () => number;
}

/** How a clear-cache request ended. */
export type ClearOutcome = { kind: "cleared"; caches?: CacheState } | Exclude<RunOutcome, { kind: "result" }>;

/** How a request to move the server's clock ended. */
export type ClockOutcome = { kind: "clock"; caches: CacheState } | Exclude<RunOutcome, { kind: "result" }>;

/** How a multi-session run ({@link SandboxClient.multiRun}) ended. */
export type MultiOutcome =
  | { kind: "multi-result"; results: Record<string, RunResult>; stepsLeftOut: number }
  | Exclude<RunOutcome, { kind: "result" }>;

/** What a multi-session run asks for: everything of its message but the envelope. */
export type MultiRunRequest = Omit<MultiRunMessage, "type" | "v" | "runId">;

type AnyOutcome = RunOutcome | ClearOutcome | RowsOutcome | ClockOutcome | MultiOutcome;

/** The fields of host message `T`, without its envelope. */
type FieldsOf<T extends HostMessage["type"]> = Omit<Extract<HostMessage, { type: T }>, "type" | "v" | "runId">;

/** How a request for more rows of a table ended. */
export type RowsOutcome = { kind: "rows"; block: RowBlock } | Exclude<RunOutcome, { kind: "result" }>;

interface PendingRun {
  resolve: (outcome: AnyOutcome) => void;
  /** Row requests do not make the sandbox busy: they never block a run. */
  rows?: boolean;
  onProgress?: (progress: RunProgress) => void;
  /** A multi-session run: each step as it ends; `manual` while it waits for the reader between steps. */
  multi?: { onStep: (step: StepRecord) => void; manual: boolean };
  timer?: ReturnType<typeof setTimeout>;
  /** When a run was sent (client clock), so work it leaves behind gets only the rest of its limit. */
  startedAt?: number;
}

/** How long a finished run's leftover work may go unreported before the reader is told about it. */
const LEFT_RUNNING_NOTICE_MS = 1_000;

/** One sandbox: a worker that hosts a Streamlit server, replaced whenever it must be. */
export class SandboxClient {
  private worker: WorkerLike | null = null;
  private nextRunId = 1;
  private readonly pending = new Map<number, PendingRun>();
  private lastSign = 0;
  private watchdog: ReturnType<typeof setInterval> | null = null;
  /** The last finished run, while work it left behind may still be going (until its after-run 0). */
  private lingering: {
    runId: number;
    limit: ReturnType<typeof setTimeout>;
    notice: ReturnType<typeof setTimeout>;
    told: boolean;
  } | null = null;
  private readonly options: Required<SandboxClientOptions>;
  private readonly listeners = new Set<(event: SandboxEvent) => void>();

  constructor(options: SandboxClientOptions) {
    this.options = { heartbeatTimeoutMs: 10_000, now: () => Date.now(), ...options };
  }

  /** Calls `listener` with every life-cycle event (booting, ready, restarted...); returns the function that stops it. */
  listen(listener: (event: SandboxEvent) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private emit(event: SandboxEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  /** True while a run or a clear-cache request is waiting for its reply. */
  get busy(): boolean {
    for (const request of this.pending.values()) if (!request.rows) return true;
    return false;
  }

  /** True while work the last run left behind (timers, promises) may still be running. */
  get leftRunning(): boolean {
    return this.lingering !== null;
  }

  /** Starts the worker if it is not running yet (the playground calls this when it nears the viewport). */
  boot(): void {
    if (this.worker) return;
    this.emit({ type: "booting" });
    const worker = this.options.createWorker();
    this.worker = worker;
    this.lastSign = this.options.now();
    worker.addEventListener("message", (event) => {
      if (this.worker === worker) this.receive((event as MessageEvent).data);
    });
    // A worker that throws outside a run, fails to load, or runs out of memory cannot be trusted.
    const onCrash = () => {
      if (this.worker === worker) this.restart("crashed");
    };
    worker.addEventListener("error", onCrash);
    worker.addEventListener("messageerror", onCrash);
    this.watchdog ??= setInterval(() => this.checkHeartbeat(), Math.max(500, this.options.heartbeatTimeoutMs / 4));
  }

  /** Runs `source` once; never rejects. */
  run(source: string, widgets: WidgetStates, onProgress?: (progress: RunProgress) => void): Promise<RunOutcome> {
    this.boot();
    const runId = this.nextRunId++;
    // A new run gets a full limit of its own; whatever is still left over is counted after it again.
    this.endLingering(false);
    return new Promise<RunOutcome>((resolve) => {
      const timer = setTimeout(() => this.restart("time-limit"), this.options.timeLimitMs);
      this.pending.set(runId, {
        resolve: resolve as PendingRun["resolve"],
        onProgress,
        timer,
        startedAt: this.options.now(),
      });
      this.dispatch("run", runId, { source, widgets });
    });
  }

  /** Empties the server's caches, keeping the worker. */
  clearCache(): Promise<ClearOutcome> {
    this.boot();
    const runId = this.nextRunId++;
    return new Promise<ClearOutcome>((resolve) => {
      this.pending.set(runId, { resolve: resolve as PendingRun["resolve"] });
      this.dispatch("clear-cache", runId, {});
    });
  }

  /** Moves the server's clock forward by `byMs` (for `ttl` examples); waits behind a run in progress. */
  advanceClock(byMs: number): Promise<ClockOutcome> {
    this.boot();
    const runId = this.nextRunId++;
    return new Promise<ClockOutcome>((resolve) => {
      this.pending.set(runId, { resolve: resolve as PendingRun["resolve"] });
      this.dispatch("advance-clock", runId, { byMs });
    });
  }

  /** Asks for rows `[start, end)` of table `element` of run `forRun`'s result. */
  rows(forRun: number, element: number, start: number, end: number): Promise<RowsOutcome> {
    if (!this.worker) return Promise.resolve({ kind: "interrupted", reason: "requested" });
    const runId = this.nextRunId++;
    return new Promise<RowsOutcome>((resolve) => {
      this.pending.set(runId, { resolve: resolve as PendingRun["resolve"], rows: true });
      this.dispatch("rows", runId, { forRun, element, start, end });
    });
  }

  /**
   * Runs some sessions at once on this server (the multi-session playground), under the same Stop,
   * restart and crash handling as a run. `onStep` gets each step as it ends. A stepped (`manual`)
   * run waits for {@link nextStep} before each step, and the time limit waits with it: it judges
   * only the worker's work, never the reader's thinking.
   */
  multiRun(
    request: MultiRunRequest,
    onStep: (step: StepRecord) => void,
  ): { runId: number; outcome: Promise<MultiOutcome> } {
    this.boot();
    const runId = this.nextRunId++;
    const outcome = new Promise<MultiOutcome>((resolve) => {
      this.pending.set(runId, { resolve: resolve as PendingRun["resolve"], multi: { onStep, manual: request.manual } });
      this.startLimit(runId);
      this.dispatch("multi-run", runId, request);
      if (request.manual) this.dispatch("multi-next", runId, {});
    });
    return { runId, outcome };
  }

  /** Grants the stepped run `runId` one more step. */
  nextStep(runId: number): void {
    if (!this.pending.get(runId)?.multi) return;
    this.startLimit(runId);
    this.dispatch("multi-next", runId, {});
  }

  /** Lets the stepped run `runId` go on by itself to the end. */
  runToEnd(runId: number): void {
    const request = this.pending.get(runId);
    if (!request?.multi) return;
    request.multi.manual = false;
    this.startLimit(runId);
    this.dispatch("multi-run-to-end", runId, {});
  }

  /**
   * Ends the current run, or the work the last one left behind, by replacing the worker
   * (synchronous code cannot be interrupted).
   */
  stop(): void {
    if (this.busy || this.lingering) this.restart("stopped");
  }

  /**
   * Replaces the worker with a fresh one (new global, empty caches); every waiting request ends
   * as interrupted. With `fresh` and no worker started yet, there is nothing to replace.
   */
  restart(reason: RestartReason): void {
    if (reason === "fresh" && !this.worker) return;
    this.endLingering(false);
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const run of waiting) {
      clearTimeout(run.timer);
      run.resolve({ kind: "interrupted", reason });
    }
    this.emit({ type: "restarted", reason });
    this.boot();
  }

  /** Ends the worker for good (the playground unmounted). */
  dispose(): void {
    this.endLingering(false);
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
    this.worker?.terminate();
    this.worker = null;
    for (const run of this.pending.values()) clearTimeout(run.timer);
    this.pending.clear();
  }

  /** Sends host message `type` for request `runId`: the one way anything reaches the worker. */
  private dispatch<T extends HostMessage["type"]>(type: T, runId: number, fields: FieldsOf<T>): void {
    this.worker?.postMessage(hostMessage(type, runId, fields));
  }

  /** Starts a full time limit for request `runId`: the worker has work to do. */
  private startLimit(runId: number): void {
    const request = this.pending.get(runId);
    if (!request) return;
    clearTimeout(request.timer);
    request.timer = setTimeout(() => this.restart("time-limit"), this.options.timeLimitMs);
  }

  private checkHeartbeat(): void {
    // During a run the worker's loop may be busy with the reader's code: the time limit judges that.
    if (!this.worker || this.busy || this.lingering) return;
    if (this.options.now() - this.lastSign > this.options.heartbeatTimeoutMs) this.restart("crashed");
  }

  private receive(data: unknown): void {
    this.lastSign = this.options.now();
    const parsed = parseWorkerMessage(data);
    if (!parsed.ok) {
      this.emit({ type: "failure", error: parsed.error });
      return;
    }
    this.handle(parsed.message);
  }

  private handle(message: WorkerMessage): void {
    switch (message.type) {
      case "ready":
        this.emit({ type: "ready" });
        return;
      case "preloaded":
        this.emit({ type: "preloaded", durationMs: message.durationMs, error: message.error });
        return;
      case "heartbeat":
        return;
      case "late-error":
        this.emit({ type: "late-error", error: message.error });
        return;
      case "progress":
        this.pending.get(message.runId)?.onProgress?.(message.progress);
        return;
      case "result": {
        const startedAt = this.pending.get(message.runId)?.startedAt;
        this.settle(message.runId, {
          kind: "result",
          result: message.result,
          runId: message.runId,
          caches: message.caches,
        });
        if (startedAt !== undefined) this.linger(message.runId, startedAt);
        return;
      }
      case "after-run":
        if (this.lingering?.runId !== message.runId) return;
        if (message.pending === 0) this.endLingering(true);
        else {
          clearTimeout(this.lingering.notice);
          this.lingering.told = true;
          this.emit({ type: "left-running", pending: message.pending });
        }
        return;
      case "cleared":
        this.settle(message.runId, { kind: "cleared", caches: message.caches });
        return;
      case "clock":
        this.settle(message.runId, { kind: "clock", caches: message.caches });
        return;
      case "rows":
        this.settle(message.runId, {
          kind: "rows",
          block: { start: message.start, index: message.index, data: message.data },
        });
        return;
      case "failure":
      case "multi-failure":
        if (this.pending.has(message.runId)) this.settle(message.runId, { kind: "failure", error: message.error });
        else this.emit({ type: "failure", error: message.error });
        return;
      case "multi-step": {
        const request = this.pending.get(message.runId);
        if (!request?.multi) return;
        // A stepped run now waits for the reader, which no time limit should judge.
        if (request.multi.manual) {
          clearTimeout(request.timer);
          request.timer = undefined;
        }
        request.multi.onStep(message.step);
        return;
      }
      case "multi-result":
        this.settle(message.runId, {
          kind: "multi-result",
          results: message.results,
          stepsLeftOut: message.stepsLeftOut ?? 0,
        });
        return;
    }
  }

  /** Counts what run `runId` left behind against the rest of its time limit, until after-run says 0. */
  private linger(runId: number, startedAt: number): void {
    this.endLingering(false);
    const rest = Math.max(0, this.options.timeLimitMs - (this.options.now() - startedAt));
    const state = {
      runId,
      told: false,
      limit: setTimeout(() => this.restart("left-running"), rest),
      // A worker that never answers is busy with a promise loop: say so after a moment.
      notice: setTimeout(() => {
        state.told = true;
        this.emit({ type: "left-running", pending: null });
      }, LEFT_RUNNING_NOTICE_MS),
    };
    this.lingering = state;
  }

  private endLingering(settled: boolean): void {
    const state = this.lingering;
    if (!state) return;
    clearTimeout(state.limit);
    clearTimeout(state.notice);
    this.lingering = null;
    if (settled && state.told) this.emit({ type: "settled" });
  }

  private settle(runId: number, outcome: AnyOutcome): void {
    const run = this.pending.get(runId);
    if (!run) return; // A reply to a request that was already interrupted.
    clearTimeout(run.timer);
    this.pending.delete(runId);
    run.resolve(outcome);
  }
}
