/**
 * The deterministic scheduler behind interleaved runs. Sessions of one server run "at once" the
 * way Streamlit's script threads do, but only one of them moves at a time: each stops at its step
 * points (see instrument.ts) and at locks, and the scheduler alone decides who goes next, from a
 * seed or an explicit plan. Nothing depends on timing, so a schedule replays identically.
 *
 * Each turn is one {@link StepRecord}: which session ran, from which line, what st calls it made,
 * what it put on the page and how the turn ended. In manual mode a turn is granted only by
 * `next()`, so a page can step through a race one step at a time.
 */
import type { Element, RunResult, Schedule, ScriptError, StepRecord } from "./types";

/** What a session's run tells the scheduler, and waits on. */
export interface ThreadGate {
  /** Before the script body runs (each run and rerun): waits for the first turn. */
  begin(line: number, runNumber: number): Promise<void>;
  /** At a step point (or, with `afterAwait`, right after an await in `line` settled): ends the turn and waits for the next one. */
  step(line: number, afterAwait?: boolean): Promise<void>;
  /** An st call was made (for the step log). */
  call(name: string): void;
  /** An element was put on the page (for the step log). */
  saw(element: Element): void;
}

/** A running session's handle, for locks: a blocked session gives its turn away. */
export interface BlockingThread {
  /**
   * Ends the turn as "blocked" and lets other sessions run. `wake(resume)` makes the session ready
   * again; when its turn comes, `resume` is called. If every session ends up blocked, `fail` is
   * called on its turn instead (Python would hang; failing shows the deadlock).
   */
  block(fail: () => void): { wake(resume: () => void): void };
}

/** Options of {@link createInterleaving}. */
export interface InterleavingOptions {
  /** Session names, in order ("A", "B"). */
  names: string[];
  schedule?: Schedule;
  /** Turns are granted only by `next()` (stepping); otherwise one after another until the end. */
  manual?: boolean;
  /** Called with each step as it ends. */
  onStep?: (step: StepRecord) => void;
  /** After this many steps every session's next step fails (an endless loop would otherwise never end). Default {@link MAX_STEPS}. */
  maxSteps?: number;
}

/** Steps an interleaved run may take by default: far more than any example needs. */
export const MAX_STEPS = 5_000;

/** The scheduler of one interleaved run. */
export interface Interleaving {
  /** The gate of the named session's run. */
  gate(name: string): ThreadGate;
  /** The named session's run has ended (or could not start, e.g. a SyntaxError). */
  end(name: string, result: RunResult): void;
  /** The session whose turn it is, if any (locks ask it who is acquiring). */
  running(): BlockingThread | undefined;
  /** Manual mode: grants one turn; resolves with its step, or undefined once every session has finished. */
  next(): Promise<StepRecord | undefined>;
  /** Leaves manual mode: every remaining turn is granted at once. */
  runToEnd(): void;
  /** Every step so far, in order. */
  readonly steps: StepRecord[];
  /** Resolves when every session has ended. */
  readonly finished: Promise<StepRecord[]>;
}

type State = "new" | "ready" | "running" | "blocked" | "done";
interface Thread {
  name: string;
  state: State;
  line: number;
  runNumber: number;
  resume?: () => void;
  /** Set by begin: the first step point, if it is the start line, does not pause again. */
  freshAt?: number;
  fail?: () => void;
}

/** A small, fast, seedable generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One line of what an element shows, for the timeline. */
export function summarizeElement(element: Element): string {
  const clip = (s: string) => (s.length > 80 ? s.slice(0, 79) + "…" : s);
  switch (element.type) {
    case "title":
    case "header":
    case "subheader":
    case "markdown":
    case "caption":
    case "text":
    case "error":
    case "warning":
    case "info":
    case "success":
    case "code":
      return clip(element.body);
    case "metric":
      return clip(`${element.label}: ${element.value}`);
    case "exception":
      return clip(`${element.error.type}: ${element.error.message}`);
    case "json":
      return clip(JSON.stringify(element.value));
    case "dataframe":
    case "table":
      return `table ${element.table.shape[0]} × ${element.table.shape[1]} (${clip(element.table.columns.join(", "))})`;
    case "divider":
      return "—";
    default:
      return `${element.type} "${element.label}"`;
  }
}

/** Picks who goes next among the ready sessions, for a seed or a plan. */
function createPolicy(schedule: Schedule | undefined): (ready: Thread[]) => Thread {
  if (schedule && "seed" in schedule) {
    const random = seededRandom(schedule.seed);
    return (ready) => ready[Math.floor(random() * ready.length)];
  }
  const plan = schedule?.plan ?? [];
  let at = 0;
  return (ready) => {
    for (; at < plan.length; at++) {
      const segment = plan[at];
      const thread = ready.find((t) => t.name === segment.session);
      if (thread && thread.line !== segment.untilLine) return thread;
    }
    return ready[0];
  };
}

/** Creates the scheduler of one interleaved run. */
export function createInterleaving(options: InterleavingOptions): Interleaving {
  const threads = options.names.map((name): Thread => ({ name, state: "new", line: 1, runNumber: 0 }));
  const byName = new Map(threads.map((t) => [t.name, t]));
  const pick = createPolicy(options.schedule);
  const steps: StepRecord[] = [];
  let manual = options.manual ?? false;
  const maxSteps = options.maxSteps ?? MAX_STEPS;
  let credits = 0;
  let idle = false;
  let current: { thread: Thread; record: StepRecord } | undefined;
  const waitingForStep: ((step: StepRecord | undefined) => void)[] = [];
  let resolveFinished!: (steps: StepRecord[]) => void;
  const finished = new Promise<StepRecord[]>((resolve) => (resolveFinished = resolve));

  const thread = (name: string) => {
    const found = byName.get(name);
    if (!found)
      throw new Error(`No session "${name}" in this interleaved run (sessions: ${options.names.join(", ")}).`);
    return found;
  };

  const record = (step: StepRecord) => {
    steps.push(step);
    options.onStep?.(step);
    waitingForStep.shift()?.(step);
  };

  const closeTurn = (status: StepRecord["status"], extra: Partial<StepRecord> = {}) => {
    if (!current) return;
    const { record: open } = current;
    current = undefined;
    record({ ...open, ...extra, status });
  };

  const decide = (): void => {
    if (current || threads.some((t) => t.state === "new")) return;
    const ready = threads.filter((t) => t.state === "ready");
    if (ready.length === 0) {
      const blocked = threads.filter((t) => t.state === "blocked");
      if (blocked.length > 0) {
        for (const t of blocked) {
          t.state = "ready";
          t.resume = t.fail;
        }
        return decide();
      }
      for (const resolve of waitingForStep.splice(0)) resolve(undefined);
      resolveFinished(steps);
      return;
    }
    if (manual && credits === 0) {
      idle = true;
      return;
    }
    if (manual) credits--;
    idle = false;
    const next = pick(ready);
    next.state = "running";
    current = {
      thread: next,
      record: {
        index: steps.length,
        session: next.name,
        runNumber: next.runNumber,
        line: next.line,
        calls: [],
        saw: [],
        status: "paused",
      },
    };
    const resume = next.resume;
    next.resume = undefined;
    resume?.();
  };

  const pause = (t: Thread, line: number) =>
    new Promise<void>((resolve) => {
      t.line = line;
      t.state = "ready";
      t.resume = resolve;
      decide();
    });

  return {
    gate(name) {
      const t = thread(name);
      return {
        begin(line, runNumber) {
          t.runNumber = runNumber;
          t.freshAt = line;
          if (current?.thread === t) closeTurn("paused", { nextLine: line });
          return pause(t, line);
        },
        step(line, afterAwait = false) {
          // Made here, called from the script's line, so the error points at it.
          if (steps.length >= maxSteps)
            return Promise.reject(
              new Error(
                `StepLimitError: this interleaved run took ${maxSteps} steps and was stopped; is there an endless loop?`,
              ),
            );
          if (t.freshAt === line) {
            t.freshAt = undefined;
            return Promise.resolve();
          }
          t.freshAt = undefined;
          if (current?.thread === t)
            closeTurn("paused", afterAwait ? { nextLine: line, afterAwait } : { nextLine: line });
          return pause(t, line);
        },
        call(callName) {
          if (current?.thread === t) current.record.calls.push(callName);
        },
        saw(element) {
          if (current?.thread === t) current.record.saw.push(summarizeElement(element));
        },
      };
    },
    end(name, result) {
      const t = thread(name);
      const error: ScriptError | undefined = result.error;
      if (current?.thread === t) closeTurn(error ? "error" : "done", error ? { error } : {});
      else if (error)
        record({
          index: steps.length,
          session: name,
          runNumber: result.runNumber,
          line: error.line ?? 1,
          calls: [],
          saw: [],
          status: "error",
          error,
        });
      t.state = "done";
      decide();
    },
    running() {
      const turn = current;
      if (!turn) return undefined;
      return {
        block(fail) {
          const t = turn.thread;
          closeTurn("blocked");
          t.state = "blocked";
          t.fail = fail;
          queueMicrotask(decide);
          return {
            wake(resume) {
              if (t.state !== "blocked") return;
              t.state = "ready";
              t.fail = undefined;
              t.resume = resume;
              if (idle && !manual) decide();
            },
          };
        },
      };
    },
    next() {
      const promise = new Promise<StepRecord | undefined>((resolve) => waitingForStep.push(resolve));
      if (threads.every((t) => t.state === "done")) {
        for (const resolve of waitingForStep.splice(0)) resolve(undefined);
        return promise;
      }
      credits++;
      if (idle) decide();
      return promise;
    },
    runToEnd() {
      manual = false;
      if (idle) decide();
    },
    steps,
    finished,
  };
}
