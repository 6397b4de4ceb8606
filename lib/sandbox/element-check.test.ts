import { describe, expect, it } from "vitest";
import { checkedResult, elementProblem } from "./element-check";
import {
  limitElement,
  limitResult,
  MAX_OPTIONS,
  MAX_TERMINAL_LINES,
  MAX_TERMINAL_TEXT,
  MAX_TEXT,
} from "./output-limit";
import { parseWorkerMessage, workerMessage } from "./protocol";
import type { Element, RunResult } from "../streamlit/types";

const table = { columns: ["a"], dtypes: ["int32"], index: [0, 1], data: [[1, 2]], shape: [2, 1] };
const good: unknown[] = [
  { type: "text", body: "x" },
  { type: "markdown", body: "<b>x</b>", unsafeAllowHtml: true },
  { type: "code", body: "x", language: "ts" },
  { type: "json", value: { a: [1, null] } },
  { type: "dataframe", table },
  { type: "metric", label: "m", value: "1", delta: "-2" },
  { type: "warning", body: "w", mutation: { functionName: "f", objectId: 1, changes: ["c"] } },
  { type: "exception", error: { type: "KeyError", message: "'Lat'", line: 3, column: 1 } },
  { type: "divider" },
  { type: "button", id: "b", label: "Go", value: false },
  { type: "slider", id: "s", label: "s", min: 0, max: 1, step: 1, value: 0 },
  { type: "selectbox", id: "x", label: "x", options: ["a", "b"], index: 1 },
];

describe("elementProblem", () => {
  it("accepts every element the sandbox makes", () => {
    for (const element of good) expect(elementProblem(element), JSON.stringify(element)).toBeNull();
  });

  it.each([
    [{ type: "metric", label: { a: 1 }, value: "1" }, /metric needs a label/],
    [{ type: "text", body: 5 }, /body must be a text/],
    [{ type: "markdown", body: "x", unsafeAllowHtml: "yes" }, /only markdown may allow HTML/],
    [{ type: "text", body: "<b>x</b>", unsafeAllowHtml: true }, /only markdown may allow HTML/],
    [{ type: "text", body: "x".repeat(MAX_TEXT + 1_000) }, /at most 100,000 characters/],
    [{ type: "selectbox", id: "x", label: "x", options: [{}], index: 0 }, /selectbox needs at most 1,000 options/],
    [{ type: "selectbox", id: "x", label: "x", options: ["a"], index: 4 }, /index must point at one of its options/],
    [{ type: "dataframe", table: { ...table, data: [[1]] } }, /one cell per row/],
    [{ type: "dataframe", table: { ...table, data: [[{}, 2]] } }, /one cell per row/],
    [{ type: "exception", error: { type: "E", message: "m".repeat(MAX_TEXT + 1_000) } }, /an error needs/],
    [{ type: "json", value: new Array(70).fill(0).reduce((inner) => [inner], 1) }, /64 levels deep/],
    [{ type: "script", body: "<b>" }, /does not know elements of type "script"/],
    [null, /needs a type/],
  ])("refuses %j", (element, problem) => {
    expect(elementProblem(element)).toMatch(problem);
  });
});

describe("the page's check of results", () => {
  it("replaces each malformed element by a warning that says what was wrong, keeping the rest", () => {
    const result = {
      elements: [
        { type: "text", body: "ok" },
        { type: "metric", label: { a: 1 }, value: "1" },
      ],
      events: [],
      runNumber: 1,
      durationMs: 1,
    };
    const checked = checkedResult(result);
    expect(checked.ok && checked.result.elements).toEqual([
      { type: "text", body: "ok" },
      {
        type: "warning",
        body: "Cache Lab could not show output 2 of this run: a metric needs a label, a value and an optional delta, as short texts.",
      },
    ]);
  });

  it("refuses result, progress and late-error messages whose error or element is malformed", () => {
    const bad = {
      ...workerMessage("result", 1, { result: { elements: [], events: [], runNumber: 1, durationMs: 1 } }),
      result: { elements: [], events: [], runNumber: 1, durationMs: 1, error: { type: {}, message: "m" } },
    };
    expect(parseWorkerMessage(bad)).toMatchObject({ ok: false, error: { message: /error is malformed/ } });
    expect(
      parseWorkerMessage({
        ...workerMessage("late-error", 0, { error: { type: "E", message: "m" } }),
        error: { type: "E" },
      }),
    ).toMatchObject({ ok: false });
    const progress = parseWorkerMessage({
      ...workerMessage("progress", 1, { progress: { kind: "spinner-end", id: 1 } }),
      progress: { kind: "element", element: { type: "text", body: {} } },
    });
    expect(progress).toMatchObject({
      ok: true,
      message: { progress: { kind: "element", element: { type: "warning" } } },
    });
  });

  it("passes everything the worker's limits let through", () => {
    const huge: Element[] = [
      { type: "exception", error: { type: "E".repeat(5_000), message: "x".repeat(3_000_000) } },
      {
        type: "selectbox",
        id: "s",
        label: "l".repeat(5_000),
        options: Array.from({ length: 200_000 }, (_, i) => `option ${i}`),
        index: 150_000,
      },
      { type: "metric", label: "m".repeat(5_000), value: "v".repeat(5_000) },
      { type: "code", body: "c".repeat(300_000), language: "l".repeat(5_000) },
    ];
    const result: RunResult = {
      elements: huge,
      error: { type: "Error", message: "x".repeat(40_000_000) },
      events: [],
      runNumber: 1,
      durationMs: 1,
    };
    const limited = limitResult(result);
    const checked = checkedResult(limited);
    expect(checked.ok && checked.result.elements.every((e) => e.type !== "warning")).toBe(true);
    expect(limited.error?.message.length).toBeLessThan(MAX_TEXT + 300);
    const select = limitElement(huge[1]);
    expect(select).toMatchObject({ index: MAX_OPTIONS, optionsLeftOut: 200_000 - MAX_OPTIONS - 1 });
    expect(select.type === "selectbox" && select.options[MAX_OPTIONS]).toBe("option 150000");
  });
});

describe("terminal lines", () => {
  const base = { elements: [], events: [], runNumber: 1, durationMs: 1 };

  it("accepts a result's terminal lines and count left out, and a streamed line", () => {
    const terminal = [
      { level: "log", text: "a" },
      { level: "warn", text: "b" },
      { level: "error", text: "c" },
    ];
    expect(checkedResult({ ...base, terminal, terminalLeftOut: 3 })).toMatchObject({ ok: true, result: { terminal } });
    const line = { level: "warn", text: "careful" };
    expect(
      parseWorkerMessage(workerMessage("progress", 1, { progress: { kind: "terminal", line } as never })),
    ).toMatchObject({
      ok: true,
      message: { progress: { kind: "terminal", line } },
    });
  });

  it.each([
    [{ terminal: [{ level: "info", text: "a" }] }, /line 1 is malformed: a terminal line needs a level/],
    [{ terminal: [{ level: "log", text: { a: 1 } }] }, /at most 10,000 characters/],
    [{ terminal: [{ level: "log", text: "x".repeat(MAX_TERMINAL_TEXT + 2) }] }, /at most 10,000 characters/],
    [
      { terminal: Array.from({ length: MAX_TERMINAL_LINES + 1 }, () => ({ level: "log", text: "a" })) },
      /at most 1000 lines/,
    ],
    [{ terminal: "a" }, /list of at most/],
    [{ terminalLeftOut: -1 }, /left out must be a whole number/],
  ])("refuses a result whose terminal is malformed: %j", (fields, problem) => {
    const checked = checkedResult({ ...base, ...fields });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problem).toMatch(problem);
  });

  it("refuses a streamed terminal line of the wrong shape", () => {
    const parsed = parseWorkerMessage(
      workerMessage("progress", 1, { progress: { kind: "terminal", line: { level: "log", text: 5 } } as never }),
    );
    expect(parsed).toMatchObject({ ok: false, error: { code: "bad-message" } });
  });
});
