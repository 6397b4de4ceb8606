/**
 * Tables cross the worker boundary in windows: a result carries the first rows of each big table,
 * and the page asks for more as the reader scrolls. A million-row frame then costs the page a few
 * hundred rows per screen instead of a million cells cloned between threads on every run.
 */
import type { Cell, RunResult, TableData } from "../streamlit/types";

/** Rows a result carries per table; tables longer than this are cut and fetched on demand. */
export const FIRST_ROWS = 500;

/** At most this many rows per request. */
export const MAX_ROWS_PER_REQUEST = 10_000;

/** A run of consecutive rows of one table. */
export interface RowBlock {
  /** Position of the first row. */
  start: number;
  /** Row labels, one per row. */
  index: (string | number)[];
  /** One array per column, each as long as `index`. */
  data: Cell[][];
}

/** Rows `[start, end)` of a table (clamped to its length). */
export function sliceRows(table: TableData, start: number, end: number): RowBlock {
  const from = Math.max(0, Math.min(start, table.index.length));
  const to = Math.max(from, Math.min(end, table.index.length));
  return { start: from, index: table.index.slice(from, to), data: table.data.map((column) => column.slice(from, to)) };
}

/** True when a table on the page holds fewer rows than its shape says: the rest must be fetched. */
export function isPartial(table: TableData): boolean {
  return table.index.length < table.shape[0];
}

/**
 * Cuts every table of `result` longer than `firstRows` to its first rows (shape unchanged), and
 * returns the full tables by element position so later row requests can be answered.
 */
export function windowResult(
  result: RunResult,
  firstRows = FIRST_ROWS,
): { result: RunResult; tables: Map<number, TableData> } {
  const tables = new Map<number, TableData>();
  const elements = result.elements.map((element, position) => {
    if ((element.type !== "dataframe" && element.type !== "table") || element.table.index.length <= firstRows)
      return element;
    tables.set(position, element.table);
    const { index, data } = sliceRows(element.table, 0, firstRows);
    return { ...element, table: { ...element.table, index, data } };
  });
  return { result: tables.size === 0 ? result : { ...result, elements }, tables };
}
