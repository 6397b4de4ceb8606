/**
 * Pure layout arithmetic of the virtualized DataFrame table, apart from React so it is unit-tested.
 */
import type { Cell, TableData } from "@/lib/streamlit/types";

/** Rows `[first, last)` to put in the DOM for a scroll position, with `overscan` rows either side. */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan: number,
): { first: number; last: number } {
  const top = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const bottom = Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan;
  const first = Math.min(top, rowCount);
  return { first, last: Math.min(rowCount, Math.max(first, bottom)) };
}

/** Formats a cell the way pandas prints it: floats keep their digits, booleans are Python's. */
export function formatCell(value: Cell): string {
  if (value === null) return "NaN";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number" && !Number.isInteger(value)) return String(Number(value.toPrecision(8)));
  return String(value);
}

/** How many rows are sampled to size columns: enough to be representative, cheap for a million rows. */
const SAMPLE_ROWS = 200;

/** Column widths in `ch`, from the header and a sample of rows, so widths do not jump while scrolling. */
export function columnWidths(table: TableData): { index: number; columns: number[] } {
  const sample = Math.min(table.index.length, SAMPLE_ROWS);
  const clamp = (n: number) => Math.min(40, Math.max(4, n + 2));
  let index = String(table.index.length).length;
  for (let r = 0; r < sample; r++) index = Math.max(index, String(table.index[r]).length);
  const columns = table.columns.map((name, c) => {
    let width = name.length + 1;
    const column = table.data[c] ?? [];
    for (let r = 0; r < sample; r++) width = Math.max(width, formatCell(column[r] ?? null).length);
    return clamp(width);
  });
  return { index: clamp(index), columns };
}

/**
 * Which fetch blocks rows `[first, last)` need, for a table that arrived with its first `arrived`
 * rows: block `b` holds rows `arrived + b * blockRows` up to the next block.
 */
export function blocksFor(first: number, last: number, arrived: number, blockRows: number): number[] {
  const from = Math.max(first, arrived);
  if (last <= from) return [];
  const blocks: number[] = [];
  for (let b = Math.floor((from - arrived) / blockRows); b <= Math.floor((last - 1 - arrived) / blockRows); b++)
    blocks.push(b);
  return blocks;
}
