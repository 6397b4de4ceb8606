"use client";

import { useState } from "react";
import type { IdentityLine, MutationNote, RunStep } from "@/lib/inspector";

/** Style of the "Show all" buttons under long lists. */
export const SHOW_ALL =
  "mt-1 rounded border border-zinc-300 px-2 py-0.5 text-xs hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-zinc-600 dark:hover:bg-zinc-800";

const call = (functionName: string, keySummary: string) => `${functionName}(${keySummary})`;

/** Steps drawn before "Show all": a loop of a thousand cached calls should not draw a thousand items per run. */
export const STEPS_SHOWN = 100;

/** The last run's cache steps, in order, each miss with its reason. */
export function RunStepsList({ steps }: { steps: RunStep[] }) {
  const [showAll, setShowAll] = useState(false);
  if (steps.length === 0)
    return <p className="text-xs text-zinc-600 dark:text-zinc-400">The last run made no cached calls.</p>;
  const shown = showAll ? steps : steps.slice(0, STEPS_SHOWN);
  return (
    <>
      <ol className="m-0 list-decimal space-y-1 pl-5 text-xs" data-testid="inspector-steps">
        {shown.map((step, i) =>
          step.type === "call" ? (
            <li
              key={i}
              data-testid="inspector-step"
              data-kind={step.outcome}
              data-handout={step.handout}
              data-object-id={step.objectId ?? ""}
              data-miss-code={step.miss?.code ?? ""}
            >
              <code className="font-mono">{call(step.functionName, step.keySummary)}</code>:{" "}
              <span
                className={
                  step.outcome === "miss"
                    ? "font-semibold text-amber-800 dark:text-amber-200"
                    : "font-semibold text-emerald-800 dark:text-emerald-200"
                }
              >
                {step.chain.join(" → ")}
              </span>
              {step.handout === "not-stored" ? <span> (nothing was stored: the call failed)</span> : null}
              {step.miss ? (
                <span className="block text-zinc-700 dark:text-zinc-300" data-testid="miss-reason">
                  Why a miss: {step.miss.text}
                </span>
              ) : null}
            </li>
          ) : (
            <li key={i} data-testid="inspector-step" data-kind={step.kind} data-object-id={step.objectId ?? ""}>
              <code className="font-mono">{call(step.functionName, step.keySummary)}</code>:{" "}
              <span className="font-semibold text-red-800 dark:text-red-200">{step.text}</span>
              {step.objectId !== undefined ? <span> (object #{step.objectId})</span> : null}
            </li>
          ),
        )}
      </ol>
      {shown.length < steps.length ? (
        <button type="button" className={SHOW_ALL} onClick={() => setShowAll(true)}>
          Show all {steps.length} steps ({steps.length - shown.length} more)
        </button>
      ) : null}
    </>
  );
}

/** Identity lines drawn before "Show all", for the same reason as {@link STEPS_SHOWN}. */
export const IDENTITY_SHOWN = 20;

/** Which object each run received, per call of the last run. */
export function IdentityList({ lines }: { lines: IdentityLine[] }) {
  const [showAll, setShowAll] = useState(false);
  if (lines.length === 0) return null;
  const shown = showAll ? lines : lines.slice(0, IDENTITY_SHOWN);
  return (
    <>
      <ul className="m-0 list-disc space-y-1 pl-5 text-xs" data-testid="inspector-identity">
        {shown.map((line) => (
          <li
            key={`${line.cache}:${line.functionName}:${line.keySummary}`}
            data-testid="identity-line"
            data-same-object={line.sameObject}
            data-object-ids={line.received.map((r) => r.objectId).join(" ")}
          >
            <code className="font-mono">{call(line.functionName, line.keySummary)}</code>: {line.text}
          </li>
        ))}
      </ul>
      {shown.length < lines.length ? (
        <button type="button" className={SHOW_ALL} onClick={() => setShowAll(true)}>
          Show all {lines.length} calls ({lines.length - shown.length} more)
        </button>
      ) : null}
    </>
  );
}

/** Mutation warnings of remembered runs, each linked to the entry of the object it concerns. */
export function MutationNotes({ notes, idPrefix }: { notes: MutationNote[]; idPrefix: string }) {
  if (notes.length === 0) return null;
  return (
    <ul className="m-0 space-y-1 pl-0 text-xs" data-testid="inspector-mutations">
      {notes.map((note) => (
        <li
          key={`${note.runNumber}:${note.objectId}`}
          className="list-none rounded bg-amber-50 p-1.5 dark:bg-amber-950/40"
          data-testid="mutation-note"
          data-object-id={note.objectId}
        >
          {note.inCache ? (
            <a
              href={`#${idPrefix}-object-${note.objectId}`}
              className="font-semibold underline focus-visible:outline-2 focus-visible:outline-sky-500"
            >
              Object #{note.objectId}
            </a>
          ) : (
            <span className="font-semibold">Object #{note.objectId} (no longer cached)</span>
          )}
          : {note.text}
        </li>
      ))}
    </ul>
  );
}
