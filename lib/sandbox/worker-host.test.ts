import { describe, expect, it } from "vitest";
import type { RunResult } from "../streamlit/types";
import { PROTOCOL_VERSION, hostMessage, type WorkerMessage } from "./protocol";
import { MAX_ELEMENTS, MAX_TERMINAL_LINES, MAX_TERMINAL_TEXT } from "./output-limit";
import { createWorkerHost, type SandboxServer } from "./worker-host";

const clock = { t: 0 };

function fakeServer(log: string[], options: { preloadFails?: boolean } = {}): SandboxServer {
  let runs = 0;
  return {
    preload: () => (options.preloadFails ? Promise.reject(new Error("no danfo")) : Promise.resolve()),
    clearCaches: () => void log.push("clear"),
    createSession: () => ({
      async run(source, { widgets, onProgress }) {
        runs += 1;
        log.push(`run ${source} ${JSON.stringify(widgets)}`);
        onProgress?.({ kind: "spinner-start", id: 1, text: "Running" });
        onProgress?.({ kind: "element", element: { type: "text", body: "early" } });
        if (source === "slow") {
          clock.t += 500;
          onProgress?.({ kind: "element", element: { type: "text", body: "late" } });
        }
        if (source === "table-first" || source === "slow-table") {
          const table = {
            columns: ["n"],
            dtypes: ["int32"],
            index: [0],
            data: [[1]],
            shape: [1, 1] as [number, number],
          };
          onProgress?.({ kind: "element", element: { type: "dataframe", table } });
          onProgress?.({ kind: "element", element: { type: "text", body: "after the table" } });
          if (source === "slow-table") {
            clock.t += 500;
            onProgress?.({ kind: "element", element: { type: "text", body: "late" } });
          }
        }
        if (source === "prints") {
          const table = {
            columns: ["n"],
            dtypes: ["int32"],
            index: [0],
            data: [[1]],
            shape: [1, 1] as [number, number],
          };
          onProgress?.({ kind: "element", element: { type: "dataframe", table } });
          const terminal = Array.from({ length: MAX_TERMINAL_LINES + 500 }, (_, i) => ({
            level: "log" as const,
            text: i === 0 ? "x".repeat(MAX_TERMINAL_TEXT + 50) : `line ${i}`,
          }));
          for (const line of terminal) onProgress?.({ kind: "terminal", line });
          return { elements: [{ type: "dataframe", table }], events: [], runNumber: runs, durationMs: 1, terminal };
        }
        if (source === "crash") throw new Error("engine broke");
        if (source === "flood") {
          clock.t += 500; // past the quiet start: these elements stream
          const elements = Array.from({ length: 5_000 }, (_, i) => ({ type: "text" as const, body: `line ${i}` }));
          for (const element of elements) onProgress?.({ kind: "element", element });
          return { elements, events: [], runNumber: runs, durationMs: 1 };
        }
        if (source === "big") {
          const index = Array.from({ length: 1_200 }, (_, i) => i);
          return {
            elements: [
              {
                type: "dataframe",
                table: { columns: ["n"], dtypes: ["int32"], index, data: [index], shape: [1_200, 1] },
              },
            ],
            events: [],
            runNumber: runs,
            durationMs: 1,
          };
        }
        const result: RunResult = {
          elements: [{ type: "text", body: source }],
          events: [],
          runNumber: runs,
          durationMs: 1,
        };
        return result;
      },
    }),
  };
}

function setup(options?: { preloadFails?: boolean }) {
  const posted: WorkerMessage[] = [];
  const log: string[] = [];
  const host = createWorkerHost({
    createServer: () => fakeServer(log, options),
    post: (m) => void posted.push(m),
    now: () => clock.t,
  });
  return { host, posted, log };
}

describe("createWorkerHost", () => {
  it("announces ready, then preloaded", async () => {
    const { posted } = setup();
    await Promise.resolve();
    expect(posted.map((m) => m.type)).toEqual(["ready", "preloaded"]);
    expect(posted.every((m) => m.v === PROTOCOL_VERSION && m.runId === 0)).toBe(true);
  });

  it("reports a failed preload as data", async () => {
    const { posted } = setup({ preloadFails: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted[1]).toMatchObject({ type: "preloaded", error: { code: "internal", message: "no danfo" } });
  });

  it("runs scripts with widgets, streams progress and replies with the run id", async () => {
    const { host, posted, log } = setup();
    await host.handle(hostMessage("run", 7, { source: "a", widgets: { b: true } }));
    expect(log).toEqual(['run a {"b":true}']);
    const mine = posted.filter((m) => m.runId === 7);
    expect(mine.map((m) => m.type)).toEqual(["progress", "progress", "result"]);
    expect(mine[2]).toMatchObject({ result: { runNumber: 1, elements: [{ type: "text", body: "a" }] } });
  });

  const streamedOf = (posted: WorkerMessage[], runId: number) =>
    posted
      .filter((m) => m.runId === runId && m.type === "progress")
      .map((m) =>
        m.type !== "progress" || m.progress.kind !== "element"
          ? "spinner"
          : "body" in m.progress.element
            ? m.progress.element.body
            : m.progress.element.type,
      );

  it("streams text at once (so output drawn before a blocking loop shows), but holds a table drawn early and what follows it", async () => {
    const { host, posted } = setup();
    await host.handle(hostMessage("run", 1, { source: "fast", widgets: {} }));
    expect(streamedOf(posted, 1)).toEqual(["spinner", "early"]);
    await host.handle(hostMessage("run", 2, { source: "table-first", widgets: {} }));
    expect(streamedOf(posted, 2)).toEqual(["spinner", "early"]);
    await host.handle(hostMessage("run", 3, { source: "slow-table", widgets: {} }));
    expect(streamedOf(posted, 3)).toEqual(["spinner", "early", "dataframe", "after the table", "late"]);
  });

  it("streams terminal lines at once without releasing a table held back, and sends at most MAX_TERMINAL_LINES, cut to size", async () => {
    const { host, posted } = setup();
    await host.handle(hostMessage("run", 1, { source: "prints", widgets: {} }));
    const progress = posted.flatMap((m) => (m.runId === 1 && m.type === "progress" ? [m.progress] : []));
    const printed = progress.flatMap((p) => (p.kind === "terminal" ? [p.line] : []));
    expect(printed).toHaveLength(MAX_TERMINAL_LINES);
    expect(printed[0].text.length).toBeLessThanOrEqual(MAX_TERMINAL_TEXT + 1);
    // The table drawn early still arrives with the result only.
    expect(progress.some((p) => p.kind === "element" && p.element.type === "dataframe")).toBe(false);
    const result = posted.find((m) => m.runId === 1 && m.type === "result");
    if (result?.type !== "result") throw new Error("no result");
    expect(result.result.terminal).toHaveLength(MAX_TERMINAL_LINES);
    expect(result.result.terminal?.[0].text.length).toBeLessThanOrEqual(MAX_TERMINAL_TEXT + 1);
    expect(result.result.terminalLeftOut).toBe(500);
  });

  it("reports the timers a run left behind after its result, and again when the last one ends", async () => {
    let pending = 2;
    let idle: (() => void) | undefined;
    const deferred: (() => void)[] = [];
    const posted: WorkerMessage[] = [];
    const host = createWorkerHost({
      createServer: () => fakeServer([]),
      post: (m) => void posted.push(m),
      now: () => clock.t,
      leftover: {
        pending: () => pending,
        whenIdle: (listener) => (idle = listener),
        defer: (work) => void deferred.push(work),
      },
    });
    await host.handle(hostMessage("run", 3, { source: "x", widgets: {} }));
    expect(posted.some((m) => m.type === "after-run")).toBe(false);
    deferred.shift()?.();
    expect(posted.filter((m) => m.type === "after-run")).toEqual([expect.objectContaining({ runId: 3, pending: 2 })]);
    pending = 0;
    idle?.();
    expect(posted.filter((m) => m.type === "after-run").map((m) => (m.type === "after-run" ? m.pending : -1))).toEqual([
      2, 0,
    ]);
  });

  it("sends the first rows of a big table and answers row requests for the last run only", async () => {
    const { host, posted } = setup();
    await host.handle(hostMessage("run", 1, { source: "big", widgets: {} }));
    const result = posted.find((m) => m.type === "result");
    const table =
      result?.type === "result" && result.result.elements[0].type === "dataframe"
        ? result.result.elements[0].table
        : undefined;
    expect(table?.index.length).toBe(500);
    expect(table?.shape).toEqual([1_200, 1]);
    await host.handle(hostMessage("rows", 2, { forRun: 1, element: 0, start: 1_000, end: 1_300 }));
    expect(posted.find((m) => m.runId === 2)).toMatchObject({
      type: "rows",
      start: 1_000,
      index: expect.arrayContaining([1_000, 1_199]),
    });
    await host.handle(hostMessage("run", 3, { source: "x", widgets: {} }));
    await host.handle(hostMessage("rows", 4, { forRun: 1, element: 0, start: 0, end: 10 }));
    expect(posted.find((m) => m.runId === 4)).toMatchObject({
      type: "failure",
      error: { message: expect.stringMatching(/earlier run/) },
    });
  });

  it("serves requests in order and keeps one session across runs", async () => {
    const { host, posted, log } = setup();
    void host.handle(hostMessage("run", 1, { source: "x", widgets: {} }));
    void host.handle(hostMessage("clear-cache", 2, {}));
    await host.handle(hostMessage("run", 3, { source: "y", widgets: {} }));
    expect(log).toEqual(["run x {}", "clear", "run y {}"]);
    const results = posted.filter((m) => m.type === "result");
    expect(results.map((m) => (m.type === "result" ? m.result.runNumber : 0))).toEqual([1, 2]);
    expect(posted.some((m) => m.type === "cleared" && m.runId === 2)).toBe(true);
  });

  it("answers a malformed message or an engine failure with a failure message, and keeps serving", async () => {
    const { host, posted } = setup();
    await host.handle({ type: "run", v: 99, runId: 4, source: "", widgets: {} });
    await host.handle(hostMessage("run", 5, { source: "crash", widgets: {} }));
    await host.handle(hostMessage("run", 6, { source: "ok", widgets: {} }));
    expect(posted.find((m) => m.runId === 4)).toMatchObject({ type: "failure", error: { code: "version-mismatch" } });
    expect(posted.find((m) => m.runId === 5 && m.type === "failure")).toMatchObject({
      error: { message: "engine broke" },
    });
    expect(posted.find((m) => m.runId === 6)?.type).toBe("progress");
    expect(posted.some((m) => m.runId === 6 && m.type === "result")).toBe(true);
  });
});

describe("a run that draws too much", () => {
  it("streams and sends the first MAX_ELEMENTS elements, then a notice that says how many were left out", async () => {
    const { host, posted } = setup();
    await host.handle(hostMessage("run", 9, { source: "flood", widgets: {} }));
    const streamed = posted.filter((m) => m.type === "progress" && m.progress.kind === "element");
    expect(streamed).toHaveLength(MAX_ELEMENTS); // the "early" element, then the flood up to the limit
    const result = posted.find((m) => m.type === "result");
    if (result?.type !== "result") throw new Error("no result");
    expect(result.result.elements).toHaveLength(MAX_ELEMENTS + 1);
    expect(result.result.elements.at(-1)).toMatchObject({
      type: "warning",
      limit: { shown: MAX_ELEMENTS, total: 5_000 },
    });
  });
});
