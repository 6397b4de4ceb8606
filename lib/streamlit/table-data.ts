/**
 * Conversion of what scripts pass to st.dataframe / st.table / st.write into column-major
 * {@link TableData}. Frame columns are copied with `slice()` (the element must not change if the
 * script mutates the frame later in the run), and only columns holding non-primitive cells are
 * converted cell by cell, so a 1M-row frame costs a few array copies.
 */
import { frameColumns, internals, isDataFrame, isSeries, rangeIndex } from "../pandas";
import type { Cell, JsonValue, TableData } from "./types";

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return JSON.stringify(toJsonValue(value));
}

function toColumn(values: readonly unknown[]): Cell[] {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v === null))
      return values.map(toCell);
  }
  return values.slice() as Cell[];
}

function dtypeOf(column: readonly Cell[]): string {
  const sample = column.find((v) => v !== null && !(typeof v === "number" && Number.isNaN(v)));
  if (typeof sample === "number")
    return column.every((v) => typeof v !== "number" || Number.isInteger(v)) ? "int32" : "float32";
  if (typeof sample === "boolean") return "boolean";
  return "string";
}

function fromColumns(columns: string[], data: Cell[][], index?: (string | number)[]): TableData {
  const rows = data.length > 0 ? data[0].length : (index?.length ?? 0);
  return { columns, dtypes: data.map(dtypeOf), index: index ?? rangeIndex(rows), data, shape: [rows, columns.length] };
}

/** Column-major table of a DataFrame, Series, array of rows/objects/values, or object of columns; null if not tabular. */
export function toTableData(value: unknown): TableData | null {
  if (isDataFrame(value)) {
    const inner = internals(value);
    const data = frameColumns(value).map(toColumn);
    return {
      columns: [...inner.$columns],
      dtypes: [...inner.$dtypes],
      index: [...inner.$index],
      data,
      shape: [inner.$index.length, inner.$columns.length],
    };
  }
  if (isSeries(value)) {
    const inner = internals(value);
    const data = [toColumn(inner.$dataIncolumnFormat)];
    return {
      columns: [String(inner.$columns[0] ?? "0")],
      dtypes: [...inner.$dtypes],
      index: [...inner.$index],
      data,
      shape: [inner.$index.length, 1],
    };
  }
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((row) => Array.isArray(row))) {
      const width = Math.max(...value.map((row: unknown[]) => row.length));
      const data = Array.from({ length: width }, (_, c) => value.map((row: unknown[]) => toCell(row[c])));
      return fromColumns(
        data.map((_, c) => String(c)),
        data,
      );
    }
    if (value.length > 0 && value.every((row) => typeof row === "object" && row !== null && !Array.isArray(row))) {
      const columns = [...new Set(value.flatMap((row: object) => Object.keys(row)))];
      const data = columns.map((c) => value.map((row: Record<string, unknown>) => toCell(row[c])));
      return fromColumns(columns, data);
    }
    return fromColumns(["0"], [toColumn(value)]);
  }
  if (typeof value === "object" && value !== null && Object.values(value).every((v) => Array.isArray(v))) {
    const columns = Object.keys(value);
    return fromColumns(
      columns,
      columns.map((c) => toColumn((value as Record<string, unknown[]>)[c])),
    );
  }
  return null;
}

/** A JSON-compatible copy of any value (undefined, functions and symbols become null; Maps become objects). */
export function toJsonValue(value: unknown, seen = new Set<object>()): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value !== "object") return null;
  if (seen.has(value)) return "[Circular]";
  seen.add(value);
  try {
    if (value instanceof Date) return value.toISOString();
    if (isDataFrame(value) || isSeries(value)) {
      const table = toTableData(value)!;
      return Object.fromEntries(table.columns.map((c, i) => [c, table.data[i]]));
    }
    if (Array.isArray(value)) return value.map((v) => toJsonValue(v, seen));
    if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), toJsonValue(v, seen)]));
    if (value instanceof Set) return [...value].map((v) => toJsonValue(v, seen));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v, seen)]));
  } finally {
    seen.delete(value);
  }
}
