"use client";

import { lazy, Suspense, useEffect, useState, type ComponentType } from "react";
import { PROGRESS_EVENT, PROGRESS_KEY } from "@/lib/learning/progress-base";

function progressStored(): boolean {
  try {
    return window.localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * True once this browser holds any progress: a reader who has not started loads none of the
 * progress code. It stays true after a reset: the loaded parts then follow the store themselves.
 */
function useHasProgress(): boolean {
  const [has, setHas] = useState(false);
  useEffect(() => {
    const check = () => setHas((known) => known || progressStored());
    check();
    window.addEventListener(PROGRESS_EVENT, check);
    window.addEventListener("storage", check);
    return () => {
      window.removeEventListener(PROGRESS_EVENT, check);
      window.removeEventListener("storage", check);
    };
  }, []);
  return has;
}

/**
 * Wraps a progress component so it loads (in a chunk of its own) and renders only once there is
 * progress to show; before that, and in the server render, it renders nothing.
 */
function whenProgress<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Loaded = lazy(() => load().then((component) => ({ default: component })));
  return function ProgressGate(props: P) {
    if (!useHasProgress()) return null;
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}

/** A tutorial's marks in the navigation (tutorial-marks.tsx), once there is progress. */
export const TutorialMarksGate = whenProgress(() => import("./tutorial-marks").then((m) => m.TutorialMarks));

/** The Reset progress button (reset-progress.tsx), once there is progress. */
export const ResetProgressGate = whenProgress(() => import("./reset-progress").then((m) => m.ResetProgress));

/** The landing page's "Continue with …" (continue-link.tsx), once there is progress. */
export const ContinueLinkGate = whenProgress(() => import("./continue-link").then((m) => m.ContinueLink));
