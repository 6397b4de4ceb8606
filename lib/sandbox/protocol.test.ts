import { describe, expect, it } from "vitest";
import { PROTOCOL_VERSION, hostMessage, parseHostMessage, parseWorkerMessage, workerMessage } from "./protocol";

describe("parseHostMessage", () => {
  it("accepts a well-formed run message built by hostMessage", () => {
    const message = hostMessage("run", 3, { source: "st.write(1)", widgets: { "button-Go": true } });
    const parsed = parseHostMessage(message);
    expect(parsed).toEqual({ ok: true, message: { type: "run", v: PROTOCOL_VERSION, runId: 3, source: "st.write(1)", widgets: { "button-Go": true } } });
  });

  it("accepts clear-cache and rows requests", () => {
    expect(parseHostMessage(hostMessage("clear-cache", 1, {})).ok).toBe(true);
    expect(parseHostMessage(hostMessage("rows", 2, { forRun: 1, element: 0, start: 500, end: 1000 })).ok).toBe(true);
  });

  it.each([
    ["no rows", { start: 5, end: 5 }],
    ["end before start", { start: 5, end: 1 }],
    ["too many rows", { start: 0, end: 10_001 }],
    ["a negative start", { start: -1, end: 5 }],
  ])("refuses a rows request with %s", (_label, range) => {
    expect(parseHostMessage({ type: "rows", v: PROTOCOL_VERSION, runId: 2, forRun: 1, element: 0, ...range })).toMatchObject({ ok: false, error: { code: "bad-message" } });
  });

  it("refuses another protocol version with a version-mismatch error", () => {
    const parsed = parseHostMessage({ type: "run", v: PROTOCOL_VERSION + 1, runId: 1, source: "", widgets: {} });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.code).toBe("version-mismatch");
      expect(parsed.error.message).toContain(`version ${PROTOCOL_VERSION} expected`);
    }
  });

  it.each([
    ["not an object", "run"],
    ["null", null],
    ["an array", []],
    ["an unknown type", { type: "eval", v: PROTOCOL_VERSION, runId: 1 }],
    ["a worker-only type", { type: "result", v: PROTOCOL_VERSION, runId: 1, result: { elements: [] } }],
    ["a missing runId", { type: "clear-cache", v: PROTOCOL_VERSION }],
    ["a fractional runId", { type: "clear-cache", v: PROTOCOL_VERSION, runId: 1.5 }],
    ["a negative runId", { type: "clear-cache", v: PROTOCOL_VERSION, runId: -1 }],
    ["a run without source", { type: "run", v: PROTOCOL_VERSION, runId: 1, widgets: {} }],
    ["a run without widgets", { type: "run", v: PROTOCOL_VERSION, runId: 1, source: "" }],
    ["widgets that are not JSON", { type: "run", v: PROTOCOL_VERSION, runId: 1, source: "", widgets: { f: () => 1 } }],
    ["widgets with NaN", { type: "run", v: PROTOCOL_VERSION, runId: 1, source: "", widgets: { n: Number.NaN } }],
  ])("refuses %s as a bad message", (_label, data) => {
    const parsed = parseHostMessage(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe("bad-message");
  });
});

describe("parseWorkerMessage", () => {
  it("accepts each worker message built by workerMessage", () => {
    const messages = [
      workerMessage("ready", 0, { bootMs: 4 }),
      workerMessage("preloaded", 0, { durationMs: 1500 }),
      workerMessage("progress", 2, { progress: { kind: "spinner-start", id: 1, text: "Running `load()`." } }),
      workerMessage("result", 2, { result: { elements: [], events: [], runNumber: 1, durationMs: 3 } }),
      workerMessage("cleared", 5, {}),
      workerMessage("rows", 6, { start: 500, index: [500], data: [[1]] }),
      workerMessage("failure", 5, { error: { code: "internal", message: "boom" } }),
      workerMessage("heartbeat", 0, {}),
      workerMessage("late-error", 0, { error: { type: "RangeError", message: "thrown by a timer", line: 3 } }),
    ];
    for (const message of messages) expect(parseWorkerMessage(message)).toEqual({ ok: true, message });
  });

  it("refuses a version mismatch and malformed payloads", () => {
    expect(parseWorkerMessage({ type: "heartbeat", v: 0, runId: 0 })).toMatchObject({ ok: false, error: { code: "version-mismatch" } });
    expect(parseWorkerMessage({ type: "result", v: PROTOCOL_VERSION, runId: 1, result: {} })).toMatchObject({ ok: false, error: { code: "bad-message" } });
    expect(parseWorkerMessage({ type: "progress", v: PROTOCOL_VERSION, runId: 1, progress: 3 })).toMatchObject({ ok: false });
    expect(parseWorkerMessage({ type: "failure", v: PROTOCOL_VERSION, runId: 1, error: "boom" })).toMatchObject({ ok: false });
    expect(parseWorkerMessage({ type: "late-error", v: PROTOCOL_VERSION, runId: 0, error: { message: "no type" } })).toMatchObject({ ok: false });
    expect(parseWorkerMessage({ type: "run", v: PROTOCOL_VERSION, runId: 1, source: "", widgets: {} })).toMatchObject({ ok: false });
  });
});
