import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PROTOCOL_VERSION, workerMessage, type HostMessage } from "@/lib/sandbox/protocol";
import type { StepRecord } from "@/lib/streamlit/types";
import { FakeWorker } from "./fake-worker";
import { SandboxClient, type SandboxEvent } from "./sandbox-client";

function setup(timeLimitMs = 10_000) {
  const workers: FakeWorker[] = [];
  const events: SandboxEvent[] = [];
  const client = new SandboxClient({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    timeLimitMs,
    heartbeatTimeoutMs: 4_000,
  });
  client.listen((event) => void events.push(event));
  return { client, workers, events };
}

const result = { elements: [], events: [], runNumber: 1, durationMs: 2 };
const step: StepRecord = {
  index: 0,
  session: "A",
  runNumber: 1,
  line: 2,
  calls: ["st.write"],
  saw: ["visits: 1"],
  status: "paused",
  nextLine: 3,
};

describe("SandboxClient", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("boots one worker lazily and sends versioned run messages", async () => {
    const { client, workers } = setup();
    const outcome = client.run("st.write(1)", { b: true });
    expect(workers).toHaveLength(1);
    expect(workers[0].sent[0]).toEqual({
      type: "run",
      v: PROTOCOL_VERSION,
      runId: 1,
      source: "st.write(1)",
      widgets: { b: true },
    });
    workers[0].emit("message", workerMessage("result", 1, { result }));
    await expect(outcome).resolves.toEqual({ kind: "result", result, runId: 1 });
    client.dispose();
  });

  it("fetches rows of a shown table without making the sandbox busy", async () => {
    const { client, workers } = setup();
    client.boot();
    const rows = client.rows(4, 1, 500, 1000);
    expect(client.busy).toBe(false);
    expect(workers[0].sent[0]).toMatchObject({ type: "rows", forRun: 4, element: 1, start: 500, end: 1000 });
    workers[0].emit("message", workerMessage("rows", 1, { start: 500, index: [500], data: [[7]] }));
    await expect(rows).resolves.toEqual({ kind: "rows", block: { start: 500, index: [500], data: [[7]] } });
    client.dispose();
  });

  it("forwards progress of the matching run only and ignores replies to unknown runs", async () => {
    const { client, workers } = setup();
    const progress = vi.fn();
    const outcome = client.run("x", {}, progress);
    workers[0].emit("message", workerMessage("progress", 99, { progress: { kind: "spinner-end", id: 1 } }));
    workers[0].emit("message", workerMessage("progress", 1, { progress: { kind: "spinner-end", id: 2 } }));
    workers[0].emit("message", workerMessage("result", 99, { result }));
    expect(progress).toHaveBeenCalledTimes(1);
    expect(client.busy).toBe(true);
    workers[0].emit("message", workerMessage("result", 1, { result }));
    await outcome;
    expect(client.busy).toBe(false);
    client.dispose();
  });

  it("stops a run that exceeds the time limit by replacing the worker", async () => {
    const { client, workers, events } = setup(1_000);
    const outcome = client.run("while (true) {}", {});
    vi.advanceTimersByTime(1_001);
    await expect(outcome).resolves.toEqual({ kind: "interrupted", reason: "time-limit" });
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(events).toContainEqual({ type: "restarted", reason: "time-limit" });
    const next = client.run("ok", {});
    expect(workers[1].sent[0]).toMatchObject({ type: "run", runId: 2 });
    workers[1].emit("message", workerMessage("result", 2, { result }));
    await expect(next).resolves.toMatchObject({ kind: "result" });
    client.dispose();
  });

  it("Stop ends a run at once; the stopped worker's late messages reach nothing, even with the current run's id", async () => {
    const { client, workers, events } = setup();
    const outcome = client.run("slow", {});
    client.stop();
    await expect(outcome).resolves.toEqual({ kind: "interrupted", reason: "stopped" });
    expect(workers).toHaveLength(2);

    const next = client.run("next", {});
    const nextId = workers[1].sent[0].runId;
    let settled: unknown;
    void next.then((o) => (settled = o));
    const eventsBefore = events.length;
    // Run ids are not per worker, but a stopped worker (or a script tampering with it) could send any id.
    workers[0].emit("message", workerMessage("result", nextId, { result: { ...result, runNumber: 99 } }));
    workers[0].emit(
      "message",
      workerMessage("late-error", 0, { error: { type: "Error", message: "from the old worker" } }),
    );
    workers[0].emit("message", workerMessage("ready", 0, { bootMs: 1 }));
    await Promise.resolve();
    expect(settled).toBeUndefined();
    expect(client.busy).toBe(true);
    expect(events.slice(eventsBefore)).toEqual([]);

    workers[1].emit("message", workerMessage("result", nextId, { result }));
    await expect(next).resolves.toEqual({ kind: "result", result, runId: nextId });
    client.dispose();
  });

  it("treats a worker error event as a crash and an idle silent worker as dead", async () => {
    const { client, workers, events } = setup();
    const outcome = client.run("x", {});
    workers[0].emit("error");
    await expect(outcome).resolves.toEqual({ kind: "interrupted", reason: "crashed" });
    expect(workers).toHaveLength(2);
    vi.advanceTimersByTime(5_000);
    expect(workers).toHaveLength(3);
    expect(events.filter((e) => e.type === "restarted")).toHaveLength(2);
    client.dispose();
  });

  it("reports an error the reader's code threw after its run, keeping the worker", async () => {
    const { client, workers, events } = setup();
    const outcome = client.run("x", {});
    workers[0].emit("message", workerMessage("result", 1, { result }));
    await expect(outcome).resolves.toMatchObject({ kind: "result" });
    const error = { type: "RangeError", message: "thrown by a timer", line: 3 };
    workers[0].emit("message", workerMessage("late-error", 0, { error }));
    expect(events.filter((e) => e.type === "late-error")).toEqual([{ type: "late-error", error }]);
    expect(workers).toHaveLength(1);
    expect(events.some((e) => e.type === "restarted")).toBe(false);
    client.dispose();
  });

  it("keeps an idle worker that sends heartbeats", () => {
    const { client, workers } = setup();
    client.boot();
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(1_000);
      workers[0].emit("message", workerMessage("heartbeat", 0, {}));
    }
    expect(workers).toHaveLength(1);
    client.dispose();
  });

  it("clears the cache and reports a protocol mismatch as a failure event", async () => {
    const { client, workers, events } = setup();
    const cleared = client.clearCache();
    expect(workers[0].sent[0]).toMatchObject({ type: "clear-cache" });
    workers[0].emit("message", workerMessage("cleared", 1, {}));
    await expect(cleared).resolves.toEqual({ kind: "cleared" });
    workers[0].emit("message", { type: "heartbeat", v: PROTOCOL_VERSION + 1, runId: 0 });
    expect(events.at(-1)).toMatchObject({ type: "failure", error: { code: "version-mismatch" } });
    client.dispose();
  });

  it("listen returns the function that stops the listener, and every listener hears every event", () => {
    const { client, events } = setup();
    const other: SandboxEvent[] = [];
    const stop = client.listen((event) => void other.push(event));
    client.boot();
    stop();
    client.restart("requested");
    expect(other).toEqual([{ type: "booting" }]);
    expect(events).toEqual([{ type: "booting" }, { type: "restarted", reason: "requested" }, { type: "booting" }]);
    client.dispose();
  });

  it("a multi-session run: typed requests, its steps, and a time limit paused while it waits for the reader", async () => {
    const { client, workers } = setup(1_000);
    const steps: StepRecord[] = [];
    const { runId, outcome } = client.multiRun(
      { sessions: ["A", "B"], source: "s", schedule: { seed: 1 }, manual: true },
      (step) => void steps.push(step),
    );
    expect(workers[0].sent.map((m) => m.type)).toEqual(["multi-run", "multi-next"]);
    expect(workers[0].sent[0]).toEqual({
      type: "multi-run",
      v: PROTOCOL_VERSION,
      runId,
      sessions: ["A", "B"],
      source: "s",
      schedule: { seed: 1 },
      manual: true,
    });
    expect(client.busy).toBe(true);
    workers[0].emit("message", workerMessage("multi-step", runId, { step }));
    workers[0].emit("message", workerMessage("multi-step", runId + 1, { step }));
    expect(steps).toEqual([step]);
    // Waiting for "Next step" for longer than the limit is no reason to stop.
    vi.advanceTimersByTime(5_000);
    expect(workers).toHaveLength(1);
    client.nextStep(runId);
    expect(workers[0].sent.at(-1)).toEqual({ type: "multi-next", v: PROTOCOL_VERSION, runId });
    vi.advanceTimersByTime(999);
    workers[0].emit("message", workerMessage("multi-result", runId, { results: { A: result }, stepsLeftOut: 3 }));
    await expect(outcome).resolves.toEqual({ kind: "multi-result", results: { A: result }, stepsLeftOut: 3 });
    expect(client.busy).toBe(false);
    // The limit ended with the run (under the 4 s heartbeat, which judges an idle worker).
    vi.advanceTimersByTime(3_000);
    expect(workers).toHaveLength(1);
    client.dispose();
  });

  it("a stepped run that goes on by itself is judged by the time limit again, and its follow-ups die with it", async () => {
    const { client, workers } = setup(1_000);
    const endless = client.multiRun({ sessions: ["A"], source: "s", schedule: { seed: 1 }, manual: true }, () => {});
    workers[0].emit("message", workerMessage("multi-step", endless.runId, { step }));
    vi.advanceTimersByTime(5_000);
    client.runToEnd(endless.runId);
    expect(workers[0].sent.at(-1)).toMatchObject({ type: "multi-run-to-end", runId: endless.runId });
    // Steps of a run going on its own do not pause the limit.
    workers[0].emit("message", workerMessage("multi-step", endless.runId, { step }));
    vi.advanceTimersByTime(1_001);
    await expect(endless.outcome).resolves.toEqual({ kind: "interrupted", reason: "time-limit" });
    expect(workers[0].terminated).toBe(true);
    // A follow-up for a request that ended is dropped, not sent to the new worker.
    client.nextStep(endless.runId);
    client.runToEnd(endless.runId);
    expect(workers[1].sent).toEqual([]);
    client.dispose();
  });

  it("a multi-session failure ends its run with the worker's reason", async () => {
    const { client, workers } = setup();
    const { runId, outcome } = client.multiRun(
      { sessions: ["A"], source: "s", schedule: { seed: 1 }, manual: false },
      () => {},
    );
    workers[0].emit(
      "message",
      workerMessage("multi-failure", runId, {
        error: { code: "bad-message", message: "Another multi-session run is still going." },
      }),
    );
    await expect(outcome).resolves.toEqual({
      kind: "failure",
      error: { code: "bad-message", message: "Another multi-session run is still going." },
    });
    client.dispose();
  });

  it("counts work a run left behind against the rest of its time limit, says so, and replaces the worker when it runs out", async () => {
    const { client, workers, events } = setup(10_000);
    const outcome = client.run("x", {});
    vi.advanceTimersByTime(4_000);
    workers[0].emit("message", workerMessage("result", 1, { result }));
    await expect(outcome).resolves.toMatchObject({ kind: "result" });
    expect(client.busy).toBe(false);
    expect(client.leftRunning).toBe(true);
    workers[0].emit("message", workerMessage("after-run", 1, { pending: 2 }));
    expect(events).toContainEqual({ type: "left-running", pending: 2 });
    vi.advanceTimersByTime(5_900);
    expect(workers).toHaveLength(1);
    vi.advanceTimersByTime(200);
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(events).toContainEqual({ type: "restarted", reason: "left-running" });
    client.dispose();
  });

  it("a worker that never reports after a result (a promise loop) is said to be busy, then stopped", async () => {
    const { client, workers, events } = setup(10_000);
    const outcome = client.run("x", {});
    workers[0].emit("message", workerMessage("result", 1, { result }));
    await outcome;
    vi.advanceTimersByTime(1_000);
    expect(events).toContainEqual({ type: "left-running", pending: null });
    // No heartbeat either: the time limit, not the heartbeat watchdog, decides.
    vi.advanceTimersByTime(9_000);
    expect(events.filter((e) => e.type === "restarted")).toEqual([{ type: "restarted", reason: "left-running" }]);
    client.dispose();
  });

  it("ends the left-behind state when the worker reports no timers left, and Stop ends the work at once", async () => {
    const { client, workers, events } = setup(10_000);
    const first = client.run("x", {});
    workers[0].emit("message", workerMessage("result", 1, { result }));
    await first;
    workers[0].emit("message", workerMessage("after-run", 1, { pending: 1 }));
    workers[0].emit("message", workerMessage("after-run", 1, { pending: 0 }));
    expect(client.leftRunning).toBe(false);
    expect(events.at(-1)).toEqual({ type: "settled" });
    for (let second = 0; second < 12; second++) {
      vi.advanceTimersByTime(1_000);
      workers[0].emit("message", workerMessage("heartbeat", 0, {}));
    }
    expect(workers).toHaveLength(1);

    const second = client.run("y", {});
    workers[0].emit("message", workerMessage("result", 2, { result }));
    await second;
    workers[0].emit("message", workerMessage("after-run", 1, { pending: 0 })); // an older run's report changes nothing
    expect(client.leftRunning).toBe(true);
    client.stop();
    expect(events).toContainEqual({ type: "restarted", reason: "stopped" });
    client.dispose();
  });

  it("a fresh start replaces a started worker, and does nothing before one was started", () => {
    const { client, workers, events } = setup();
    client.restart("fresh");
    expect(workers).toHaveLength(0);
    expect(events).toEqual([]);
    client.boot();
    client.restart("fresh");
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    expect(events).toContainEqual({ type: "restarted", reason: "fresh" });
    client.dispose();
  });
});
