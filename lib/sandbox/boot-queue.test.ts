import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createBootQueue } from "./boot-queue";

describe("createBootQueue", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("starts boots one after another, each when the previous one is done", async () => {
    const queue = createBootQueue();
    const started: string[] = [];
    const finish: Record<string, () => void> = {};
    const job = (name: string) => () =>
      new Promise<void>((resolve) => {
        started.push(name);
        finish[name] = resolve;
      });
    queue.enqueue(job("a"));
    queue.enqueue(job("b"));
    expect(started).toEqual(["a"]);
    finish.a();
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual(["a", "b"]);
  });

  it("does not let a boot that never finishes hold up the next for longer than the limit", async () => {
    const queue = createBootQueue(1_000);
    const started: string[] = [];
    queue.enqueue(() => (started.push("stuck"), new Promise<void>(() => {})));
    queue.enqueue(async () => void started.push("next"));
    await vi.advanceTimersByTimeAsync(999);
    expect(started).toEqual(["stuck"]);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toEqual(["stuck", "next"]);
  });

  it("drops a boot that is cancelled before it starts", async () => {
    const queue = createBootQueue();
    const started: string[] = [];
    let release = () => {};
    queue.enqueue(() => new Promise<void>((resolve) => (release = resolve)));
    const cancel = queue.enqueue(async () => void started.push("cancelled"));
    cancel();
    release();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(started).toEqual([]);
  });
});
