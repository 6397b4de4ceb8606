"use client";

import { summarize } from "@/lib/learning/progress";
import { useProgress } from "./use-progress";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A tutorial's marks in the navigation: read, playgrounds run, right answers. Nothing before any. */
export function TutorialMarks({ slug }: { slug: string }) {
  const summary = summarize(useProgress(), slug);
  const parts = [
    summary.read ? "✓ Read" : null,
    summary.playgroundsRun > 0 ? plural(summary.playgroundsRun, "playground run", "playgrounds run") : null,
    summary.rightAnswers > 0 ? plural(summary.rightAnswers, "right answer", "right answers") : null,
  ].filter((part) => part !== null);
  if (parts.length === 0) return null;
  return (
    <span className="block text-xs font-normal text-zinc-600 dark:text-zinc-400" data-testid="tutorial-marks">
      <span className="sr-only">Your progress: </span>
      {parts.join(" · ")}
    </span>
  );
}
