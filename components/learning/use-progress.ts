"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import { pageProgress, tutorialSlugFromPath, type Progress } from "@/lib/learning/progress";

const NONE: Progress = { tutorials: {} };

function subscribe(listener: () => void): () => void {
  const store = pageProgress();
  const stop = store.subscribe(listener);
  // Another tab read a tutorial or reset the progress.
  const onStorage = (event: StorageEvent) => {
    if (event.key === store.key || event.key === null) store.reload();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    stop();
    window.removeEventListener("storage", onStorage);
  };
}

/**
 * The reader's progress (lib/learning/progress.ts) as React state. The server render and hydration
 * see no progress at all, so nothing wrong shows before the browser's record is read.
 */
export function useProgress(): Progress {
  return useSyncExternalStore(
    subscribe,
    () => pageProgress().get(),
    () => NONE,
  );
}

/** A playground of `example` finished a run: noted for the tutorial page it is on (not in embeds). */
export function notePlaygroundRun(example: string): void {
  const slug = tutorialSlugFromPath(window.location.pathname);
  if (slug) pageProgress().recordRun(slug, example);
}

/** Notes a run of `example` each time `running` goes from true to false (the multi-session playground). */
export function useNoteRunEnd(example: string, running: boolean): void {
  const was = useRef(running);
  useEffect(() => {
    if (was.current && !running) notePlaygroundRun(example);
    was.current = running;
  }, [example, running]);
}
