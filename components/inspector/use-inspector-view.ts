"use client";

import { useMemo, useState } from "react";
import {
  buildInspectorView,
  EMPTY_HISTORY,
  recordRun,
  type InspectorHistory,
  type InspectorView,
} from "@/lib/inspector";
import type { CacheState } from "@/lib/sandbox/protocol";
import type { RunResult } from "@/lib/streamlit/types";

/**
 * Remembers the runs of one playground and builds the inspector's view while the panel is open
 * (null while closed). `runId` identifies the last result (null after a restart, which forgets
 * everything: the old server's objects are gone).
 */
export function useInspectorView(
  result: RunResult | null,
  runId: number | null,
  caches: CacheState | null,
  open: boolean,
): InspectorView | null {
  const [seen, setSeen] = useState<number | null>(null);
  const [history, setHistory] = useState<InspectorHistory>(EMPTY_HISTORY);
  // Folding the new result in during render (React's "adjusting state when a prop changes") keeps
  // the view and the output of the same run on screen together, with no extra commit in between.
  if (runId !== seen) {
    setSeen(runId);
    setHistory((h) => (result && runId !== null ? recordRun(h, result) : EMPTY_HISTORY));
  }
  // A closed panel draws nothing from the view, so it is not built (a run with 1,000 calls costs less).
  return useMemo(
    () => (open ? buildInspectorView(history, caches?.snapshot ?? [], caches?.clockOffsetMs ?? 0) : null),
    [open, history, caches],
  );
}
