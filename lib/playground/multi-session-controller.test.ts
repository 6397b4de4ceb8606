import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { workerMessage as multiMessage } from "@/lib/sandbox/protocol";
import type { StepRecord } from "@/lib/streamlit/types";
import { MultiSessionController } from "./multi-session-controller";
import { FakeFrames, FakeWorker } from "./test-doubles";

function setup() {
  const workers: FakeWorker[] = [];
  const frames = new FakeFrames();
  const multi = new MultiSessionController({
    timeLimitMs: 1_000,
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    frames,
    heartbeatTimeoutMs: 60_000,
  });
  const worker = () => workers.at(-1)!;
  const runMessage = () =>
    worker().sent.findLast((m) => (m.type as string) === "multi-run") as unknown as {
      runId: number;
      widgets: Record<string, Record<string, unknown>>;
      manual: boolean;
    };
  const step = (index: number, session: string, status: StepRecord["status"] = "paused"): StepRecord => ({
    index,
    session,
    runNumber: 1,
    line: 3,
    calls: ["st.write"],
    saw: [`visits: ${index}`],
    status,
    nextLine: 4,
  });
  const result = { elements: [], events: [], runNumber: 1, durationMs: 2 };
  return { multi, workers, worker, frames, runMessage, step, result };
}

describe("MultiSessionController", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("runs every session on one server and keeps each session's results", async () => {
    const { multi, worker, runMessage, result } = setup();
    multi.run(["A", "B"], "code", { seed: 1 }, false);
    expect(runMessage()).toMatchObject({
      sessions: ["A", "B"],
      source: "code",
      schedule: { seed: 1 },
      manual: false,
      widgets: { A: {}, B: {} },
    });
    expect(multi.get().running).toMatchObject({ sessions: ["A", "B"], manual: false });
    const { runId } = runMessage();
    worker().emit(
      "message",
      multiMessage("multi-result", runId, { results: { A: result, B: { ...result, runNumber: 2 } } }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(multi.get().running).toBeNull();
    expect(Object.keys(multi.get().results)).toEqual(["A", "B"]);
    expect(multi.server.sandbox().busy).toBe(false);
  });

  it("draws a burst of steps once per frame, and the last ones before the result", async () => {
    const { multi, worker, frames, runMessage, step, result } = setup();
    multi.run(["A", "B"], "code", { seed: 1 }, false);
    const { runId } = runMessage();
    const renders = vi.fn();
    multi.subscribe(renders);
    for (let i = 0; i < 50; i++)
      worker().emit("message", multiMessage("multi-step", runId, { step: step(i, i % 2 ? "B" : "A") }));
    expect(renders).not.toHaveBeenCalled();
    frames.paint();
    expect(renders).toHaveBeenCalledOnce();
    expect(multi.get().steps).toHaveLength(50);
    worker().emit("message", multiMessage("multi-step", runId, { step: step(50, "A", "done") }));
    worker().emit("message", multiMessage("multi-result", runId, { results: { A: result }, stepsLeftOut: 7 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(multi.get().steps).toHaveLength(51);
    expect(multi.get().stepsLeftOut).toBe(7);
  });

  it("stepping: the time limit waits for the reader between steps", async () => {
    const { multi, workers, worker, runMessage, step } = setup();
    multi.run(["A", "B"], "code", { plan: [{ session: "A" }] }, true);
    const { runId } = runMessage();
    expect(worker().last()!.type as string).toBe("multi-next");
    worker().emit("message", multiMessage("multi-step", runId, { step: step(0, "A") }));
    expect(multi.get().running?.awaitingStep).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(workers).toHaveLength(1);
    multi.next();
    expect(multi.get().running?.awaitingStep).toBe(true);
    multi.next();
    expect(worker().sent.filter((m) => (m.type as string) === "multi-next")).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1_001);
    expect(workers).toHaveLength(2);
    expect(multi.server.get().notice?.text).toMatch(/more than 1 s/);
    expect(multi.get().running).toBeNull();
  });

  it("Run to end lets a stepped run go on by itself", () => {
    const { multi, worker, runMessage } = setup();
    multi.run(["A", "B"], "code", { seed: 2 }, true);
    multi.runToEnd();
    expect(worker().last()).toMatchObject({ type: "multi-run-to-end", runId: runMessage().runId });
    expect(multi.get().running).toMatchObject({ manual: false });
  });

  it("each session keeps its own widgets; a button lasts one run", async () => {
    const { multi, worker, runMessage, result } = setup();
    const finish = async () => {
      worker().emit("message", multiMessage("multi-result", runMessage().runId, { results: { A: result } }));
      await vi.advanceTimersByTimeAsync(0);
    };
    multi.run(["A"], "code", { plan: [] }, false, { session: "A", change: { id: "n", value: 3, momentary: false } });
    await finish();
    multi.run(["B"], "code", { plan: [] }, false, { session: "B", change: { id: "go", value: true, momentary: true } });
    expect(runMessage().widgets).toEqual({ B: { go: true } });
    await finish();
    multi.run(["A", "B"], "code", { seed: 1 }, false);
    expect(runMessage().widgets).toEqual({ A: { n: 3 }, B: {} });
  });

  it("a failure is shown, and a new server forgets sessions, results and widgets", async () => {
    const { multi, worker, runMessage, result } = setup();
    multi.run(["A"], "code", { plan: [] }, false, { session: "A", change: { id: "n", value: 3, momentary: false } });
    worker().emit("message", multiMessage("multi-result", runMessage().runId, { results: { A: result } }));
    await vi.advanceTimersByTimeAsync(0);
    multi.run(["A", "B"], "code", { seed: 1 }, false);
    worker().emit(
      "message",
      multiMessage("multi-failure", runMessage().runId, {
        error: { code: "internal", message: "The schedule names session C." },
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(multi.get().problem).toBe("The schedule names session C.");
    multi.restart();
    expect(multi.get()).toMatchObject({ results: {}, steps: [], problem: null, running: null });
    multi.run(["A"], "code", { plan: [] }, false);
    expect(runMessage().widgets).toEqual({ A: {} });
  });

  it("ignores steps of a run that is no longer the current one", () => {
    const { multi, worker, runMessage, frames, step } = setup();
    multi.run(["A", "B"], "code", { seed: 1 }, false);
    const old = runMessage().runId;
    multi.server.stop();
    multi.run(["A", "B"], "code", { seed: 1 }, false);
    worker().emit("message", multiMessage("multi-step", old, { step: step(0, "A") }));
    frames.paint();
    expect(multi.get().steps).toEqual([]);
  });
});
