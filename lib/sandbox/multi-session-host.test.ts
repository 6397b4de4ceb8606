import { describe, expect, it, vi } from "vitest";
import { testServer } from "../streamlit/test-support/harness";
import { hostMessage, parseWorkerMessage, type WorkerMessage } from "./protocol";
import { createMultiSessionHost } from "./multi-session-host";
import { MAX_TIMELINE_STEPS } from "./output-limit";

const RMW = `const getCounter = st.cacheResource(() => ({ n: 0 }));\nconst counter = await getCounter();\nconst seen = counter.n;\ncounter.n = seen + 1;\nst.text(counter.n);\n`;

function setup() {
  const { server } = testServer();
  const posted: WorkerMessage[] = [];
  const host = createMultiSessionHost({ server: () => server, post: (m) => posted.push(m) });
  // A moment for a step the host should not take, and a patient wait for one it should: the first
  // run transpiles and schedules on a machine that may be busy, so a fixed pause was flaky.
  const quiet = () => new Promise((resolve) => setTimeout(resolve, 20));
  const posts = (count: number) => vi.waitFor(() => expect(posted.length).toBeGreaterThanOrEqual(count), { timeout: 10_000, interval: 5 });
  const result = () => vi.waitFor(() => expect(posted.at(-1)?.type).toBe("multi-result"), { timeout: 10_000, interval: 5 });
  return { host, posted, quiet, posts, result };
}

describe("multi-session host", () => {
  it("steps a run one multi-next at a time, then posts every session's result", async () => {
    const { host, posted, quiet, posts, result: finished } = setup();
    host.handle(hostMessage("multi-run", 3, { sessions: ["A", "B"], source: RMW, schedule: { plan: [{ session: "A", untilLine: 4 }, { session: "B" }] }, manual: true }));
    await quiet();
    expect(posted).toEqual([]);
    host.handle(hostMessage("multi-next", 3, {}));
    await posts(1);
    await quiet();
    expect(posted.map((m) => m.type)).toEqual(["multi-step"]);
    host.handle(hostMessage("multi-next", 3, {}));
    await posts(2);
    await quiet();
    expect(posted).toHaveLength(2);
    host.handle(hostMessage("multi-run-to-end", 3, {}));
    await finished();
    const result = posted.at(-1)!;
    expect(parseWorkerMessage(result).ok).toBe(true);
    expect(result.type).toBe("multi-result");
    if (result.type !== "multi-result") return;
    expect(result.results.A.elements).toEqual([{ type: "text", body: "1" }, expect.objectContaining({ type: "warning" })]);
    expect(result.results.B.elements[0]).toEqual({ type: "text", body: "1" });
    expect(posted.filter((m) => m.type === "multi-step")).toHaveLength(12);
  });

  it("gives each session only its own widget values", async () => {
    const { host, posted, result: finished } = setup();
    const app = `st.text(st.button("Add") ? "clicked" : "not clicked");\n`;
    host.handle(hostMessage("multi-run", 1, { sessions: ["A", "B"], source: app, schedule: { seed: 1 }, manual: false, widgets: { A: { "button:Add": true } } }));
    await finished();
    const result = posted.at(-1)!;
    expect(result.type).toBe("multi-result");
    if (result.type !== "multi-result") return;
    expect([result.results.A.elements.at(-1), result.results.B.elements.at(-1)]).toEqual([
      { type: "text", body: "clicked" },
      { type: "text", body: "not clicked" },
    ]);
  });

  it("keeps sessions by name, so a second run of A is A's run 2", async () => {
    const { host, posted } = setup();
    for (const runId of [1, 2]) {
      host.handle(hostMessage("multi-run", runId, { sessions: ["A"], source: RMW, schedule: { seed: 1 }, manual: false }));
      await vi.waitFor(() => expect(posted.filter((m) => m.type === "multi-result")).toHaveLength(runId), { timeout: 10_000, interval: 5 });
    }
    const results = posted.filter((m) => m.type === "multi-result");
    expect(results.map((m) => m.type === "multi-result" && m.results.A.runNumber)).toEqual([1, 2]);
  });

  it("sends the first MAX_TIMELINE_STEPS steps of a long run and counts the rest", async () => {
    const { host, posted, result: finished } = setup();
    const loop = "for (let i = 0; i < 2_000; i++) {\n  st.text(String(i));\n}\n";
    host.handle(hostMessage("multi-run", 4, { sessions: ["A", "B"], source: loop, schedule: { seed: 1 }, manual: false }));
    await finished();
    const steps = posted.filter((m) => m.type === "multi-step");
    expect(steps).toHaveLength(MAX_TIMELINE_STEPS);
    const result = posted.at(-1)!;
    if (result.type !== "multi-result") throw new Error("no result");
    expect(result.stepsLeftOut).toBeGreaterThan(2_000);
    expect(result.results.A.elements).toHaveLength(2_000);
  });

  it("refuses a second run while one is going", async () => {
    const { host, posted, posts, quiet } = setup();
    host.handle(hostMessage("multi-run", 2, { sessions: ["A"], source: RMW, schedule: { seed: 1 }, manual: true }));
    host.handle(hostMessage("multi-run", 3, { sessions: ["B"], source: RMW, schedule: { seed: 1 }, manual: false }));
    await posts(1);
    await quiet();
    expect(posted.map((m) => [m.type, m.runId])).toEqual([["multi-failure", 3]]);
  });
});
