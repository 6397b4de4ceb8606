/**
 * One playground's server, framework-free: it owns a {@link SandboxClient}, follows the worker's
 * life and the runs, and keeps everything a playground shows in one snapshot ({@link SandboxState})
 * that React (components/playground/use-sandbox-runner.ts) or a test reads.
 *
 * The rules a reader meets live here, once, for the single and the multi-session playground:
 * booting in the page's queue, one run at a time, widget values across reruns, streamed elements
 * drawn once per frame, Stop and the time limit, crash recovery, and the page that cannot host a
 * worker at all.
 */
import type { CacheState } from "@/lib/sandbox/protocol";
import type { RowBlock } from "@/lib/sandbox/table-window";
import { blockedText } from "@/lib/sandbox/sandbox-blocker";
import { SandboxClient, type RestartReason, type SandboxEvent, type WorkerLike } from "@/lib/sandbox/sandbox-client";
import type { Element, TerminalLine, WidgetStates } from "@/lib/streamlit/types";
import { FrameBatch, timerFrames, type Frames } from "./frame-batch";
import { CACHES_CLEARED, lateErrorText, restartText, type ServerNotice } from "./notices";
import { nextOutput, type RunOutput } from "./run-output";
import { Store } from "@/lib/state/store";
import { widgetsForRun, type WidgetChange } from "./widgets";

/** Where the sandbox is in its life. */
export type ServerPhase = "waiting" | "booting" | "loading-danfo" | "ready" | "unavailable";

/**
 * The playground's state machine, in one word: `boot` until the server has loaded danfojs, `idle`
 * between runs, `running`, `stopping` from Stop until the new server is asked for, and `crashed`
 * when the server died under the last run (until the next one) or the page cannot host one.
 */
export type ControllerStatus = "boot" | "idle" | "running" | "stopping" | "crashed";

/** Everything a playground shows about its server. */
export interface SandboxState {
  phase: ServerPhase;
  status: ControllerStatus;
  /** When the current run started (the controller's clock), or null when idle. */
  runningSince: number | null;
  output: RunOutput | null;
  /** Elements streamed out by the current run so far. */
  live: Element[];
  /** Spinners of cached functions that are computing right now. */
  spinners: { id: number; text: string }[];
  /**
   * What the last run printed with `console` (Streamlit's server terminal): emptied when a run
   * starts, streamed while it goes, then the run's own list. Kept when the server is replaced, so a
   * run stopped or crashed still shows what it printed.
   */
  terminal: TerminalLine[];
  /** Lines of that run past the ones sent (lib/sandbox/output-limit.ts). */
  terminalLeftOut: number;
  notice: ServerNotice | null;
  /** The server's caches and clock after its last reply (null before the first, and after a restart). */
  caches: CacheState | null;
  /**
   * Set while code the last run left behind is still running (it counts against that run's time
   * limit): how many timers, or null when the worker is too busy to say. `stop` ends it.
   */
  leftRunning: { pending: number | null } | null;
}

/** The page's boot queue (lib/sandbox/boot-queue.ts), or a stand-in. */
export interface BootQueue {
  enqueue(job: () => Promise<void>): () => void;
}

/** What the controller needs from where it runs; everything but the first two has a default. */
export interface SandboxControllerOptions {
  timeLimitMs: number;
  /** Starts a sandbox worker (lib/sandbox/create-worker.ts in a page, a fake in tests). */
  createWorker: () => WorkerLike;
  /** Why this page cannot host a sandbox, or null (lib/sandbox/sandbox-blocker.ts). */
  blocker?: () => string | null;
  bootQueue?: BootQueue;
  /** The server has loaded danfojs: code can run (the editor may now load IntelliSense). */
  onCodeRunnable?: () => void;
  /** A run finished with a result. */
  onRunDone?: () => void;
  frames?: Frames;
  now?: () => number;
  /** The worker was replaced, so everything shown from the old server is gone. */
  onRestart?: (reason: RestartReason) => void;
  heartbeatTimeoutMs?: number;
}

/** Workers that may die in a row before answering, before the playground says it cannot run here. */
const MAX_FAILED_STARTS = 3;
/**
 * A worker refused by the browser dies at once (an error event); one that is only slow to start on a
 * busy machine is ended by the heartbeat after seconds. Only the first kind counts as a failed start.
 */
const QUICK_DEATH_MS = 3_000;

const INITIAL: SandboxState = {
  phase: "waiting",
  status: "boot",
  runningSince: null,
  output: null,
  live: [],
  spinners: [],
  terminal: [],
  terminalLeftOut: 0,
  notice: null,
  caches: null,
  leftRunning: null,
};

/** One playground's server and its runs. */
export class SandboxController {
  private readonly store = new Store<SandboxState>(INITIAL);
  readonly get = this.store.get;
  readonly subscribe = this.store.subscribe;

  private client: SandboxClient | null = null;
  /** Reader code has reached the current server (a run, or a request that runs its callbacks). */
  private used = false;
  /** The line saying why this page cannot host a sandbox, once that is known. */
  private blocked: string | null = null;
  /** Workers that died in a row before saying "ready" (reset by a "ready"). */
  private failedStarts = 0;
  private bootedAt = 0;
  private widgets: WidgetStates = {};
  private preloaded = false;
  private notifyPreloaded = () => {};
  private cancelBoot: (() => void) | null = null;
  private stopRequested = false;
  private lastRestart: RestartReason | null = null;
  private readonly streamed: FrameBatch<Element>;
  private readonly printed: FrameBatch<TerminalLine>;
  private readonly now: () => number;

  constructor(private readonly options: SandboxControllerOptions) {
    this.now = options.now ?? (() => performance.now());
    this.streamed = new FrameBatch(options.frames ?? timerFrames, (elements) =>
      this.set((s) => ({ live: [...s.live, ...elements] })),
    );
    this.printed = new FrameBatch(options.frames ?? timerFrames, (lines) =>
      this.set((s) => ({ terminal: [...s.terminal, ...lines] })),
    );
  }

  /** The client, made on first use (and again after {@link dispose}). */
  sandbox(): SandboxClient {
    this.client ??= new SandboxClient({
      createWorker: () => {
        try {
          return this.options.createWorker();
        } catch (error) {
          this.block(
            `the browser refused to start the Web Worker the code runs in (${error instanceof Error ? error.message : String(error)})`,
          );
          throw error;
        }
      },
      timeLimitMs: this.options.timeLimitMs,
      // Only what was given: an undefined key would hide the client's own defaults.
      ...(this.options.heartbeatTimeoutMs !== undefined && { heartbeatTimeoutMs: this.options.heartbeatTimeoutMs }),
      ...(this.options.now && { now: this.options.now }),
    });
    this.client.listen((event) => this.onEvent(event));
    return this.client;
  }

  /** Queues this sandbox's boot behind the other playgrounds' (see lib/sandbox/boot-queue.ts). */
  boot(): void {
    if (this.cancelBoot || this.cannotRun()) return;
    const job = () =>
      new Promise<void>((resolve) => {
        if (this.preloaded) return resolve();
        this.notifyPreloaded = resolve;
        this.sandbox().boot();
      });
    this.cancelBoot = this.options.bootQueue ? this.options.bootQueue.enqueue(job) : (void job(), () => {});
  }

  /** Runs `source`; `widget` is the widget that triggered the rerun, if any. Ignored while a run is under way. */
  run(source: string, widget?: WidgetChange): void {
    if (this.cannotRun()) return;
    const sandbox = this.sandbox();
    if (sandbox.busy) return;
    this.used = true;
    const { kept, sent } = widgetsForRun(this.widgets, widget);
    this.widgets = kept;
    const started = this.now();
    this.streamed.drop();
    this.printed.drop();
    this.stopRequested = false;
    this.lastRestart = null;
    this.set({
      runningSince: started,
      live: [],
      spinners: [],
      terminal: [],
      terminalLeftOut: 0,
      notice: null,
      leftRunning: null,
    });
    let outcome: ReturnType<SandboxClient["run"]>;
    try {
      outcome = sandbox.run(source, sent, (progress) => {
        if (progress.kind === "element") this.streamed.push(progress.element);
        else if (progress.kind === "terminal") this.printed.push(progress.line);
        else if (progress.kind === "spinner-start")
          this.set((s) => ({ spinners: [...s.spinners, { id: progress.id, text: progress.text }] }));
        else this.set((s) => ({ spinners: s.spinners.filter((x) => x.id !== progress.id) }));
      });
    } catch {
      return; // The worker could not be started; `block` said why.
    }
    void outcome.then((outcome) => {
      this.streamed.drop();
      // The result lists every line; without one (stopped, crashed) the lines streamed so far stay.
      if (outcome.kind === "result") this.printed.drop();
      else this.printed.drain();
      this.stopRequested = false;
      const done: Partial<SandboxState> = { runningSince: null, spinners: [], live: [] };
      if (outcome.kind === "result") {
        const wallMs = this.now() - started;
        this.set((s) => ({
          ...done,
          caches: outcome.caches ?? null,
          output: nextOutput(s.output, outcome.result, outcome.runId, source, wallMs),
          terminal: outcome.result.terminal ?? [],
          terminalLeftOut: outcome.result.terminalLeftOut ?? 0,
        }));
        this.options.onRunDone?.();
      } else if (outcome.kind === "failure") {
        this.set({
          ...done,
          notice: { tone: "error", text: `The sandbox could not run the script: ${outcome.error.message}` },
        });
      } else this.set(done);
    });
  }

  /** Rows `[start, end)` of table `element` of the run `runId`, or null if the server no longer has them. */
  async loadRows(runId: number, element: number, start: number, end: number): Promise<RowBlock | null> {
    const outcome = await this.client?.rows(runId, element, start, end);
    return outcome?.kind === "rows" ? outcome.block : null;
  }

  /** Ends the run (or the work the last run left running) by replacing the server. */
  stop(): void {
    if (!this.client) return;
    if (this.get().runningSince !== null) {
      this.stopRequested = true;
      this.set({});
    }
    this.client.stop();
  }

  /** A new server, asked for by the reader: its caches are empty. */
  restart(): void {
    if (!this.cannotRun()) this.sandbox().restart("requested");
  }

  /**
   * Replaces a server that has run anything with a fresh one (the code's owner changed: a share
   * link's code, the reader's own, the example's after Reset) and says `text`; a server that has
   * run nothing yet is fresh already and is kept. Nothing an earlier script left in the old worker
   * (listeners, patched globals, timers) carries over.
   */
  freshStart(text: string): void {
    if (!this.used || this.blocked !== null) return;
    this.sandbox().restart("fresh");
    // After the restart's own notice: this one says why.
    this.set({ notice: { tone: "info", text } });
  }

  clearCache(): void {
    if (this.cannotRun()) return;
    this.used = true;
    void this.sandbox()
      .clearCache()
      .then((outcome) => {
        if (outcome.kind === "cleared")
          this.set((s) => ({ notice: CACHES_CLEARED, caches: outcome.caches ?? s.caches }));
      });
  }

  /** Moves the server's clock forward by `byMs` milliseconds (the inspector's clock control). */
  advanceClock(byMs: number): void {
    if (this.cannotRun()) return;
    this.used = true;
    void this.sandbox()
      .advanceClock(byMs)
      .then((outcome) => {
        if (outcome.kind === "clock") this.set({ caches: outcome.caches });
      });
  }

  /** Hides the notice (a playground that runs through `sandbox()` calls this when it starts a run). */
  dismissNotice(): void {
    this.set({ notice: null });
  }

  /** Marks the server as used by reader code sent through `sandbox()` directly. */
  markUsed(): void {
    this.used = true;
  }

  /** Ends the worker and leaves the queue; the next call that needs a server makes a new one. */
  dispose(): void {
    this.cancelBoot?.();
    this.cancelBoot = null;
    this.streamed.drop();
    this.printed.drop();
    this.client?.dispose();
    this.client = null;
  }

  private set(patch: Partial<SandboxState> | ((state: SandboxState) => Partial<SandboxState>)): void {
    this.store.set((state) => {
      const changes = typeof patch === "function" ? patch(state) : patch;
      const next = { ...state, ...changes };
      return { ...changes, status: this.statusOf(next) };
    });
  }

  private statusOf(state: SandboxState): ControllerStatus {
    if (state.runningSince !== null) return this.stopRequested ? "stopping" : "running";
    if (state.phase === "unavailable" || this.lastRestart === "crashed") return "crashed";
    return state.phase === "ready" ? "idle" : "boot";
  }

  private onEvent(event: SandboxEvent): void {
    // Once given up, nothing the old client still says (the new worker a restart boots) counts.
    if (this.blocked !== null) return;
    switch (event.type) {
      case "booting":
        this.bootedAt = this.now();
        return this.set({ phase: "booting" });
      case "ready":
        this.failedStarts = 0;
        return this.set((s) => ({ phase: s.phase === "booting" ? "loading-danfo" : s.phase }));
      case "preloaded":
        this.preloaded = true;
        this.notifyPreloaded();
        if (!event.error) this.options.onCodeRunnable?.();
        return this.set({ phase: "ready" });
      case "left-running":
        return this.set({ leftRunning: { pending: event.pending } });
      case "settled":
        return this.set({ leftRunning: null });
      case "restarted": {
        this.used = false;
        // Workers that die at once, again and again, before they answer are not let start (a
        // policy, a sandbox): trying on would restart them forever.
        const quick = this.now() - this.bootedAt < QUICK_DEATH_MS;
        if (
          event.reason === "crashed" &&
          this.get().phase === "booting" &&
          quick &&
          ++this.failedStarts >= MAX_FAILED_STARTS
        ) {
          return this.block(
            "its Web Worker was stopped as it started, three times in a row, so the page showing it may block workers",
          );
        }
        this.widgets = {};
        this.lastRestart = event.reason;
        this.set({
          leftRunning: null,
          notice: restartText(event.reason, this.options.timeLimitMs),
          output: null,
          caches: null,
        });
        this.options.onRestart?.(event.reason);
        return;
      }
      case "late-error":
        return this.set({ notice: lateErrorText(event.error) });
      case "failure":
        return this.set({ notice: { tone: "error", text: `The sandbox refused a message: ${event.error.message}` } });
    }
  }

  /** Stops trying: says why in one line instead of a spinner that never ends. */
  private block(reason: string): void {
    this.blocked = blockedText(reason);
    // After the client's current step: a restart boots a new worker right after telling us.
    const client = this.client;
    queueMicrotask(() => client?.dispose());
    this.set({ phase: "unavailable", runningSince: null, notice: { tone: "error", text: this.blocked } });
  }

  /** True (after saying so) when this page cannot host a sandbox. */
  private cannotRun(): boolean {
    if (this.blocked !== null) {
      this.set({ notice: { tone: "error", text: this.blocked } });
      return true;
    }
    const reason = this.options.blocker?.() ?? null;
    if (reason) this.block(reason);
    return reason !== null;
  }
}
