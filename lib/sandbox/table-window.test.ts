import { describe, expect, it } from "vitest";
import type { RunResult, TableData } from "../streamlit/types";
import { isPartial, sliceRows, windowResult } from "./table-window";

function table(rows: number): TableData {
  const index = Array.from({ length: rows }, (_, i) => i);
  return {
    columns: ["a", "b"],
    dtypes: ["int32", "string"],
    index,
    data: [index.map((i) => i * 2), index.map((i) => `r${i}`)],
    shape: [rows, 2],
  };
}

describe("table windows", () => {
  it("slices rows of every column and clamps to the table", () => {
    expect(sliceRows(table(10), 8, 20)).toEqual({
      start: 8,
      index: [8, 9],
      data: [
        [16, 18],
        ["r8", "r9"],
      ],
    });
    expect(sliceRows(table(10), 12, 20)).toEqual({ start: 10, index: [], data: [[], []] });
  });

  it("cuts only tables longer than the first window, keeping their shape, and remembers them by position", () => {
    const result: RunResult = {
      elements: [
        { type: "text", body: "x" },
        { type: "dataframe", table: table(1_000) },
        { type: "table", table: table(3) },
      ],
      events: [],
      runNumber: 1,
      durationMs: 1,
    };
    const { result: windowed, tables } = windowResult(result, 100);
    const cut = windowed.elements[1];
    expect(cut.type === "dataframe" && cut.table.index.length).toBe(100);
    expect(cut.type === "dataframe" && cut.table.shape).toEqual([1_000, 2]);
    expect(cut.type === "dataframe" && isPartial(cut.table)).toBe(true);
    expect(windowed.elements[2]).toBe(result.elements[2]);
    expect([...tables.keys()]).toEqual([1]);
    expect(tables.get(1)?.index.length).toBe(1_000);
  });

  it("leaves a result without big tables untouched", () => {
    const result: RunResult = {
      elements: [{ type: "dataframe", table: table(5) }],
      events: [],
      runNumber: 1,
      durationMs: 1,
    };
    expect(windowResult(result, 100).result).toBe(result);
  });
});
