/**
 * The multi-session playground's runs, framework-free: several sessions of one app on one server,
 * run alone, all at once, or step by step. Built on {@link SandboxController}, so it has the same
 * boot queue, time limit, Stop, and crash recovery with the same plain-words notices. The time limit
 * counts only while the worker works: it is paused while a stepped run waits for "Next step".
 */
import type { MultiOutcome } from "@/lib/sandbox/sandbox-client";
import type { RunResult, Schedule, StepRecord, WidgetStates } from "@/lib/streamlit/types";
import { FrameBatch, timerFrames } from "./frame-batch";
import { SandboxController, type SandboxControllerOptions } from "./sandbox-controller";
import { Store } from "@/lib/state/store";
import { widgetsForRun, type WidgetChange } from "./widgets";

/** The interleaved run in progress. */
export interface MultiRunState {
  runId: number;
  sessions: string[];
  /** Stepping: each step waits for "Next step". */
  manual: boolean;
  /** A "Next step" was sent and its step has not come back yet. */
  awaitingStep: boolean;
}

/** Everything the multi-session playground shows besides the server's own state. */
export interface MultiSessionState {
  /** The last result of each session, by name. */
  results: Record<string, RunResult>;
  /** Steps of the last interleaved run, in order. */
  steps: StepRecord[];
  /** Steps of the last run that ran but were not sent: the timeline shows the first ones only. */
  stepsLeftOut: number;
  /** Source the last results came from (error lines refer to it). */
  source: string;
  running: MultiRunState | null;
  /** A sandbox failure, for the reader. */
  problem: string | null;
}

/** A widget a reader clicked in one session's pane. */
export interface SessionWidgetChange {
  session: string;
  change: WidgetChange;
}

const EMPTY: MultiSessionState = { results: {}, steps: [], stepsLeftOut: 0, source: "", running: null, problem: null };

/** One multi-session playground: its server ({@link server}) and its interleaved runs. */
export class MultiSessionController {
  private readonly store = new Store<MultiSessionState>(EMPTY);
  readonly get = this.store.get;
  readonly subscribe = this.store.subscribe;
  /** The server the sessions share: phase, notices, Stop, Restart. */
  readonly server: SandboxController;
  private current: MultiRunState | null = null;
  /** Widget values per session: each reader's tab keeps its own, as in Streamlit. */
  private widgets: Record<string, WidgetStates> = {};
  private readonly steps: FrameBatch<StepRecord>;

  constructor(options: Omit<SandboxControllerOptions, "onRestart">) {
    // Drawn once per frame: a run going on its own sends up to a thousand steps in a burst.
    this.steps = new FrameBatch(options.frames ?? timerFrames, (steps) =>
      this.store.set((s) => ({ steps: [...s.steps, ...steps], running: this.current })),
    );
    this.server = new SandboxController({
      ...options,
      // A new server has no sessions and empty caches: what the panes showed came from the old one.
      onRestart: () => {
        this.current = null;
        this.widgets = {};
        this.steps.drop();
        this.store.set((s) => ({ ...EMPTY, steps: s.steps, source: s.source }));
      },
    });
  }

  /** Runs the named sessions at once (one name: that session alone); `widget` reruns a session after a click. */
  run(sessions: string[], source: string, schedule: Schedule, manual: boolean, widget?: SessionWidgetChange): void {
    const client = this.server.sandbox();
    if (client.busy) return;
    // As in the single playground, per session: a button is true for the one run it triggers.
    const widgets: Record<string, WidgetStates> = {};
    for (const name of sessions) {
      const { kept, sent } = widgetsForRun(
        this.widgets[name] ?? {},
        widget?.session === name ? widget.change : undefined,
      );
      this.widgets = { ...this.widgets, [name]: kept };
      widgets[name] = sent;
    }
    this.server.dismissNotice();
    this.server.markUsed();
    // Steps of an earlier, interrupted run still waiting for a frame are not this run's.
    this.steps.drop();
    const { runId, outcome } = client.multiRun({ sessions, source, schedule, manual, widgets }, (step) =>
      this.onStep(runId, step),
    );
    const running: MultiRunState = { runId, sessions, manual, awaitingStep: manual };
    this.current = running;
    this.store.set({ steps: [], stepsLeftOut: 0, source, problem: null, running });
    void outcome.then((outcome) => this.finish(runId, outcome));
  }

  /** One more step of a stepped run. */
  next(): void {
    const current = this.current;
    if (!current?.manual || current.awaitingStep) return;
    this.current = { ...current, awaitingStep: true };
    this.store.set({ running: this.current });
    this.server.sandbox().nextStep(current.runId);
  }

  /** Lets a stepped run go on by itself to the end. */
  runToEnd(): void {
    const current = this.current;
    if (!current?.manual) return;
    this.current = { ...current, manual: false, awaitingStep: true };
    this.store.set({ running: this.current });
    this.server.sandbox().runToEnd(current.runId);
  }

  /** A fresh server: the worker is replaced, so caches, sessions and run counts start over. */
  restart(): void {
    this.server.restart();
    this.store.set(EMPTY);
  }

  dispose(): void {
    this.steps.drop();
    this.server.dispose();
  }

  private onStep(runId: number, step: StepRecord): void {
    if (this.current?.runId !== runId) return;
    this.current = { ...this.current, awaitingStep: false };
    this.steps.push(step);
  }

  /** The run ended: its results, its failure, or (interrupted) nothing, since onRestart cleared it. */
  private finish(runId: number, outcome: MultiOutcome): void {
    if (this.current?.runId !== runId) return;
    this.steps.drain();
    this.current = null;
    if (outcome.kind === "multi-result")
      this.store.set((s) => ({
        results: { ...s.results, ...outcome.results },
        stepsLeftOut: outcome.stepsLeftOut,
        running: null,
      }));
    else if (outcome.kind === "failure") this.store.set({ running: null, problem: outcome.error.message });
    else this.store.set({ running: null });
  }
}
