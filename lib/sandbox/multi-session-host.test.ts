import { describe, expect, it, vi } from "vitest";
import { testServer } from "../streamlit/test-support/harness";
import { hostMessage, parseWorkerMessage, type MultiHostMessage, type WorkerMessage } from "./protocol";
import { createMultiSessionHost } from "./multi-session-host";
import { MAX_TIMELINE_STEPS } from "./output-limit";

const RMW = `const getCounter = st.cacheResource(() => ({ n: 0 }));\nconst counter = await getCounter();\nconst seen = counter.n;\ncounter.n = seen + 1;\nst.text(counter.n);\n`;

function setup() {
  const { server } = testServer();
  const posted: WorkerMessage[] = [];
  // Turns asked for with multi-next, per run id, and runs let go with multi-run-to-end. A step
  // posted beyond the turns asked for is one the host took on its own: it is noted when it is
  // posted, whenever that is, so no pause has to give it time to happen.
  const asked = new Map<number, number>();
  const toEnd = new Set<number>();
  const stepsPosted = new Map<number, number>();
  const unasked: string[] = [];
  const host = createMultiSessionHost({
    server: () => server,
    post: (m) => {
      posted.push(m);
      if (m.type !== "multi-step") return;
      const count = (stepsPosted.get(m.runId) ?? 0) + 1;
      stepsPosted.set(m.runId, count);
      if (!toEnd.has(m.runId) && count > (asked.get(m.runId) ?? 0)) unasked.push(`run ${m.runId}, step ${count}`);
    },
  });
  const send = (m: MultiHostMessage) => {
    if (m.type === "multi-next") asked.set(m.runId, (asked.get(m.runId) ?? 0) + 1);
    if (m.type === "multi-run-to-end") toEnd.add(m.runId);
    host.handle(m);
  };
  // A patient wait: the first run transpiles and schedules on a machine that may be busy.
  const posts = (count: number) =>
    vi.waitFor(() => expect(posted.length).toBeGreaterThanOrEqual(count), { timeout: 10_000, interval: 5 });
  const result = () =>
    vi.waitFor(() => expect(posted.at(-1)?.type).toBe("multi-result"), { timeout: 10_000, interval: 5 });
  return { host, send, posted, unasked, posts, result };
}

describe("multi-session host", () => {
  it("steps a run one multi-next at a time, then posts every session's result", async () => {
    const { send, posted, unasked, posts, result: finished } = setup();
    send(
      hostMessage("multi-run", 3, {
        sessions: ["A", "B"],
        source: RMW,
        schedule: { plan: [{ session: "A", untilLine: 4 }, { session: "B" }] },
        manual: true,
      }),
    );
    send(hostMessage("multi-next", 3, {}));
    await posts(1);
    expect(posted.map((m) => m.type)).toEqual(["multi-step"]);
    send(hostMessage("multi-next", 3, {}));
    await posts(2);
    send(hostMessage("multi-run-to-end", 3, {}));
    await finished();
    expect(unasked).toEqual([]);
    const result = posted.at(-1)!;
    expect(parseWorkerMessage(result).ok).toBe(true);
    expect(result.type).toBe("multi-result");
    if (result.type !== "multi-result") return;
    expect(result.results.A.elements).toEqual([
      { type: "text", body: "1" },
      expect.objectContaining({ type: "warning" }),
    ]);
    expect(result.results.B.elements[0]).toEqual({ type: "text", body: "1" });
    expect(posted.filter((m) => m.type === "multi-step")).toHaveLength(12);
  });

  it("gives each session only its own widget values", async () => {
    const { host, posted, result: finished } = setup();
    const app = `st.text(st.button("Add") ? "clicked" : "not clicked");\n`;
    host.handle(
      hostMessage("multi-run", 1, {
        sessions: ["A", "B"],
        source: app,
        schedule: { seed: 1 },
        manual: false,
        widgets: { A: { "button:Add": true } },
      }),
    );
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
      host.handle(
        hostMessage("multi-run", runId, { sessions: ["A"], source: RMW, schedule: { seed: 1 }, manual: false }),
      );
      await vi.waitFor(() => expect(posted.filter((m) => m.type === "multi-result")).toHaveLength(runId), {
        timeout: 10_000,
        interval: 5,
      });
    }
    const results = posted.filter((m) => m.type === "multi-result");
    expect(results.map((m) => m.type === "multi-result" && m.results.A.runNumber)).toEqual([1, 2]);
  });

  it("sends the first MAX_TIMELINE_STEPS steps of a long run and counts the rest", async () => {
    const { host, posted, result: finished } = setup();
    const loop = "for (let i = 0; i < 2_000; i++) {\n  st.text(String(i));\n}\n";
    host.handle(
      hostMessage("multi-run", 4, { sessions: ["A", "B"], source: loop, schedule: { seed: 1 }, manual: false }),
    );
    await finished();
    const steps = posted.filter((m) => m.type === "multi-step");
    expect(steps).toHaveLength(MAX_TIMELINE_STEPS);
    const result = posted.at(-1)!;
    if (result.type !== "multi-result") throw new Error("no result");
    expect(result.stepsLeftOut).toBeGreaterThan(2_000);
    expect(result.results.A.elements).toHaveLength(2_000);
  });

  // A malformed run never reaches this host: worker.ts refuses it (see multi-session-messages.test.ts).
  it("refuses a second run while one is going", async () => {
    const { send, posted, unasked, result: finished } = setup();
    send(hostMessage("multi-run", 2, { sessions: ["A"], source: RMW, schedule: { seed: 1 }, manual: true }));
    send(hostMessage("multi-run", 3, { sessions: ["B"], source: RMW, schedule: { seed: 1 }, manual: false }));
    // Run 2 waits for the reader; letting it go and seeing its result is the sign nothing else is coming.
    send(hostMessage("multi-run-to-end", 2, {}));
    await finished();
    expect(unasked).toEqual([]);
    expect(posted.filter((m) => m.type !== "multi-step").map((m) => [m.type, m.runId])).toEqual([
      ["multi-failure", 3],
      ["multi-result", 2],
    ]);
  });
});
