"use client";

import { useEffect, useRef } from "react";
import type { StepRecord } from "@/lib/streamlit/types";

/** Colours of the first sessions' marks in the timeline and panes (readable in light and dark). */
export const SESSION_TONES: Record<string, string> = {
  A: "bg-sky-100 text-sky-900 dark:bg-sky-900/60 dark:text-sky-100",
  B: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100",
  C: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100",
};

/** How a step ended, in words. */
export function stepOutcome(step: StepRecord): string {
  switch (step.status) {
    case "paused":
      return step.afterAwait
        ? `paused in line ${step.nextLine}, after its await`
        : `paused before line ${step.nextLine}`;
    case "blocked":
      return "waits for the lock";
    case "done":
      return "run finished";
    case "error":
      return `failed: ${step.error?.type}: ${step.error?.message}`;
  }
}

/** One sentence for the live region: what the newest step did. */
export function describeStep(step: StepRecord): string {
  const saw = step.saw.length ? `, showed ${step.saw.join("; ")}` : "";
  return `Step ${step.index + 1}: session ${step.session} ran line ${step.line}${saw}, ${stepOutcome(step)}.`;
}

/** The steps of an interleaved run, in order: who ran which line, what it showed, how it stopped. */
export function Timeline({ steps, source, title }: { steps: StepRecord[]; source: string; title: string }) {
  const listRef = useRef<HTMLOListElement>(null);
  // The newest step is the one to read: keep it in view inside the list (the page does not scroll).
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [steps.length]);
  const lines = source.split("\n");
  if (steps.length === 0)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        No steps yet. Run the sessions to see who ran which line, in order.
      </p>
    );
  return (
    <ol
      ref={listRef}
      className="flex max-h-96 flex-col gap-1 overflow-auto text-sm"
      aria-label={`Timeline of ${title}`}
      data-testid="timeline"
      tabIndex={0}
    >
      {steps.map((step) => (
        <li
          key={step.index}
          className="flex min-w-0 flex-wrap items-baseline gap-x-2 rounded border border-zinc-200 px-2 py-1 dark:border-zinc-700"
          data-testid="timeline-step"
          data-session={step.session}
          data-status={step.status}
        >
          <span className="font-mono text-xs text-zinc-600 tabular-nums dark:text-zinc-400">{step.index + 1}</span>
          <span className={`rounded px-1.5 font-semibold ${SESSION_TONES[step.session] ?? ""}`}>{step.session}</span>
          <span className="text-xs text-zinc-600 dark:text-zinc-400">
            run {step.runNumber}, line {step.line}
          </span>
          <code className="min-w-0 truncate font-mono text-xs">{(lines[step.line - 1] ?? "").trim()}</code>
          {step.saw.length ? (
            <span className="font-medium" data-testid="step-saw">
              → {step.saw.join("; ")}
            </span>
          ) : null}
          <span
            className={`text-xs ${step.status === "error" ? "text-red-700 dark:text-red-300" : step.status === "blocked" ? "text-amber-800 dark:text-amber-200" : "text-zinc-600 dark:text-zinc-400"}`}
          >
            {stepOutcome(step)}
          </span>
        </li>
      ))}
    </ol>
  );
}
