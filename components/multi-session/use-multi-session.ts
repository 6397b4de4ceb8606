"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useSandboxRunner, type ServerNotice, type ServerPhase, type WidgetChange } from "@/components/playground/use-sandbox-runner";
import { multiMessage, parseMultiWorkerMessage, type MultiWorkerMessage } from "@/lib/sandbox/multi-session-protocol";
import type { RunResult, Schedule, StepRecord, WidgetStates } from "@/lib/streamlit/types";

/** The interleaved run in progress, as the page tracks it. */
export interface MultiRunState {
  runId: number;
  sessions: string[];
  /** Stepping: each step waits for "Next step". */
  manual: boolean;
  /** A "Next step" was sent and its step has not come back yet. */
  awaitingStep: boolean;
}

/** Everything the multi-session playground shows. */
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

/** What {@link useMultiSession} gives the playground. */
export interface MultiSession {
  state: MultiSessionState;
  phase: ServerPhase;
  /** Why the server was restarted (time limit, Stop, crash), in plain words. */
  notice: ServerNotice | null;
  boot: () => void;
  /** Runs the named sessions at once (one name: that session alone); `widget` reruns a session after a click. */
  run: (sessions: string[], source: string, schedule: Schedule, manual: boolean, widget?: SessionWidgetChange) => void;
  next: () => void;
  runToEnd: () => void;
  stop: () => void;
  restart: () => void;
}

const EMPTY: MultiSessionState = { results: {}, steps: [], stepsLeftOut: 0, source: "", running: null, problem: null };

/**
 * Drives the multi-session host of a sandbox worker: runs, stepping, results, the timeline. Built
 * on the single playground's runner, so it has the same boot queue, time limit, Stop, and crash
 * recovery with the same plain-words notices. The time limit counts only while the worker works:
 * it is paused while a stepped run waits for "Next step".
 */
export function useMultiSession(timeLimitMs: number): MultiSession {
  const [state, setState] = useState<MultiSessionState>(EMPTY);
  const currentRef = useRef<MultiRunState | null>(null);
  // Widget values per session: each reader's tab keeps its own, as in Streamlit.
  const widgetsRef = useRef<Record<string, WidgetStates>>({});
  const receiveRef = useRef<(message: MultiWorkerMessage) => void>(() => {});
  const stepBatch = useRef<{ steps: StepRecord[]; frame: number }>({ steps: [], frame: 0 });
  const flushSteps = useCallback(() => {
    const batch = stepBatch.current;
    cancelAnimationFrame(batch.frame);
    batch.frame = 0;
    const steps = batch.steps.splice(0);
    if (steps.length) setState((s) => ({ ...s, steps: [...s.steps, ...steps], running: currentRef.current }));
  }, []);
  const receiveOther = useCallback((data: unknown) => {
    const parsed = parseMultiWorkerMessage(data);
    if (!parsed.ok) return false;
    receiveRef.current(parsed.message);
    return true;
  }, []);
  // A new server has no sessions and empty caches: what the panes showed came from the old one.
  const onRestart = useCallback(() => {
    currentRef.current = null;
    widgetsRef.current = {};
    setState((s) => ({ ...EMPTY, steps: s.steps, source: s.source }));
  }, []);
  const runner = useSandboxRunner(timeLimitMs, undefined, { receiveOther, onRestart });
  const { sandbox, boot, stop, dismissNotice, restart: restartServer } = runner;

  useEffect(() => {
    receiveRef.current = (m) => {
      const current = currentRef.current;
      if (!current || current.runId !== m.runId) return;
      const client = sandbox();
      if (m.type === "multi-step") {
        // In a stepped run the worker now waits for the reader, which no time limit should judge.
        if (current.manual) client.pauseLimit(m.runId);
        currentRef.current = { ...current, awaitingStep: false };
        // Drawn once per frame: a run going on its own sends up to a thousand steps in a burst.
        const batch = stepBatch.current;
        batch.steps.push(m.step);
        batch.frame ||= requestAnimationFrame(flushSteps);
        return;
      }
      flushSteps();
      currentRef.current = null;
      client.finish(m.runId);
      if (m.type === "multi-result") setState((s) => ({ ...s, results: { ...s.results, ...m.results }, stepsLeftOut: m.stepsLeftOut ?? 0, running: null }));
      else setState((s) => ({ ...s, running: null, problem: m.error.message }));
    };
  });

  const run = useCallback(
    (sessions: string[], source: string, schedule: Schedule, manual: boolean, widget?: SessionWidgetChange) => {
      const client = sandbox();
      if (client.busy) return;
      // As in the single playground: a button is true for the one run it triggers, other widgets keep their value.
      if (widget && !widget.change.momentary) {
        widgetsRef.current = { ...widgetsRef.current, [widget.session]: { ...widgetsRef.current[widget.session], [widget.change.id]: widget.change.value } };
      }
      const widgets: Record<string, WidgetStates> = {};
      for (const name of sessions) {
        const kept = widgetsRef.current[name] ?? {};
        widgets[name] = widget?.session === name && widget.change.momentary ? { ...kept, [widget.change.id]: widget.change.value } : kept;
      }
      dismissNotice();
      // An interrupted run is cleared by onRestart, and the runner's notice says why.
      const { runId } = client.request((id) => multiMessage("multi-run", id, { sessions, source, schedule, manual, widgets }));
      const running: MultiRunState = { runId, sessions, manual, awaitingStep: manual };
      currentRef.current = running;
      // Steps of an earlier, interrupted run still waiting for a frame are not this run's.
      cancelAnimationFrame(stepBatch.current.frame);
      stepBatch.current = { steps: [], frame: 0 };
      setState((s) => ({ ...s, steps: [], stepsLeftOut: 0, source, problem: null, running }));
      if (manual) client.send(runId, multiMessage("multi-next", runId, {}));
    },
    [sandbox, dismissNotice],
  );

  const next = useCallback(() => {
    const current = currentRef.current;
    if (!current?.manual || current.awaitingStep) return;
    const client = sandbox();
    currentRef.current = { ...current, awaitingStep: true };
    setState((s) => ({ ...s, running: currentRef.current }));
    client.resumeLimit(current.runId);
    client.send(current.runId, multiMessage("multi-next", current.runId, {}));
  }, [sandbox]);

  const runToEnd = useCallback(() => {
    const current = currentRef.current;
    if (!current?.manual) return;
    const client = sandbox();
    currentRef.current = { ...current, manual: false, awaitingStep: true };
    setState((s) => ({ ...s, running: currentRef.current }));
    client.resumeLimit(current.runId);
    client.send(current.runId, multiMessage("multi-run-to-end", current.runId, {}));
  }, [sandbox]);

  /** A fresh server: the worker is replaced, so caches, sessions and run counts start over. */
  const restart = useCallback(() => {
    restartServer();
    setState(EMPTY);
  }, [restartServer]);

  return { state, phase: runner.phase, notice: runner.notice, boot, run, next, runToEnd, stop, restart };
}
