import { describe, expect, it } from "vitest";
import { holdRunLock, runLockHeld, type LockManagerLike } from "./run-lock";

/** Web Locks as the browser keeps them: a lock is held until its callback's promise settles. */
function fakeLocks(): LockManagerLike {
  const held = new Set<string>();
  return {
    request: async (name, callback) => {
      held.add(name);
      await callback();
      held.delete(name);
    },
    query: async () => ({ held: [...held].map((name) => ({ name })), pending: [] }),
  };
}

describe("run lock", () => {
  it("is held while a run goes on, and let go when released", async () => {
    const locks = fakeLocks();
    expect(await runLockHeld(locks, "a")).toBe(false);
    const release = holdRunLock(locks, "a");
    expect(await runLockHeld(locks, "a")).toBe(true);
    expect(await runLockHeld(locks, "b")).toBe(false);
    release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await runLockHeld(locks, "a")).toBe(false);
  });

  it("cannot say where there are no Web Locks, or they throw", async () => {
    expect(await runLockHeld(undefined, "a")).toBeUndefined();
    const broken: LockManagerLike = {
      request: () => Promise.reject(new Error("SecurityError")),
      query: () => Promise.reject(new Error("SecurityError")),
    };
    expect(await runLockHeld(broken, "a")).toBeUndefined();
    expect(() => holdRunLock(broken, "a")()).not.toThrow();
  });
});
