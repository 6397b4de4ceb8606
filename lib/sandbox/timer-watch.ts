/**
 * Counts the timers scripts leave behind. A run's result goes to the page as soon as the script
 * ends, but a timer or interval it started keeps running in the worker; that work counts against
 * the run's time limit, so the page needs to know whether any is still pending. The global
 * `setTimeout`/`setInterval` (and their `clear*`) are replaced by counting wrappers; the sandbox's
 * own timers (heartbeat, reports) use the originals, returned here, and are never counted.
 */

type Handler = (...args: unknown[]) => unknown;
type TimerFn = (handler: Handler | string, ms?: number, ...args: unknown[]) => number;
type ClearFn = (id?: number) => void;

/** The part of a worker global the watch wraps. */
export interface TimerGlobal {
  setTimeout: TimerFn;
  setInterval: TimerFn;
  clearTimeout: ClearFn;
  clearInterval: ClearFn;
  /** Workers in Chromium have these too; they are counted as one-shot timers. */
  requestAnimationFrame?: (callback: (time: number) => void) => number;
  cancelAnimationFrame?: ClearFn;
}

/** What {@link watchTimers} gives the sandbox. */
export interface TimerWatch {
  /** Script timers and intervals that have not fired (timers) or not been cleared (intervals). */
  pending(): number;
  /** Calls `listener` once, the next time the count drops to zero (at once if it is zero). */
  whenIdle(listener: () => void): void;
  /** The original, uncounted timer functions, for the sandbox's own use. */
  host: Pick<TimerGlobal, "setTimeout" | "setInterval">;
}

/** Wraps `scope`'s timer functions with counting ones; call before any script runs. */
export function watchTimers(scope: TimerGlobal): TimerWatch {
  const original = {
    setTimeout: scope.setTimeout.bind(scope),
    setInterval: scope.setInterval.bind(scope),
    clearTimeout: scope.clearTimeout.bind(scope),
    clearInterval: scope.clearInterval.bind(scope),
  };
  const live = new Set<number>();
  let idleListeners: (() => void)[] = [];
  const changed = () => {
    if (live.size > 0) return;
    const listeners = idleListeners;
    idleListeners = [];
    for (const listener of listeners) listener();
  };
  // A string handler is code, as the browser treats it: run it the same way, but counted.
  const callable = (handler: Handler | string): Handler =>
    typeof handler === "function" ? handler : () => (0, eval)(String(handler));

  scope.setTimeout = (handler, ms, ...args) => {
    const run = callable(handler);
    const id = original.setTimeout(() => {
      live.delete(id);
      try {
        run(...args);
      } finally {
        changed();
      }
    }, ms);
    live.add(id);
    return id;
  };
  scope.setInterval = (handler, ms, ...args) => {
    const run = callable(handler);
    const id = original.setInterval(() => run(...args), ms);
    live.add(id);
    return id;
  };
  const clear = (id?: number) => {
    if (id === undefined || !live.delete(id)) return;
    changed();
  };
  scope.clearTimeout = (id) => {
    original.clearTimeout(id);
    clear(id);
  };
  scope.clearInterval = (id) => {
    original.clearInterval(id);
    clear(id);
  };

  if (scope.requestAnimationFrame) {
    scope.requestAnimationFrame = (callback) => scope.setTimeout(() => callback(performance.now()), 16);
    scope.cancelAnimationFrame = scope.clearTimeout;
  }

  return {
    pending: () => live.size,
    whenIdle(listener) {
      if (live.size === 0) listener();
      else idleListeners.push(listener);
    },
    host: { setTimeout: original.setTimeout, setInterval: original.setInterval },
  };
}
