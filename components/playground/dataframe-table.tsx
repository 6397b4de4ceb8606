"use client";

import { useEffect, useMemo, useRef, useState, type UIEvent } from "react";
import type { RowBlock } from "@/lib/sandbox/table-window";
import type { Cell, TableData } from "@/lib/streamlit/types";
import { blocksFor, columnWidths, formatCell, visibleRange } from "@/lib/output/table-layout";

/** Height of one body row in pixels; fixed so the visible range is plain arithmetic. */
const ROW_HEIGHT = 28;
/** The scroll box shows at most this many rows before it scrolls, like Streamlit's default height. */
const MAX_VISIBLE_ROWS = 12;

/** Props of {@link DataFrameTable}. */
export interface DataFrameTableProps {
  table: TableData;
  /** Accessible name, such as "DataFrame 2 of the output". */
  label: string;
  /** Fetches rows beyond those the table arrived with; absent when the rows cannot be fetched. */
  loadRows?: (start: number, end: number) => Promise<RowBlock | null>;
}

/** Rows fetched per request when the reader scrolls past the rows the table arrived with. */
const BLOCK_ROWS = 500;

/** Row blocks fetched for one table. */
interface Fetched {
  table: TableData;
  blocks: ReadonlyMap<number, RowBlock>;
}
const NO_BLOCKS: ReadonlyMap<number, RowBlock> = new Map();

/**
 * A DataFrame as Streamlit draws it: shape above, a scrollable grid with the index column. Only the
 * rows in view (plus a few) exist in the DOM, so a million-row frame renders as fast as a small one.
 */
export function DataFrameTable({ table, label, loadRows }: DataFrameTableProps) {
  const [scrollTop, setScrollTop] = useState(0);
  // A rerun hands the same element a new table (the output is patched, not rebuilt): rows fetched
  // for an earlier table never show in a later one, and a late answer for one is dropped.
  const [fetched, setFetched] = useState<Fetched>(() => ({ table, blocks: new Map() }));
  const blocks = fetched.table === table ? fetched.blocks : NO_BLOCKS;
  const requested = useRef<{ table: TableData; blocks: Set<number> }>({ table, blocks: new Set() });
  const rows = table.shape[0];
  const arrived = table.index.length;
  const viewport = Math.min(rows, MAX_VISIBLE_ROWS) * ROW_HEIGHT;
  const { first, last } = visibleRange(scrollTop, viewport, ROW_HEIGHT, rows, 8);
  const widths = useMemo(() => columnWidths(table), [table]);
  const [rowCount, columnCount] = table.shape;

  const onScroll = (event: UIEvent<HTMLDivElement>) => setScrollTop(event.currentTarget.scrollTop);

  // Rows past those the table arrived with come from the worker, a block at a time, as they scroll into view.
  useEffect(() => {
    if (!loadRows) return;
    if (requested.current.table !== table) requested.current = { table, blocks: new Set() };
    for (const block of blocksFor(first, last, arrived, BLOCK_ROWS)) {
      if (requested.current.blocks.has(block)) continue;
      requested.current.blocks.add(block);
      const start = arrived + block * BLOCK_ROWS;
      void loadRows(start, Math.min(rows, start + BLOCK_ROWS)).then((loaded) => {
        if (!loaded || requested.current.table !== table) return;
        setFetched((was) => ({ table, blocks: new Map(was.table === table ? was.blocks : []).set(block, loaded) }));
      });
    }
  }, [table, first, last, arrived, rows, loadRows]);

  const rowAt = (row: number): { label: string; cells: Cell[] } | null => {
    if (row < arrived)
      return { label: String(table.index[row]), cells: table.data.map((column) => column[row] ?? null) };
    const block = blocks.get(Math.floor((row - arrived) / BLOCK_ROWS));
    if (!block) return null;
    const k = row - block.start;
    return { label: String(block.index[k]), cells: block.data.map((column) => column[k] ?? null) };
  };

  const body: React.ReactNode[] = [];
  for (let row = first; row < last; row++) {
    const content = rowAt(row);
    body.push(
      <tr
        key={row}
        aria-rowindex={row + 2}
        style={{ height: ROW_HEIGHT }}
        className="odd:bg-zinc-50 dark:odd:bg-zinc-900/60"
      >
        <th
          scope="row"
          className="sticky left-0 bg-inherit px-2 text-right font-normal text-zinc-500 dark:text-zinc-400"
        >
          {content ? content.label : "…"}
        </th>
        {content
          ? content.cells.map((cell, c) => (
              <td key={c} className={`px-2 ${typeof cell === "number" ? "text-right tabular-nums" : ""}`}>
                {renderCell(cell)}
              </td>
            ))
          : table.columns.map((_, c) => (
              <td key={c} className="px-2 text-zinc-500 dark:text-zinc-400">
                {loadRows ? "…" : ""}
              </td>
            ))}
      </tr>,
    );
  }

  return (
    <figure className="my-3" data-testid="dataframe">
      <figcaption className="mb-1 text-xs text-zinc-600 dark:text-zinc-400" data-testid="dataframe-shape">
        {rowCount.toLocaleString("en-US")} rows × {columnCount.toLocaleString("en-US")} columns
      </figcaption>
      <div
        className="overflow-auto rounded border border-zinc-200 font-mono text-xs focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-zinc-700"
        style={{ maxHeight: viewport + ROW_HEIGHT + 2 }}
        onScroll={onScroll}
        tabIndex={0}
        role="region"
        aria-label={`${label}: ${rowCount} rows, ${columnCount} columns; scroll to see more`}
        data-testid="dataframe-scroll"
      >
        <table className="w-max min-w-full border-collapse" aria-rowcount={rows + 1} style={{ tableLayout: "fixed" }}>
          <colgroup>
            <col style={{ width: `${widths.index}ch` }} />
            {widths.columns.map((w, i) => (
              <col key={i} style={{ width: `${w}ch` }} />
            ))}
          </colgroup>
          <thead className="sticky top-0 z-10 bg-zinc-100 dark:bg-zinc-800">
            <tr aria-rowindex={1} style={{ height: ROW_HEIGHT }}>
              <th scope="col" className="sticky left-0 bg-inherit px-2">
                <span className="sr-only">Index</span>
              </th>
              {table.columns.map((name, i) => (
                <th key={i} scope="col" className="px-2 text-left font-semibold" title={table.dtypes[i]}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 ? <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} /> : null}
            {body}
            {last < rows ? <tr aria-hidden="true" style={{ height: (rows - last) * ROW_HEIGHT }} /> : null}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function renderCell(value: Cell) {
  if (value === null) return <span className="text-zinc-500 dark:text-zinc-400">NaN</span>;
  return formatCell(value);
}
