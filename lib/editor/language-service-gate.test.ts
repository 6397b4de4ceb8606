/** When the TypeScript worker may start: after a run at once, after a typing pause only once code can run. */
import { beforeEach, describe, expect, it, vi } from "vitest";

type Gate = typeof import("./language-service-gate");
let gate: Gate;
beforeEach(async () => {
  vi.resetModules(); // the gate is page-wide state: a fresh one per test
  gate = await import("./language-service-gate");
});

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
};

describe("language service gate", () => {
  it("a typing pause before any sandbox is ready waits until one is", async () => {
    const allowed = gate.requestLanguageService("typing-pause");
    expect(await settled(allowed)).toBe(false);
    gate.markCodeRunnable();
    expect(await settled(allowed)).toBe(true);
  });

  it("a typing pause once code is runnable is allowed at once", async () => {
    gate.markCodeRunnable();
    expect(await settled(gate.requestLanguageService("typing-pause"))).toBe(true);
  });

  it("a finished first run allows it at once", async () => {
    expect(await settled(gate.requestLanguageService("first-run"))).toBe(true);
    expect(await settled(gate.languageServiceAllowed)).toBe(true);
  });
});
