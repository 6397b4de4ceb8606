"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { createEditStore } from "@/lib/storage/edit-store";
import { SavedCode as SavedCodeModel, type SavedCodeState } from "@/lib/storage/saved-code";
import { onSolutionApplied } from "@/lib/learning/solutions";
import { useLocalStorage } from "./use-local-storage";

/** What {@link useSavedCode} gives the playground (see lib/storage/saved-code.ts for the rules). */
export interface SavedCode extends SavedCodeState {
  /** The code differs from the example's original. */
  edited: boolean;
  setCode: (code: string) => void;
  reset: () => void;
  replace: (code: string) => void;
  flush: () => void;
  takeOtherTab: () => void;
  keepThisTab: () => void;
}

/**
 * The editor's code, saved per example as the reader types and flushed when the page is hidden or
 * unloaded, so a reload or a crash loses nothing; another tab's save of the same example comes in
 * through the page's `storage` event.
 */
export function useSavedCode(example: string, original: string): SavedCode {
  const edits = useLocalStorage(createEditStore);
  const [model] = useState(() => new SavedCodeModel(example, original, edits));
  const state = useSyncExternalStore(model.subscribe, model.get, model.get);

  useEffect(() => {
    // Restored after hydration: the server-rendered page always shows the original.
    model.restore();
    const flush = () => model.flush();
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea === window.localStorage) model.storageChanged(event);
    };
    window.addEventListener("pagehide", flush);
    window.addEventListener("storage", onStorage);
    // A "Try it" item's Apply fix on this page: its code becomes the reader's edit, as typed.
    const stopApplied = onSolutionApplied(window, example, (code) => model.replace(code));
    return () => {
      stopApplied();
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("storage", onStorage);
      model.flush();
    };
  }, [model, example]);

  const [actions] = useState(() => ({
    setCode: (code: string) => model.setCode(code),
    reset: () => model.reset(),
    replace: (code: string) => model.replace(code),
    flush: () => model.flush(),
    takeOtherTab: () => model.takeOtherTab(),
    keepThisTab: () => model.keepThisTab(),
  }));
  return { ...state, edited: state.code !== original, ...actions };
}
