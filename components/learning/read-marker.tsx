"use client";

import { useEffect, useRef } from "react";
import { READ_MIN_MS } from "@/lib/learning/progress-base";
import { ReadTracker } from "@/lib/learning/progress-read";

const timers = {
  set: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Placed after a tutorial's text: once it has been on screen and the page has been open long
 * enough (lib/learning/progress-read.ts), the tutorial is marked read. The progress store is loaded
 * only then, so a page costs nothing more at first.
 */
export function ReadMarker({ slug }: { slug: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const markRead = () => void import("@/lib/learning/progress").then((m) => m.pageProgress().markRead(slug));
    const tracker = new ReadTracker(markRead, READ_MIN_MS, timers);
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) tracker.sawEnd();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      tracker.dispose();
    };
  }, [slug]);
  return <div ref={ref} aria-hidden="true" data-testid="read-marker" className="h-px" />;
}
