"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { createEditStore } from "@/lib/storage/edit-store";
import { otherTabEdit } from "@/lib/storage/other-tab-edit";
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
  /** Makes `code` the saved edit at once (the reader keeps a share link's code as their own). */
  replace: (code: string) => void;
  /** Writes a pending edit now, not after the typing pause (before a run that might crash the tab). */
  flush: () => void;
  /**
   * Another tab saved a different edit of this example while this tab had code of its own: the
   * other tab's code, until the reader picks one. This tab saves nothing in the meantime.
   */
  otherTab: string | null;
  /** Takes the other tab's code, dropping this tab's. */
  takeOtherTab: () => void;
  /** Keeps this tab's code and saves it, over the other tab's (which that tab is then told about). */
  keepThisTab: () => void;
  /** This tab's code was replaced by the other tab's, which it had not changed since: say so. */
  updatedFromOtherTab: boolean;
}

/**
 * The editor's code, saved per example as the reader types (debounced) and flushed when the page
 * is hidden or unloaded, so a reload or a crash loses nothing. Another tab's save of the same
 * example is noticed (`storage` event) and never silently overwritten, nor silently overwrites.
 */
export function useSavedCode(example: string, original: string): SavedCode {
  const [code, setCodeState] = useState(original);
  const [originalChanged, setOriginalChanged] = useState(false);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const [otherTab, setOtherTab] = useState<string | null>(null);
  const [updatedFromOtherTab, setUpdatedFromOtherTab] = useState(false);
  const store = useLocalStorage(createEditStore);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Read by the storage listener, which must not be re-registered on every keystroke.
  const codeRef = useRef(original);
  const conflict = useRef(false);

  const show = useCallback((next: string) => {
    codeRef.current = next;
    setCodeState(next);
  }, []);

  // Restored after hydration: the server-rendered page always shows the original.
  useEffect(() => {
    // In the browser, no store means the page may not use storage (a sandboxed frame, a policy).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (!store) return setSaveProblem("this page is not allowed to use storage");
    const restored = store.load(example, original);
    // Syncing from an external system (localStorage) that the server render cannot see.
    show(restored.code);
    setOriginalChanged(restored.originalChanged);
  }, [store, example, original, show]);

  const write = useCallback(
    (next: string) => {
      if (!store) return;
      const outcome = store.save(example, original, next);
      setSaveProblem(outcome.ok ? null : outcome.reason);
    },
    [store, example, original],
  );

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    // While the reader has not chosen between the tabs, writing would destroy the other tab's edit.
    if (pending.current === null || conflict.current) return;
    write(pending.current);
    pending.current = null;
  }, [write]);

  useEffect(() => {
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("pagehide", flush);
      flush();
    };
  }, [flush]);

  useEffect(() => {
    if (!store) return;
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== window.localStorage) return;
      const outcome = otherTabEdit(store, event, example, original, codeRef.current);
      if (outcome.kind === "adopt") {
        show(outcome.code);
        setUpdatedFromOtherTab(true);
      } else if (outcome.kind === "conflict") {
        conflict.current = true;
        setOtherTab(outcome.theirs);
      }
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [store, example, original, show]);

  const setCode = useCallback(
    (next: string) => {
      // The editor echoes code it was given (another tab's, Reset's): that is no typing.
      if (next === codeRef.current) return;
      show(next);
      setUpdatedFromOtherTab(false);
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush, show],
  );

  const settle = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    pending.current = null;
    conflict.current = false;
    setOtherTab(null);
    setUpdatedFromOtherTab(false);
    setOriginalChanged(false);
  }, []);

  const reset = useCallback(() => {
    settle();
    store?.reset(example);
    show(original);
  }, [settle, store, example, original, show]);

  const replace = useCallback(
    (next: string) => {
      settle();
      write(next);
      show(next);
    },
    [settle, write, show],
  );

  const takeOtherTab = useCallback(() => {
    // The other tab's code is what storage holds already.
    if (otherTab !== null) show(otherTab);
    settle();
  }, [otherTab, settle, show]);

  const keepThisTab = useCallback(() => replace(codeRef.current), [replace]);

  return { code, edited: code !== original, originalChanged, saveProblem, setCode, reset, replace, flush, otherTab, takeOtherTab, keepThisTab, updatedFromOtherTab };
}
