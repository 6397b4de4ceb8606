"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createRunJournal, type UnfinishedRun } from "@/lib/storage/run-journal";
import { holdRunLock, runLockHeld } from "@/lib/storage/run-lock";
import { useLocalStorage } from "./use-local-storage";

/** How often a running playground renews its note (see lib/storage/run-journal.ts). */
const BEAT_MS = 1_000;

/** What {@link useRunJournal} gives a playground. */
export interface RunJournalState {
  /** The run this example's page was in when it died, found when this page opened; null otherwise. */
  crashed: UnfinishedRun | null;
  /** True once the journal was read: an autorun must wait for it, and not happen after a crash. */
  checked: boolean;
  /** Notes that a run starts now (call it right before sending the run to the sandbox); `shared` for a share link's code. */
  noteStart: (shared?: boolean) => void;
  /** Hides the crash note (the reader ran the code again). */
  dismiss: () => void;
}

/**
 * Keeps the note of a run under way for one playground, so that when a script brings the whole
 * tab down (a worker out of memory crashes its page in Chromium), the page opened next says what
 * happened instead of silently showing the code again. Leaving the page normally is no crash.
 */
export function useRunJournal(example: string, running: boolean): RunJournalState {
  const journal = useLocalStorage(createRunJournal);
  const [crashed, setCrashed] = useState<UnfinishedRun | null>(null);
  const [checked, setChecked] = useState(false);
  const runningRef = useRef(running);

  useEffect(() => {
    // Read after hydration: the server-rendered page knows nothing of this browser's storage.
    let live = true;
    void runLockHeld(navigator.locks, example).then((running) => {
      if (!live) return;
      setCrashed(journal?.takeCrashed(example, running) ?? null);
      setChecked(true);
    });
    return () => {
      live = false;
    };
  }, [journal, example]);

  useEffect(() => {
    runningRef.current = running;
    if (!running || !journal) return;
    const releaseLock = holdRunLock(navigator.locks, example);
    const timer = setInterval(() => journal.beat(example), BEAT_MS);
    return () => {
      clearInterval(timer);
      journal.finish(example);
      releaseLock();
    };
  }, [running, journal, example]);

  useEffect(() => {
    // A reload or a link followed during a run: the page goes away on purpose.
    const leave = () => {
      if (runningRef.current) journal?.finish(example);
    };
    window.addEventListener("pagehide", leave);
    return () => window.removeEventListener("pagehide", leave);
  }, [journal, example]);

  const noteStart = useCallback((shared?: boolean) => journal?.start(example, shared), [journal, example]);
  const dismiss = useCallback(() => setCrashed(null), []);
  return { crashed, checked, noteStart, dismiss };
}
