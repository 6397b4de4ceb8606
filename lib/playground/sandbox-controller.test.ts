import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Element, RunResult } from "@/lib/streamlit/types";
import { SandboxController, type SandboxControllerOptions } from "./sandbox-controller";
import { FakeFrames, FakeWorker } from "./test-doubles";

function setup(options: Partial<SandboxControllerOptions> = {}) {
  const workers: FakeWorker[] = [];
  const frames = new FakeFrames();
  let clock = 0;
  const controller = new SandboxController({
    timeLimitMs: 5_000,
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    frames,
    now: () => clock,
    heartbeatTimeoutMs: 60_000,
    ...options,
  });
  const worker = () => workers.at(-1)!;
  /** Answers the last run with `result`. */
  const answer = async (result: Partial<RunResult> = {}) => {
    const run = worker().last()!;
    worker().say("result", run.runId, { result: { elements: [], events: [], runNumber: 1, durationMs: 3, ...result } });
    await vi.advanceTimersByTimeAsync(0);
  };
  const tick = (ms: number) => (clock += ms);
  return { controller, workers, worker, frames, answer, tick, state: () => controller.get() };
}

const text = (body: string): Element => ({ type: "info", body });
const mutationWarning: Element = {
  type: "warning",
  body: "load() returned a changed value",
  mutation: { functionName: "load", objectId: 1, changes: ["column removed: Lat"] },
};

describe("SandboxController", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("boots through the page's queue and is idle once danfojs has loaded", async () => {
    const jobs: (() => Promise<void>)[] = [];
    const runnable = vi.fn();
    const { controller, workers, worker, state } = setup({
      bootQueue: { enqueue: (job) => (jobs.push(job), () => {}) },
      onCodeRunnable: runnable,
    });
    expect(state()).toMatchObject({ phase: "waiting", status: "boot" });
    controller.boot();
    controller.boot();
    expect(jobs).toHaveLength(1);
    expect(workers).toHaveLength(0);
    const done = vi.fn();
    void jobs[0]().then(done);
    expect(state().phase).toBe("booting");
    worker().say("ready", 0, { bootMs: 5 });
    expect(state().phase).toBe("loading-danfo");
    await vi.advanceTimersByTimeAsync(0);
    expect(done).not.toHaveBeenCalled();
    worker().say("preloaded", 0, { durationMs: 900 });
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenCalled();
    expect(runnable).toHaveBeenCalledOnce();
    expect(state()).toMatchObject({ phase: "ready", status: "idle" });
  });

  it("runs one script at a time and shows its output with the source it ran", async () => {
    const onRunDone = vi.fn();
    const { controller, workers, worker, answer, tick, state } = setup({ onRunDone });
    controller.run("st.write(1)");
    expect(state().status).toBe("running");
    controller.run("st.write(2)");
    expect(workers).toHaveLength(1);
    expect(worker().sent.filter((m) => m.type === "run")).toHaveLength(1);
    tick(40);
    await answer({ elements: [text("1")] });
    expect(state()).toMatchObject({ runningSince: null, output: { source: "st.write(1)", wallMs: 40, runId: 1 } });
    expect(onRunDone).toHaveBeenCalledOnce();
  });

  it("keeps a slider's value for later runs; a button is true for one run only", async () => {
    const { controller, worker, answer } = setup();
    const widgetsSent = () => (worker().last() as { widgets: Record<string, unknown> }).widgets;
    controller.run("x", { id: "slider", value: 5, momentary: false });
    expect(widgetsSent()).toEqual({ slider: 5 });
    await answer();
    controller.run("x", { id: "button", value: true, momentary: true });
    expect(widgetsSent()).toEqual({ slider: 5, button: true });
    await answer({ runNumber: 2 });
    controller.run("x");
    expect(widgetsSent()).toEqual({ slider: 5 });
  });

  it("a new server forgets the widgets' values", async () => {
    const { controller, worker, answer } = setup();
    controller.run("x", { id: "slider", value: 5, momentary: false });
    await answer();
    controller.restart();
    controller.run("x");
    expect((worker().last() as { widgets: Record<string, unknown> }).widgets).toEqual({});
  });

  it("draws streamed elements once per frame, and drops them when the run ends", async () => {
    const { controller, worker, frames, answer, state } = setup();
    controller.run("x");
    const renders = vi.fn();
    controller.subscribe(renders);
    for (const body of ["a", "b", "c"])
      worker().say("progress", 1, { progress: { kind: "element", element: text(body) } });
    expect(renders).not.toHaveBeenCalled();
    expect(frames.pending).toBe(1);
    frames.paint();
    expect(renders).toHaveBeenCalledOnce();
    expect(state().live.map((e) => (e as { body: string }).body)).toEqual(["a", "b", "c"]);
    worker().say("progress", 1, { progress: { kind: "element", element: text("d") } });
    await answer();
    expect(frames.pending).toBe(0);
    expect(state().live).toEqual([]);
  });

  it("streams what the script prints to the terminal, then shows the run's own lines, emptied on the next run", async () => {
    const { controller, worker, frames, answer, state } = setup();
    const log = (text: string) => ({ level: "log" as const, text });
    controller.run("x");
    worker().say("progress", 1, { progress: { kind: "terminal", line: log("a") } });
    worker().say("progress", 1, { progress: { kind: "terminal", line: { level: "warn", text: "b" } } });
    expect(state().terminal).toEqual([]);
    frames.paint();
    expect(state().terminal).toEqual([log("a"), { level: "warn", text: "b" }]);
    worker().say("progress", 1, { progress: { kind: "terminal", line: log("c") } });
    await answer({ terminal: [log("a"), { level: "warn", text: "b" }, log("c")], terminalLeftOut: 4 });
    expect(frames.pending).toBe(0);
    expect(state().terminal.map((l) => l.text)).toEqual(["a", "b", "c"]);
    expect(state().terminalLeftOut).toBe(4);
    controller.run("x");
    expect(state()).toMatchObject({ terminal: [], terminalLeftOut: 0 });
    await answer();
    expect(state().terminal).toEqual([]);
  });

  it("keeps the lines a stopped run printed", async () => {
    const { controller, worker, state } = setup();
    controller.run("while (true) {}");
    worker().say("progress", 1, { progress: { kind: "terminal", line: { level: "error", text: "before the loop" } } });
    controller.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(state().terminal).toEqual([{ level: "error", text: "before the loop" }]);
  });

  it("shows spinners while cached functions compute", () => {
    const { controller, worker, state } = setup();
    controller.run("x");
    worker().say("progress", 1, { progress: { kind: "spinner-start", id: 7, text: "Running load()." } });
    expect(state().status).toBe("running");
    expect(state().spinners).toEqual([{ id: 7, text: "Running load()." }]);
    worker().say("progress", 1, { progress: { kind: "spinner-end", id: 7 } });
    expect(state().spinners).toEqual([]);
  });

  it("keeps the previous run's mutation warning beside the run it broke", async () => {
    const { controller, answer, state } = setup();
    controller.run("x");
    await answer({ runNumber: 1, elements: [mutationWarning] });
    controller.run("x");
    await answer({ runNumber: 2, elements: [text("KeyError")] });
    expect(state().output?.earlierWarnings).toEqual([{ runNumber: 1, element: mutationWarning }]);
    controller.run("x");
    await answer({ runNumber: 3, elements: [] });
    expect(state().output?.earlierWarnings).toEqual([]);
  });

  it("Stop: stopping, then a new server with empty caches and a notice that says so", async () => {
    const { controller, workers, answer, state } = setup();
    controller.run("x");
    await answer({ elements: [text("first")] });
    controller.run("while (true) {}");
    const seen: string[] = [];
    controller.subscribe(() => seen.push(state().status));
    controller.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen[0]).toBe("stopping");
    expect(workers[0].terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(state()).toMatchObject({
      runningSince: null,
      output: null,
      caches: null,
      status: "boot",
      notice: { tone: "warning" },
    });
    expect(state().notice?.text).toMatch(/^You stopped the run\. The server was restarted, so its caches are empty/);
  });

  it("the time limit ends a run and names the limit", async () => {
    const { controller, state } = setup({ timeLimitMs: 2_000 });
    controller.run("while (true) {}");
    await vi.advanceTimersByTimeAsync(2_001);
    expect(state().runningSince).toBeNull();
    expect(state().notice?.text).toMatch(/^The script ran for more than 2 s, so it was stopped\./);
  });

  it("a worker that dies under a run leaves the playground crashed until the next run", async () => {
    const { controller, worker, answer, state } = setup();
    controller.run("x");
    worker().emit("error");
    await vi.advanceTimersByTimeAsync(0);
    expect(state()).toMatchObject({ status: "crashed", notice: { tone: "error" } });
    expect(state().notice?.text).toMatch(/stopped responding/);
    controller.run("x");
    expect(state().status).toBe("running");
    await answer();
    expect(state().notice).toBeNull();
  });

  it("gives up after three workers die as they start, and says why instead of retrying forever", () => {
    const { controller, workers, worker, state } = setup();
    controller.boot();
    for (let i = 0; i < 3; i++) worker().emit("error");
    expect(state().phase).toBe("unavailable");
    expect(state().status).toBe("crashed");
    expect(state().notice?.text).toMatch(/three times in a row/);
    const made = workers.length;
    controller.run("x");
    expect(workers).toHaveLength(made);
    expect(state().notice?.text).toMatch(/three times in a row/);
  });

  it("a page that cannot host a worker never makes one, and says why", () => {
    const { controller, workers, state } = setup({ blocker: () => "this browser offers no Web Workers here" });
    controller.boot();
    controller.run("x");
    expect(workers).toHaveLength(0);
    expect(state().phase).toBe("unavailable");
    expect(state().notice?.text).toContain("this browser offers no Web Workers here");
  });

  it("a browser that refuses the worker is told apart from a crash", () => {
    const { controller, state } = setup({
      createWorker: () => {
        throw new Error("denied by policy");
      },
    });
    controller.run("x");
    expect(state()).toMatchObject({ phase: "unavailable", runningSince: null });
    expect(state().notice?.text).toContain("refused to start the Web Worker the code runs in (denied by policy)");
  });

  it("a fresh start replaces only a server that reader code has reached", async () => {
    const { controller, workers, answer, state } = setup();
    controller.boot();
    controller.freshStart("Fresh server for the shared code.");
    expect(workers).toHaveLength(1);
    expect(state().notice).toBeNull();
    controller.run("x");
    await answer();
    controller.freshStart("Fresh server for the shared code.");
    expect(workers).toHaveLength(2);
    expect(state().notice).toEqual({ tone: "info", text: "Fresh server for the shared code." });
  });

  it("clears the caches and moves the clock, showing the caches the server reports", async () => {
    const { controller, worker, state } = setup();
    controller.clearCache();
    worker().say("cleared", worker().last()!.runId, { caches: { snapshot: [], clockOffsetMs: 0 } });
    await vi.advanceTimersByTimeAsync(0);
    expect(state().notice?.text).toBe("Caches cleared: the next run computes every cached function again.");
    controller.advanceClock(60_000);
    const caches = { snapshot: [], clockOffsetMs: 60_000 };
    worker().say("clock", worker().last()!.runId, { caches });
    await vi.advanceTimersByTimeAsync(0);
    expect(state().caches).toEqual(caches);
  });

  it("says when code left behind throws after the run, and keeps the server", async () => {
    const { controller, workers, worker, answer, state } = setup();
    controller.run("x");
    await answer();
    worker().say("late-error", 0, { error: { type: "TypeError", message: "x is undefined", line: 4 } });
    expect(state().notice?.text).toMatch(
      /^After the run had ended, code it left behind \(a timer or a callback\) threw TypeError: x is undefined at line 4\./,
    );
    expect(workers).toHaveLength(1);
  });
});
