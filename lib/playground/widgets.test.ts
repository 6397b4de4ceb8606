import { describe, expect, it } from "vitest";
import { widgetsForRun } from "./widgets";

describe("widgetsForRun", () => {
  it("keeps a changed slider for every later run", () => {
    expect(widgetsForRun({ a: 1 }, { id: "s", value: 4, momentary: false })).toEqual({
      kept: { a: 1, s: 4 },
      sent: { a: 1, s: 4 },
    });
  });
  it("sends a clicked button for this run only", () => {
    expect(widgetsForRun({ a: 1 }, { id: "b", value: true, momentary: true })).toEqual({
      kept: { a: 1 },
      sent: { a: 1, b: true },
    });
  });
  it("a plain rerun sends what is kept", () => {
    expect(widgetsForRun({ a: 1 })).toEqual({ kept: { a: 1 }, sent: { a: 1 } });
  });
});
