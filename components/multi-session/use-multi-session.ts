"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createSandboxWorker } from "@/components/playground/create-sandbox-worker";
import { multiMessage, parseMultiWorkerMessage, type MultiHostMessage } from "@/lib/sandbox/multi-session-protocol";
import { parseWorkerMessage } from "@/lib/sandbox/protocol";
import type { RunResult, Schedule, StepRecord } from "@/lib/streamlit/types";

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
  /** "booting" until the worker said ready. */
  phase: "idle" | "booting" | "ready";
  /** The last result of each session, by name. */
  results: Record<string, RunResult>;
  /** Steps of the last interleaved run, in order. */
  steps: StepRecord[];
  /** Source the last results came from (error lines refer to it). */
  source: string;
  running: MultiRunState | null;
  /** A sandbox failure, for the reader. */
  problem: string | null;
}

/** Drives one sandbox worker's multi-session host: runs, stepping, results, the timeline. */
export function useMultiSession() {
  const workerRef = useRef<Worker | null>(null);
  const readyRef = useRef(false);
  const pendingRef = useRef<MultiHostMessage[]>([]);
  const runIdRef = useRef(0);
  const [state, setState] = useState<MultiSessionState>({ phase: "idle", results: {}, steps: [], source: "", running: null, problem: null });

  const send = useCallback((message: MultiHostMessage) => {
    if (readyRef.current) workerRef.current?.postMessage(message);
    else pendingRef.current.push(message);
  }, []);

  const boot = useCallback(() => {
    if (workerRef.current) return;
    const worker = createSandboxWorker();
    workerRef.current = worker;
    setState((s) => ({ ...s, phase: "booting" }));
    worker.addEventListener("message", (event: MessageEvent) => {
      const multi = parseMultiWorkerMessage(event.data);
      if (multi.ok) {
        const m = multi.message;
        setState((s) => {
          if (s.running?.runId !== m.runId) return s;
          if (m.type === "multi-step") return { ...s, steps: [...s.steps, m.step], running: { ...s.running, awaitingStep: false } };
          if (m.type === "multi-result") return { ...s, results: { ...s.results, ...m.results }, running: null };
          return { ...s, running: null, problem: m.error.message };
        });
        return;
      }
      const plain = parseWorkerMessage(event.data);
      if (plain.ok && plain.message.type === "ready") {
        readyRef.current = true;
        for (const message of pendingRef.current.splice(0)) worker.postMessage(message);
        setState((s) => ({ ...s, phase: "ready" }));
      }
    });
    worker.addEventListener("error", () => setState((s) => ({ ...s, problem: "The sandbox stopped unexpectedly; reload the page to start it again." })));
  }, []);

  useEffect(() => () => workerRef.current?.terminate(), []);

  /** Runs the named sessions at once (one name: that session alone). */
  const run = useCallback(
    (sessions: string[], source: string, schedule: Schedule, manual: boolean) => {
      boot();
      const runId = ++runIdRef.current;
      setState((s) => ({ ...s, steps: [], source, problem: null, running: { runId, sessions, manual, awaitingStep: manual } }));
      send(multiMessage("multi-run", runId, { sessions, source, schedule, manual }));
      if (manual) send(multiMessage("multi-next", runId, {}));
    },
    [boot, send],
  );

  const next = useCallback(() => {
    const runId = runIdRef.current;
    setState((s) => (s.running ? { ...s, running: { ...s.running, awaitingStep: true } } : s));
    send(multiMessage("multi-next", runId, {}));
  }, [send]);

  const runToEnd = useCallback(() => {
    const runId = runIdRef.current;
    setState((s) => (s.running ? { ...s, running: { ...s.running, manual: false, awaitingStep: true } } : s));
    send(multiMessage("multi-run-to-end", runId, {}));
  }, [send]);

  /** A fresh server: the worker is replaced, so caches, sessions and run counts start over. */
  const restart = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
    readyRef.current = false;
    pendingRef.current = [];
    runIdRef.current++;
    setState({ phase: "idle", results: {}, steps: [], source: "", running: null, problem: null });
    boot();
  }, [boot]);

  return { state, boot, run, next, runToEnd, restart };
}
