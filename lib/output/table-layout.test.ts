import { describe, expect, it } from "vitest";
import { blocksFor, columnWidths, formatCell, visibleRange } from "./table-layout";

describe("visibleRange", () => {
  it("covers the viewport plus overscan and stays inside the table", () => {
    expect(visibleRange(0, 280, 28, 1_000_000, 8)).toEqual({ first: 0, last: 18 });
    expect(visibleRange(28 * 500_000, 280, 28, 1_000_000, 8)).toEqual({ first: 499_992, last: 500_018 });
    expect(visibleRange(28 * 999_999, 280, 28, 1_000_000, 8)).toEqual({ first: 999_991, last: 1_000_000 });
    expect(visibleRange(0, 280, 28, 3, 8)).toEqual({ first: 0, last: 3 });
  });
});

describe("blocksFor", () => {
  it("needs no block for rows the table arrived with", () => {
    expect(blocksFor(0, 18, 500, 500)).toEqual([]);
  });
  it("names the blocks that hold the visible rows past the first ones", () => {
    expect(blocksFor(495, 510, 500, 500)).toEqual([0]);
    expect(blocksFor(999, 1_001, 500, 500)).toEqual([0, 1]);
    expect(blocksFor(499_992, 500_018, 500, 500)).toEqual([998, 999]);
  });
});

describe("formatCell and columnWidths", () => {
  it("prints cells the way pandas does", () => {
    expect(formatCell(true)).toBe("True");
    expect(formatCell(null)).toBe("NaN");
    expect(formatCell(40.7293)).toBe("40.7293");
    expect(formatCell(0.1 + 0.2)).toBe("0.3");
    expect(formatCell("B02512")).toBe("B02512");
  });
  it("sizes columns from the header and a sample of rows", () => {
    const widths = columnWidths({
      columns: ["Date/Time", "n"],
      dtypes: ["string", "int32"],
      index: [0, 1],
      data: [
        ["9/1/2014 0:01:00", "x"],
        [1, 123456789],
      ],
      shape: [2, 2],
    });
    expect(widths.columns).toEqual([18, 11]);
    expect(widths.index).toBe(4);
  });
});
