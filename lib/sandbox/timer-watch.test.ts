import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchTimers, type TimerGlobal } from "./timer-watch";

function scope(): TimerGlobal {
  return {
    setTimeout: ((handler: () => void, ms?: number) => setTimeout(handler, ms)) as unknown as TimerGlobal["setTimeout"],
    setInterval: ((handler: () => void, ms?: number) =>
      setInterval(handler, ms)) as unknown as TimerGlobal["setInterval"],
    clearTimeout: ((id?: number) => clearTimeout(id)) as TimerGlobal["clearTimeout"],
    clearInterval: ((id?: number) => clearInterval(id)) as TimerGlobal["clearInterval"],
  };
}

describe("watchTimers", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("counts script timers until they fire or are cleared, and intervals until cleared; the host's are not counted", () => {
    const global = scope();
    const watch = watchTimers(global);
    const idle = vi.fn();
    const fired = vi.fn();
    global.setTimeout(fired, 100);
    const interval = global.setInterval(() => undefined, 10);
    const cancelled = global.setTimeout(fired, 50);
    watch.host.setTimeout(() => undefined, 10);
    expect(watch.pending()).toBe(3);
    watch.whenIdle(idle);
    global.clearTimeout(cancelled);
    vi.advanceTimersByTime(100);
    expect(fired).toHaveBeenCalledTimes(1);
    expect(watch.pending()).toBe(1);
    expect(idle).not.toHaveBeenCalled();
    global.clearInterval(interval);
    expect(watch.pending()).toBe(0);
    expect(idle).toHaveBeenCalledTimes(1);
    watch.whenIdle(idle);
    expect(idle).toHaveBeenCalledTimes(2);
  });

  it("runs string handlers as code, counted like the rest, and uncounts a timer whose callback throws", () => {
    const global = scope();
    const watch = watchTimers(global);
    (globalThis as Record<string, unknown>).__timerWatchRan = false;
    global.setTimeout("globalThis.__timerWatchRan = true", 5);
    global.setTimeout(() => {
      throw new Error("late");
    }, 5);
    expect(watch.pending()).toBe(2);
    expect(() => vi.advanceTimersByTime(5)).toThrow("late");
    vi.advanceTimersByTime(5);
    expect((globalThis as Record<string, unknown>).__timerWatchRan).toBe(true);
    expect(watch.pending()).toBe(0);
  });
});
