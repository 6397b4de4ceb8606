import { describe, expect, it } from "vitest";
import type { Element, RunResult } from "../streamlit/types";
import {
  createProgressLimiter,
  limitElement,
  limitResult,
  limitStep,
  MAX_ELEMENTS,
  MAX_STEP_ITEMS,
  MAX_TEXT,
} from "./output-limit";

const text = (body: string): Element => ({ type: "text", body });
const result = (elements: Element[]): RunResult => ({ elements, events: [], runNumber: 1, durationMs: 1 });
const mutation: Element = {
  type: "warning",
  body: "changed",
  mutation: { functionName: "load", objectId: 1, changes: ["column removed: Lat"] },
};

describe("limitResult", () => {
  it("leaves a run of ordinary size as it is, the same object", () => {
    const small = result([text("a"), text("b"), mutation]);
    expect(limitResult(small)).toBe(small);
  });

  it("keeps the first MAX_ELEMENTS elements, adds the notice, and keeps the mutation warning last", () => {
    const many = result([...Array.from({ length: MAX_ELEMENTS + 500 }, (_, i) => text(`line ${i}`)), mutation]);
    const limited = limitResult(many);
    expect(limited.elements).toHaveLength(MAX_ELEMENTS + 2);
    expect(limited.elements[MAX_ELEMENTS - 1]).toEqual(text(`line ${MAX_ELEMENTS - 1}`));
    expect(limited.elements[MAX_ELEMENTS]).toMatchObject({
      type: "warning",
      limit: { shown: MAX_ELEMENTS, total: MAX_ELEMENTS + 500 },
    });
    expect((limited.elements[MAX_ELEMENTS] as { body: string }).body).toMatch(
      /shows the first 2,000 of the 2,500 elements this run drew/,
    );
    expect(limited.elements.at(-1)).toBe(mutation);
    expect(many.elements).toHaveLength(MAX_ELEMENTS + 501); // the run's own result is not changed
  });

  it("cuts long texts and code, and shows a huge JSON value as its cut text", () => {
    const long = "x".repeat(MAX_TEXT + 10);
    const limited = limitResult(
      result([
        text(long),
        { type: "code", body: long, language: "py" },
        { type: "json", value: { rows: Array.from({ length: 50_000 }, (_, i) => i) } },
      ]),
    );
    const [first, second, third] = limited.elements as [
      Element & { body: string },
      Element & { body: string },
      Element & { body: string },
    ];
    expect(first.body).toBe(
      `${"x".repeat(MAX_TEXT)}\n… 10 more characters not shown (the playground shows 100,000 at most)`,
    );
    expect(second).toMatchObject({ type: "code", language: "py" });
    expect(second.body.length).toBeLessThan(MAX_TEXT + 200);
    expect(third).toMatchObject({ type: "code", language: "json" });
    expect(third.body.startsWith('{\n  "rows": [\n    0,')).toBe(true);
    expect(limitElement({ type: "json", value: { a: 1 } })).toEqual({ type: "json", value: { a: 1 } });
  });
});

describe("createProgressLimiter", () => {
  it("drops elements past the limit, but never spinners or the mutation warning", () => {
    const limit = createProgressLimiter();
    let passed = 0;
    for (let i = 0; i < MAX_ELEMENTS + 10; i++) if (limit({ kind: "element", element: text(`${i}`) })) passed++;
    expect(passed).toBe(MAX_ELEMENTS);
    expect(limit({ kind: "spinner-start", id: 1, text: "Running" })).not.toBeNull();
    expect(limit({ kind: "element", element: mutation })).not.toBeNull();
  });
});

describe("limitStep", () => {
  it("lists the first calls and elements of a step, then how many more there were", () => {
    const step = {
      index: 0,
      session: "A",
      runNumber: 1,
      line: 1,
      calls: [],
      saw: Array.from({ length: 100_000 }, (_, i) => `line ${i}`),
      status: "done" as const,
    };
    const limited = limitStep(step);
    expect(limited.saw).toHaveLength(MAX_STEP_ITEMS + 1);
    expect(limited.saw.at(-1)).toBe("… and 99,980 more");
    expect(limitStep({ ...step, saw: ["x".repeat(500)] }).saw[0]).toBe(`${"x".repeat(200)}…`);
    const small = { ...step, saw: ["visits: 1"] };
    expect(limitStep(small)).toBe(small);
  });
});
