"use client";

import { useState } from "react";
import type { CacheState } from "@/lib/sandbox/protocol";
import type { RunResult } from "@/lib/streamlit/types";
import { ClockControl } from "./clock-control";
import { EntriesTable } from "./entries-table";
import { IdentityList, MutationNotes, RunStepsList } from "./run-steps-list";
import { useInspectorView } from "./use-inspector-view";

/** Props of {@link CacheInspector}. */
export interface CacheInspectorProps {
  /** The playground's title, to name the panel for screen readers. */
  title: string;
  /** Unique per playground, for element ids. */
  idPrefix: string;
  /** The last finished run, or null (not run yet, or the server restarted). */
  result: RunResult | null;
  /** The sandbox's id of that run. */
  runId: number | null;
  /** The server's caches and clock after its last reply. */
  caches: CacheState | null;
  /** A run is in progress: the clock waits. */
  running: boolean;
  onAdvanceClock: (byMs: number) => void;
}

function summaryLine(caches: CacheState | null, runNumber: number | null): string {
  const functions = caches?.snapshot.length ?? 0;
  let entryCount = 0;
  for (const fn of caches?.snapshot ?? []) entryCount += fn.entries.length;
  if (runNumber === null && functions === 0) return "empty until the first run";
  return `${entryCount === 1 ? "1 entry" : `${entryCount} entries`}${runNumber !== null ? `, after run ${runNumber}` : ""}`;
}

/**
 * What the server's caches hold and what the last run did with them, under a playground:
 * entries, the run's steps with miss reasons, object identity across runs, mutation notes, and
 * the server clock. Collapsed by default; while collapsed it draws nothing heavy.
 */
export function CacheInspector({
  title,
  idPrefix,
  result,
  runId,
  caches,
  running,
  onAdvanceClock,
}: CacheInspectorProps) {
  const [open, setOpen] = useState(false);
  const view = useInspectorView(result, runId, caches, open);
  const summary = summaryLine(caches, result?.runNumber ?? null);
  return (
    <details
      className="rounded border border-zinc-200 text-sm dark:border-zinc-700"
      onToggle={(event) => setOpen(event.currentTarget.open)}
      data-testid="inspector"
      data-open={open}
    >
      <summary
        className="cursor-pointer px-2 py-1 text-xs font-semibold focus-visible:outline-2 focus-visible:outline-sky-500"
        aria-label={`Cache inspector of ${title}: ${summary}`}
      >
        Cache inspector <span className="font-normal text-zinc-600 dark:text-zinc-400">({summary})</span>
      </summary>
      {/* Always in the page, so screen readers hear each new run while the panel is open. */}
      <p className="sr-only" aria-live="polite" data-testid="inspector-live">
        {view?.announcement ?? ""}
      </p>
      {view ? (
        <div className="flex min-w-0 flex-col gap-3 border-t border-zinc-200 p-2 dark:border-zinc-700">
          <ClockControl clock={view.clock} onAdvance={onAdvanceClock} disabled={running} />
          <section aria-label="Cache entries now">
            <h4 className="m-0 mb-1 text-xs font-semibold">Entries now</h4>
            <p className="m-0 mb-1 text-xs text-zinc-600 dark:text-zinc-400">
              The arguments column shows what made each entry&apos;s key.
            </p>
            <EntriesTable functions={view.functions} entryCount={view.entryCount} idPrefix={idPrefix} />
          </section>
          <section aria-label="What the last run did">
            <h4 className="m-0 mb-1 text-xs font-semibold">
              {view.runNumber === null ? "No run yet" : `What run ${view.runNumber} did`}
            </h4>
            {view.runNumber === null ? null : <RunStepsList steps={view.steps} />}
          </section>
          {view.identity.length > 0 ? (
            <section aria-label="Which object each run got">
              <h4 className="m-0 mb-1 text-xs font-semibold">Which object each run got</h4>
              <IdentityList lines={view.identity} />
            </section>
          ) : null}
          {view.mutations.length > 0 ? (
            <section aria-label="Objects changed in place">
              <h4 className="m-0 mb-1 text-xs font-semibold">Objects changed in place</h4>
              <MutationNotes notes={view.mutations} idPrefix={idPrefix} />
            </section>
          ) : null}
        </div>
      ) : null}
    </details>
  );
}
