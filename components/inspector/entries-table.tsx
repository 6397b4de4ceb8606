"use client";

import { useState } from "react";
import type { FunctionView } from "@/lib/inspector";
import { SHOW_ALL } from "./run-steps-list";

/** Props of {@link EntriesTable}. */
export interface EntriesTableProps {
  functions: FunctionView[];
  entryCount: number;
  /** Prefix of element ids, unique per playground (mutation notes link to `${idPrefix}-object-N`). */
  idPrefix: string;
}

/**
 * Rows drawn before "Show all": enough for every tutorial example, and it keeps a rerun of a
 * script that filled a cache with thousands of entries from redrawing thousands of rows.
 */
export const ROWS_SHOWN = 100;

const CELL = "border-b border-zinc-200 px-1 py-1 align-top dark:border-zinc-700";
const HEAD = `${CELL} text-left font-semibold`;

/** Every cached function's entries as one table with column headers. */
export function EntriesTable({ functions, entryCount, idPrefix }: EntriesTableProps) {
  const [showAll, setShowAll] = useState(false);
  if (functions.length === 0)
    return <p className="text-xs text-zinc-600 dark:text-zinc-400">No cached function has been called yet.</p>;
  let budget = showAll ? Infinity : ROWS_SHOWN;
  const anchored = new Set<number>();
  const rows = [];
  for (const fn of functions) {
    // A line may break after "st.", so the column fits half of a wide screen (the side-by-side pair).
    const label = (
      <>
        {fn.api.slice(0, fn.api.indexOf(".") + 1)}
        <wbr />
        {fn.api.slice(fn.api.indexOf(".") + 1)}
        {fn.scope === "session" ? ", per session" : ""}
      </>
    );
    if (fn.entries.length === 0) {
      rows.push(
        <tr key={`${fn.cache}:${fn.functionName}`} data-testid="inspector-function" data-function={fn.functionName}>
          <th scope="row" className={`${CELL} text-left font-mono font-normal`}>
            {fn.functionName}
            <span className="block text-zinc-600 dark:text-zinc-400">{label}</span>
          </th>
          <td className={`${CELL} italic text-zinc-600 dark:text-zinc-400`} colSpan={6}>
            no entries
          </td>
        </tr>,
      );
      continue;
    }
    for (let i = 0; i < fn.entries.length && budget > 0; i++, budget--) {
      const e = fn.entries[i];
      const id = e.objectId === 0 || anchored.has(e.objectId) ? undefined : `${idPrefix}-object-${e.objectId}`;
      anchored.add(e.objectId);
      rows.push(
        <tr
          key={`${fn.cache}:${fn.functionName}:${i}`}
          id={id}
          className={e.mutatedInRun ? "bg-amber-50 dark:bg-amber-950/40" : undefined}
          data-testid="inspector-entry"
          data-function={fn.functionName}
          data-args={e.args}
          data-object-id={e.objectId}
          data-expired={e.expired}
        >
          <th scope="row" className={`${CELL} text-left font-mono font-normal`}>
            {fn.functionName}
            <span className="block text-zinc-600 dark:text-zinc-400">{label}</span>
          </th>
          <td className={`${CELL} font-mono break-all`}>{e.args}</td>
          <td className={`${CELL} tabular-nums`}>{e.size}</td>
          <td className={`${CELL} tabular-nums`}>{e.age}</td>
          <td className={`${CELL} tabular-nums ${e.expired ? "font-semibold text-red-700 dark:text-red-300" : ""}`}>
            {e.ttlLeft}
          </td>
          <td className={`${CELL} tabular-nums`}>{e.hits}</td>
          <td className={`${CELL} font-mono tabular-nums`}>
            {e.object}
            {e.mutatedInRun ? (
              <span className="block font-sans text-amber-800 dark:text-amber-200">
                changed in run {e.mutatedInRun}
              </span>
            ) : null}
          </td>
        </tr>,
      );
    }
  }
  const hidden = showAll ? 0 : Math.max(0, entryCount - ROWS_SHOWN);
  return (
    // Fits half a wide screen (the side-by-side pair); on a phone the wrapper scrolls sideways, and it is
    // focusable so keyboard readers can scroll it too.
    <div className="max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label="Cache entries">
      <table className="w-full min-w-[22rem] border-collapse text-xs" data-testid="inspector-entries">
        <caption className="mb-1 text-left text-xs text-zinc-600 dark:text-zinc-400">
          {entryCount === 1 ? "1 entry" : `${entryCount} entries`} in{" "}
          {functions.length === 1 ? "1 cached function" : `${functions.length} cached functions`}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={HEAD}>
              Function
            </th>
            <th scope="col" className={HEAD}>
              Arguments
            </th>
            <th scope="col" className={HEAD}>
              Size
            </th>
            <th scope="col" className={HEAD}>
              Age
            </th>
            <th scope="col" className={HEAD}>
              TTL left
            </th>
            <th scope="col" className={HEAD}>
              Hits
            </th>
            <th scope="col" className={HEAD}>
              Object
            </th>
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
      {hidden > 0 ? (
        <button type="button" className={SHOW_ALL} onClick={() => setShowAll(true)}>
          Show all {entryCount} entries ({hidden} more)
        </button>
      ) : null}
    </div>
  );
}
