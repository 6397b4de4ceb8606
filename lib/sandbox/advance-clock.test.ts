import { describe, expect, it } from "vitest";
import type { CacheFunctionSnapshot } from "../streamlit/types";
import { hostMessage, MAX_CLOCK_STEP_MS, parseHostMessage, PROTOCOL_VERSION, type WorkerMessage } from "./protocol";
import { createWorkerHost, type SandboxServer } from "./worker-host";

// The inspector's additions to the sandbox: a snapshot of the caches with every reply, and a
// server clock the page can move forward.
function setup() {
  const posted: WorkerMessage[] = [];
  let serverNow: () => number = () => NaN;
  const snapshotAt = (): CacheFunctionSnapshot[] => [
    {
      functionName: "f",
      cache: "data",
      scope: "global",
      entries: [{ args: [], sizeBytes: 1, ageMs: serverNow() - 1_000, ttlLeftMs: null, hits: 0, objectId: 1 }],
    },
  ];
  const server: SandboxServer = {
    preload: () => Promise.resolve(),
    clearCaches: () => undefined,
    snapshot: snapshotAt,
    createSession: () => ({ run: async () => ({ elements: [], events: [], runNumber: 1, durationMs: 0 }) }),
  };
  const host = createWorkerHost({
    createServer: (now) => {
      serverNow = now;
      return server;
    },
    post: (m) => void posted.push(m),
    now: () => 0,
    wallClock: () => 1_000,
  });
  return { host, posted, serverNow: () => serverNow() };
}

describe("advance-clock", () => {
  it("moves the server's clock and answers with the caches seen at the new time", async () => {
    const { host, posted, serverNow } = setup();
    expect(serverNow()).toBe(1_000);
    await host.handle(hostMessage("advance-clock", 5, { byMs: 60_000 }));
    await host.handle(hostMessage("advance-clock", 6, { byMs: 3_600_000 }));
    expect(serverNow()).toBe(1_000 + 3_660_000);
    const clock = posted.filter((m) => m.type === "clock");
    expect(clock.map((m) => m.runId)).toEqual([5, 6]);
    expect(clock[1]).toMatchObject({
      caches: { clockOffsetMs: 3_660_000, snapshot: [{ entries: [{ ageMs: 3_660_000 }] }] },
    });
  });

  it("results and cleared replies carry the caches too", async () => {
    const { host, posted } = setup();
    await host.handle(hostMessage("run", 1, { source: "", widgets: {} }));
    await host.handle(hostMessage("clear-cache", 2, {}));
    expect(posted.find((m) => m.type === "result")).toMatchObject({
      caches: { clockOffsetMs: 0, snapshot: [{ functionName: "f" }] },
    });
    expect(posted.find((m) => m.type === "cleared")).toMatchObject({ caches: { clockOffsetMs: 0 } });
  });

  it("refuses a negative, endless or missing step", () => {
    for (const byMs of [-1, Infinity, MAX_CLOCK_STEP_MS + 1, "60000", undefined]) {
      expect(parseHostMessage({ type: "advance-clock", v: PROTOCOL_VERSION, runId: 1, byMs }).ok).toBe(false);
    }
    expect(parseHostMessage({ type: "advance-clock", v: PROTOCOL_VERSION, runId: 1, byMs: 0 }).ok).toBe(true);
  });
});
