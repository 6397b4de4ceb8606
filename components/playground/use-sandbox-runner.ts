"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { CacheState } from "@/lib/sandbox/protocol";
import type { RowBlock } from "@/lib/sandbox/table-window";
import type { Element, JsonValue, RunResult, ScriptError, WidgetStates } from "@/lib/streamlit/types";
import { bootQueue } from "@/lib/sandbox/boot-queue";
import { markCodeRunnable } from "@/lib/editor/language-service-gate";
import { createSandboxWorker } from "@/lib/sandbox/create-worker";
import { blockedText, sandboxBlocker } from "@/lib/sandbox/sandbox-blocker";
import { SandboxClient, type RestartReason } from "@/lib/sandbox/sandbox-client";

/** Where the sandbox is in its life. */
export type ServerPhase = "waiting" | "booting" | "loading-danfo" | "ready" | "unavailable";

/** The output of the last finished run, with the source it ran (to quote failing lines). */
export interface RunOutput {
  result: RunResult;
  /** The sandbox's id of the run, to fetch more rows of its tables. */
  runId: number;
  source: string;
  /** Click-to-result time on the page, in milliseconds. */
  wallMs: number;
  /**
   * Mutation warnings of the previous run, kept when this run has none of its own: the change that
   * breaks run 2 happened in run 1, and the reader needs to see both together.
   */
  earlierWarnings: { runNumber: number; element: Element }[];
}

function mutationWarnings(result: RunResult): Element[] {
  return result.elements.filter((e) => e.type === "warning" && e.mutation !== undefined);
}

/** A widget the reader changed; `momentary` for buttons, whose value lasts one run. */
export interface WidgetChange {
  id: string;
  value: JsonValue;
  momentary: boolean;
}

/** A message for the reader about the server itself (restarts, failures). */
export interface ServerNotice {
  tone: "warning" | "info" | "error";
  text: string;
}

/** Everything the playground shows about its sandbox, and the actions on it. */
export interface SandboxRunner {
  phase: ServerPhase;
  /** When the current run started (performance.now), or null when idle. */
  runningSince: number | null;
  output: RunOutput | null;
  /** Elements streamed out by the current run so far. */
  live: Element[];
  /** Spinners of cached functions that are computing right now. */
  spinners: { id: number; text: string }[];
  notice: ServerNotice | null;
  /** The server's caches and clock after its last reply (null before the first, and after a restart). */
  caches: CacheState | null;
  boot: () => void;
  /** Rows `[start, end)` of table `element` of the run `runId`, or null if the server no longer has them. */
  loadRows: (runId: number, element: number, start: number, end: number) => Promise<RowBlock | null>;
  /** Runs `source`; `widget` is the widget that triggered the rerun, if any. */
  run: (source: string, widget?: WidgetChange) => void;
  stop: () => void;
  restart: () => void;
  /**
   * Replaces a server that has run anything with a fresh one (the code's owner changed: a share
   * link's code, the reader's own, the example's after Reset) and says `text`; a server that has
   * run nothing yet is fresh already and is kept. Nothing an earlier script left in the old worker
   * (listeners, patched globals, timers) carries over.
   */
  freshStart: (text: string) => void;
  clearCache: () => void;
  /** Moves the server's clock forward by `byMs` milliseconds (the inspector's clock control). */
  advanceClock: (byMs: number) => void;
  /** The client itself, for requests of another protocol (the multi-session playground). */
  sandbox: () => SandboxClient;
  /** Hides the notice (a playground that runs through `sandbox()` calls this when it starts a run). */
  dismissNotice: () => void;
  /**
   * Set while code the last run left behind is still running (it counts against that run's time
   * limit): how many timers, or null when the worker is too busy to say. `stop` ends it.
   */
  leftRunning: { pending: number | null } | null;
}

function restartText(reason: RestartReason, timeLimitMs: number): ServerNotice {
  const empty = "The server was restarted, so its caches are empty: the next run starts from scratch.";
  switch (reason) {
    case "time-limit":
      return { tone: "warning", text: `The script ran for more than ${timeLimitMs / 1000} s, so it was stopped. ${empty}` };
    case "stopped":
      return { tone: "warning", text: `You stopped the run. ${empty}` };
    case "crashed":
      return { tone: "error", text: `The server stopped responding (it may have run out of memory). ${empty}` };
    case "requested":
      return { tone: "info", text: empty };
    case "fresh":
      return { tone: "info", text: "A fresh server was started for this code: nothing an earlier script left in the old one carries over, and its caches are empty." };
    case "left-running":
      return {
        tone: "warning",
        text: `The last run had ended, but code it left behind (a timer, an interval or a promise) was still running when its ${timeLimitMs / 1000} s time limit ran out, so it was stopped. ${empty}`,
      };
  }
}

/** What the reader is told when code a script left behind (a timer, a callback) throws after the run. */
export function lateErrorText(error: ScriptError): ServerNotice {
  const where = error.line ? ` at line ${error.line}` : "";
  return {
    tone: "warning",
    text: `After the run had ended, code it left behind (a timer or a callback) threw ${error.type}: ${error.message}${where}. Streamlit would only print this in the server's terminal and keep serving; this server keeps running too, and its caches are kept.`,
  };
}

/** Extra options of {@link useSandboxRunner}, for a playground that speaks another protocol too. */
export interface SandboxRunnerExtras {
  /** Takes worker messages of another protocol (see SandboxClientOptions.receiveOther); must be stable. */
  receiveOther?: (data: unknown) => boolean;
  /** The worker was replaced, so everything shown from the old server is gone. */
  onRestart?: (reason: RestartReason) => void;
}

/** Workers that may die in a row before answering, before the playground says it cannot run here. */
const MAX_FAILED_STARTS = 3;
/**
 * A worker refused by the browser dies at once (an error event); one that is only slow to start on a
 * busy machine is ended by the heartbeat after seconds. Only the first kind counts as a failed start.
 */
const QUICK_DEATH_MS = 3_000;

/** Owns one {@link SandboxClient} for a playground and turns its events into React state. */
export function useSandboxRunner(timeLimitMs: number, onFirstRunDone?: () => void, extras: SandboxRunnerExtras = {}): SandboxRunner {
  const [phase, setPhase] = useState<ServerPhase>("waiting");
  // Read by the client's event handler, which is made once.
  const phaseRef = useRef<ServerPhase>("waiting");
  useEffect(() => {
    phaseRef.current = phase;
  }, [phase]);
  const [runningSince, setRunningSince] = useState<number | null>(null);
  const [output, setOutput] = useState<RunOutput | null>(null);
  const [live, setLive] = useState<Element[]>([]);
  const [spinners, setSpinners] = useState<{ id: number; text: string }[]>([]);
  const [notice, setNotice] = useState<ServerNotice | null>(null);
  const [caches, setCaches] = useState<CacheState | null>(null);
  const [leftRunning, setLeftRunning] = useState<{ pending: number | null } | null>(null);
  // Streamed elements wait here and are drawn once per frame: one render per element made a run
  // that draws thousands of them freeze the page.
  const streamed = useRef<{ elements: Element[]; frame: number }>({ elements: [], frame: 0 });
  const clientRef = useRef<SandboxClient | null>(null);
  // Reader code has reached the current server (a run, or a request that runs its callbacks).
  const used = useRef(false);
  // The line saying why this page cannot host a sandbox, once that is known.
  const blocked = useRef<string | null>(null);
  // Workers that died in a row before saying "ready" (reset by a "ready").
  const failedStarts = useRef(0);
  const bootedAt = useRef(0);
  const widgetsRef = useRef<WidgetStates>({});
  const firstRunDone = useRef(onFirstRunDone);
  const onRestart = useRef(extras.onRestart);
  // Resolves the boot queue's wait once this sandbox has preloaded danfojs.
  const preloaded = useRef<{ done: boolean; notify: () => void }>({ done: false, notify: () => {} });
  useEffect(() => {
    firstRunDone.current = onFirstRunDone;
    onRestart.current = extras.onRestart;
  });

  /** Stops trying: says why in one line instead of a spinner that never ends. */
  const block = useCallback((reason: string) => {
    blocked.current = blockedText(reason);
    // After the client's current step: a restart boots a new worker right after telling us.
    queueMicrotask(() => clientRef.current?.dispose());
    setPhase("unavailable");
    setRunningSince(null);
    setNotice({ tone: "error", text: blocked.current });
  }, []);

  /** True (after saying so) when this page cannot host a sandbox. */
  const cannotRun = useCallback((): boolean => {
    if (blocked.current !== null) {
      setNotice({ tone: "error", text: blocked.current });
      return true;
    }
    const reason = sandboxBlocker();
    if (reason) block(reason);
    return reason !== null;
  }, [block]);

  const client = useCallback((): SandboxClient => {
    clientRef.current ??= new SandboxClient({
      createWorker: () => {
        try {
          return createSandboxWorker();
        } catch (error) {
          block(`the browser refused to start the Web Worker the code runs in (${error instanceof Error ? error.message : String(error)})`);
          throw error;
        }
      },
      timeLimitMs,
      receiveOther: extras.receiveOther,
      onEvent: (event) => {
        if (event.type === "booting") {
          bootedAt.current = performance.now();
          setPhase("booting");
        }
        else if (event.type === "ready") {
          failedStarts.current = 0;
          setPhase((p) => (p === "booting" ? "loading-danfo" : p));
        }
        else if (event.type === "preloaded") {
          preloaded.current.done = true;
          preloaded.current.notify();
          if (!event.error) markCodeRunnable();
          setPhase("ready");
        }
        else if (event.type === "left-running") setLeftRunning({ pending: event.pending });
        else if (event.type === "settled") setLeftRunning(null);
        else if (event.type === "restarted") {
          used.current = false;
          // Workers that die at once, again and again, before they answer are not let start (a
          // policy, a sandbox): trying on would restart them forever.
          const quick = performance.now() - bootedAt.current < QUICK_DEATH_MS;
          if (event.reason === "crashed" && phaseRef.current === "booting" && quick && ++failedStarts.current >= MAX_FAILED_STARTS) {
            return block("its Web Worker was stopped as it started, three times in a row, so the page showing it may block workers");
          }
          setLeftRunning(null);
          widgetsRef.current = {};
          setNotice(restartText(event.reason, timeLimitMs));
          setOutput(null);
          setCaches(null);
          onRestart.current?.(event.reason);
        } else if (event.type === "late-error") setNotice(lateErrorText(event.error));
        else if (event.type === "failure") setNotice({ tone: "error", text: `The sandbox refused a message: ${event.error.message}` });
      },
    });
    return clientRef.current;
    // The client is made once; receiveOther must be stable (the multi-session hook passes a callback ref).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timeLimitMs]);

  const cancelBoot = useRef<(() => void) | null>(null);
  useEffect(
    () => () => {
      cancelBoot.current?.();
      clientRef.current?.dispose();
    },
    [],
  );

  /** Queues this sandbox's boot behind the other playgrounds' (see boot-queue.ts). */
  const boot = useCallback(() => {
    if (cancelBoot.current || cannotRun()) return;
    cancelBoot.current = bootQueue.enqueue(
      () =>
        new Promise<void>((resolve) => {
          if (preloaded.current.done) return resolve();
          preloaded.current.notify = resolve;
          client().boot();
        }),
    );
  }, [client, cannotRun]);

  const run = useCallback(
    (source: string, widget?: WidgetChange) => {
      if (cannotRun()) return;
      const sandbox = client();
      if (sandbox.busy) return;
      used.current = true;
      // A clicked button is true for the one run it triggers; other widgets keep their value.
      if (widget && !widget.momentary) widgetsRef.current = { ...widgetsRef.current, [widget.id]: widget.value };
      const widgets = widget?.momentary ? { ...widgetsRef.current, [widget.id]: widget.value } : widgetsRef.current;
      const started = performance.now();
      setRunningSince(started);
      cancelAnimationFrame(streamed.current.frame);
      streamed.current = { elements: [], frame: 0 };
      setLive([]);
      setSpinners([]);
      setNotice(null);
      setLeftRunning(null);
      let outcome: ReturnType<SandboxClient["run"]>;
      try {
        outcome = sandbox.run(source, widgets, (progress) => {
          if (progress.kind === "element") {
            const batch = streamed.current;
            batch.elements.push(progress.element);
            batch.frame ||= requestAnimationFrame(() => {
              const drawn = batch.elements.splice(0);
              batch.frame = 0;
              setLive((l) => [...l, ...drawn]);
            });
          } else if (progress.kind === "spinner-start") setSpinners((s) => [...s, { id: progress.id, text: progress.text }]);
          else setSpinners((s) => s.filter((x) => x.id !== progress.id));
        });
      } catch {
        return; // The worker could not be started; `block` said why.
      }
      void outcome.then((outcome) => {
          cancelAnimationFrame(streamed.current.frame);
          streamed.current = { elements: [], frame: 0 };
          setRunningSince(null);
          setSpinners([]);
          setLive([]);
          if (outcome.kind === "result") {
            const result = outcome.result;
            setCaches(outcome.caches ?? null);
            const wallMs = performance.now() - started;
            setOutput((previous) => {
              const carried =
                previous && mutationWarnings(result).length === 0 && result.runNumber === previous.result.runNumber + 1
                  ? mutationWarnings(previous.result).map((element) => ({ runNumber: previous.result.runNumber, element }))
                  : [];
              return { result, runId: outcome.runId, source, wallMs, earlierWarnings: carried };
            });
            firstRunDone.current?.();
          } else if (outcome.kind === "failure") {
            setNotice({ tone: "error", text: `The sandbox could not run the script: ${outcome.error.message}` });
          }
        });
    },
    [client, cannotRun],
  );

  const loadRows = useCallback(async (runId: number, element: number, start: number, end: number) => {
    const outcome = await clientRef.current?.rows(runId, element, start, end);
    return outcome?.kind === "rows" ? outcome.block : null;
  }, []);

  const stop = useCallback(() => clientRef.current?.stop(), []);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const restart = useCallback(() => {
    if (!cannotRun()) client().restart("requested");
  }, [client, cannotRun]);
  const freshStart = useCallback(
    (text: string) => {
      if (!used.current || blocked.current !== null) return;
      client().restart("fresh");
      // After the restart's own notice, in the same update: this one says why.
      setNotice({ tone: "info", text });
    },
    [client],
  );
  const clearCache = useCallback(() => {
    if (cannotRun()) return;
    used.current = true;
    void client()
      .clearCache()
      .then((outcome) => {
        if (outcome.kind !== "cleared") return;
        setNotice({ tone: "info", text: "Caches cleared: the next run computes every cached function again." });
        if (outcome.caches) setCaches(outcome.caches);
      });
  }, [client, cannotRun]);
  const advanceClock = useCallback(
    (byMs: number) => {
      if (cannotRun()) return;
      used.current = true;
      void client()
        .advanceClock(byMs)
        .then((outcome) => {
          if (outcome.kind === "clock") setCaches(outcome.caches);
        });
    },
    [client, cannotRun],
  );

  return { phase, runningSince, output, live, spinners, notice, caches, boot, loadRows, run, stop, restart, freshStart, clearCache, advanceClock, sandbox: client, dismissNotice, leftRunning };
}
