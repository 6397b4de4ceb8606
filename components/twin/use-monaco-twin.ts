"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { MonacoTwinLink } from "@/lib/twin/monaco-link";

/** Where the reader points in the TypeScript editor (a line), or nothing. */
export type PointAt = (line: number | null) => void;

/**
 * While `enabled` (the Python view is on), links the twin highlighting to the Monaco editor in
 * `paneRef` (lib/twin/monaco-link.ts, loaded only then: it is not needed on a page's first load).
 */
export function useMonacoTwin(
  paneRef: RefObject<HTMLElement | null>,
  enabled: boolean,
  pointAt: PointAt,
  marked: readonly number[],
) {
  const pointRef = useRef(pointAt);
  const markedRef = useRef(marked);
  const link = useRef<MonacoTwinLink | null>(null);
  useEffect(() => {
    pointRef.current = pointAt;
    markedRef.current = marked;
    link.current?.mark(marked);
  });

  useEffect(() => {
    const pane = paneRef.current;
    if (!pane || !enabled) return;
    let cancelled = false;
    void import("@/lib/twin/monaco-link").then(({ linkMonacoTwin }) => {
      if (cancelled) return;
      link.current = linkMonacoTwin(pane, (line) => pointRef.current(line));
      link.current.mark(markedRef.current);
    });
    return () => {
      cancelled = true;
      link.current?.dispose();
      link.current = null;
    };
  }, [paneRef, enabled]);
}
