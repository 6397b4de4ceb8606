"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createEditStore } from "@/lib/sandbox/edit-store";
import { useLocalStorage } from "./use-local-storage";

/** How long typing must pause before the edit is written to storage. */
const SAVE_DELAY_MS = 300;

/** What {@link useSavedCode} gives the playground. */
export interface SavedCode {
  code: string;
  /** The code differs from the example's original. */
  edited: boolean;
  /** The saved edit was made against an older version of the example. */
  originalChanged: boolean;
  /** Why the last save failed (storage full or disabled), if it did. */
  saveProblem: string | null;
  setCode: (code: string) => void;
  /** Back to the original, forgetting the saved edit. */
  reset: () => void;
  /** Shows `code` without saving it (a share link's code); the reader's later edits are saved as usual. */
  showUnsaved: (code: string) => void;
  /** Writes a pending edit now, not after the typing pause (before a run that might crash the tab). */
  flush: () => void;
}

/**
 * The editor's code, saved per example as the reader types (debounced) and flushed when the page
 * is hidden or unloaded, so a reload or a crash loses nothing.
 */
export function useSavedCode(example: string, original: string): SavedCode {
  const [code, setCodeState] = useState(original);
  const [originalChanged, setOriginalChanged] = useState(false);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const store = useLocalStorage(createEditStore);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Restored after hydration: the server-rendered page always shows the original.
  useEffect(() => {
    if (!store) return;
    const restored = store.load(example, original);
    // Syncing from an external system (localStorage) that the server render cannot see.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCodeState(restored.code);
    setOriginalChanged(restored.originalChanged);
  }, [store, example, original]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!store || pending.current === null) return;
    const outcome = store.save(example, original, pending.current);
    pending.current = null;
    setSaveProblem(outcome.ok ? null : outcome.reason);
  }, [store, example, original]);

  useEffect(() => {
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [flush]);

  const setCode = useCallback(
    (next: string) => {
      setCodeState(next);
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  const reset = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = null;
    store?.reset(example);
    setCodeState(original);
    setOriginalChanged(false);
  }, [store, example, original]);

  const showUnsaved = useCallback((next: string) => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = null;
    setCodeState(next);
    setOriginalChanged(false);
  }, []);

  return { code, edited: code !== original, originalChanged, saveProblem, setCode, reset, showUnsaved, flush };
}
