import { describe, expect, it } from "vitest";
import { ok, testServer } from "../streamlit/test-support/harness";
import { PROTOCOL_VERSION, hostMessage, parseHostMessage, parseWorkerMessage, workerMessage } from "./protocol";

describe("parseHostMessage", () => {
  it("accepts a well-formed run message built by hostMessage", () => {
    const message = hostMessage("run", 3, { source: "st.write(1)", widgets: { "button-Go": true } });
    const parsed = parseHostMessage(message);
    expect(parsed).toEqual({
      ok: true,
      message: { type: "run", v: PROTOCOL_VERSION, runId: 3, source: "st.write(1)", widgets: { "button-Go": true } },
    });
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
    expect(
      parseHostMessage({ type: "rows", v: PROTOCOL_VERSION, runId: 2, forRun: 1, element: 0, ...range }),
    ).toMatchObject({ ok: false, error: { code: "bad-message" } });
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
    expect(parseWorkerMessage({ type: "heartbeat", v: 0, runId: 0 })).toMatchObject({
      ok: false,
      error: { code: "version-mismatch" },
    });
    expect(parseWorkerMessage({ type: "result", v: PROTOCOL_VERSION, runId: 1, result: {} })).toMatchObject({
      ok: false,
      error: { code: "bad-message" },
    });
    expect(parseWorkerMessage({ type: "progress", v: PROTOCOL_VERSION, runId: 1, progress: 3 })).toMatchObject({
      ok: false,
    });
    expect(parseWorkerMessage({ type: "failure", v: PROTOCOL_VERSION, runId: 1, error: "boom" })).toMatchObject({
      ok: false,
    });
    expect(
      parseWorkerMessage({ type: "late-error", v: PROTOCOL_VERSION, runId: 0, error: { message: "no type" } }),
    ).toMatchObject({ ok: false });
    expect(parseWorkerMessage({ type: "run", v: PROTOCOL_VERSION, runId: 1, source: "", widgets: {} })).toMatchObject({
      ok: false,
    });
  });
});

describe("cache events and caches in worker messages", () => {
  const event = (fields: Record<string, unknown> = {}) => ({
    kind: "miss",
    functionName: "load",
    cache: "data",
    args: [{ name: "n", repr: "1" }],
    reason: "first-call",
    at: 0,
    sessionId: "s1",
    ...fields,
  });
  const result = (...events: unknown[]) => ({
    type: "result",
    v: PROTOCOL_VERSION,
    runId: 2,
    result: { elements: [], events, runNumber: 1, durationMs: 3 },
  });
  const entry = (fields: Record<string, unknown> = {}) => ({
    args: [],
    sizeBytes: 1,
    ageMs: 0,
    ttlLeftMs: null,
    hits: 0,
    objectId: 1,
    ...fields,
  });
  const caches = (...entries: unknown[]) => ({
    snapshot: [{ functionName: "load", cache: "data", scope: "global", entries }],
    clockOffsetMs: 0,
  });

  it("accepts events with every reason lib/streamlit gives, and entries with arguments", () => {
    const events = [
      ...["first-call", "code-changed", "expired", "evicted", "cleared", "invalid", "session-ended"].map((reason) =>
        event({ reason }),
      ),
      event({ kind: "hit", reason: undefined, fromPersistStore: true }),
      event({ kind: "clear", args: [], reason: "cleared", emptied: "cache" }),
      event({ kind: "evict", reason: "evicted", objectId: 3 }),
      event({ kind: "copy", reason: undefined, durationMs: 0.2 }),
    ];
    expect(parseWorkerMessage(result(...events)).ok).toBe(true);
    expect(
      parseWorkerMessage({
        type: "clock",
        v: PROTOCOL_VERSION,
        runId: 1,
        caches: caches(entry({ args: [{ name: "n", repr: "1" }], sessionId: "s1" })),
      }).ok,
    ).toBe(true);
  });

  it("accepts what the emulation really reports: misses, hits, evictions, clears, session-scoped entries", async () => {
    const { server } = testServer();
    const src = `const sq = st.cacheData(function sq(n: number, s: string) { return n * n; }, { maxEntries: 1 });
const box = st.cacheResource(function box() { return { n: 1 }; }, { scope: "session" });
sq(1, "a, b=c"); sq(2, "x"); sq(2, "x"); box(); box.clear(); box(); sq.clear();`;
    const session = server.createSession();
    const run = ok(await session.run(src));
    expect(new Set(run.events.map((e) => e.kind))).toEqual(
      new Set(["miss", "compute", "store", "evict", "hit", "copy", "clear"]),
    );
    const message = workerMessage("result", 1, {
      result: run,
      caches: { snapshot: server.snapshot(), clockOffsetMs: 0 },
    });
    expect(parseWorkerMessage(message)).toEqual({ ok: true, message });
  });

  it.each([
    ["a miss reason the inspector does not know", event({ reason: "first call" })],
    ["a miss without a reason", event({ reason: undefined })],
    ["an eviction with a miss-only reason", event({ kind: "evict", reason: "first-call" })],
    ["args as a display string", event({ args: "n=1" })],
    ["an argument without a repr", event({ args: [{ name: "n" }] })],
    ["an argument whose repr is a number", event({ args: [{ name: "n", repr: 1 }] })],
    ["an unknown kind", event({ kind: "peek" })],
    ["a bad emptied", event({ kind: "clear", reason: "cleared", emptied: "everything" })],
  ])("refuses a result with %s", (_label, bad) => {
    const parsed = parseWorkerMessage(result(event(), bad));
    expect(parsed).toMatchObject({ ok: false, error: { code: "bad-message" } });
    if (!parsed.ok) expect(parsed.error.message).toContain("Cache event 2 is malformed");
  });

  it.each([
    ["clock", { caches: caches(entry({ args: "n=1" })) }],
    ["clock", { caches: caches(entry({ args: [{ name: "n", repr: null }] })) }],
    ["clock", { caches: { snapshot: "none", clockOffsetMs: 0 } }],
    ["clock", {}],
    ["cleared", { caches: caches(entry({ keySummary: "n=1", args: undefined })) }],
    [
      "result",
      { caches: caches(entry({ sessionId: 7 })), result: { elements: [], events: [], runNumber: 1, durationMs: 3 } },
    ],
  ])("refuses a %s message with malformed caches (%#)", (type, fields) => {
    expect(parseWorkerMessage({ type, v: PROTOCOL_VERSION, runId: 1, ...fields })).toMatchObject({
      ok: false,
      error: { code: "bad-message" },
    });
  });
});
