/**
 * A tiny observable store: one immutable snapshot, replaced by `set`, and listeners told after each
 * change. React reads it with `useSyncExternalStore`; tests read `get()` directly.
 */
export class Store<S extends object> {
  private state: S;
  private readonly listeners = new Set<() => void>();

  constructor(initial: S) {
    this.state = initial;
  }

  /** The current snapshot; the same object until the next `set`. */
  readonly get = (): S => this.state;

  /** Merges `patch` (or what `update` returns for the current snapshot) into a new snapshot. */
  set(patch: Partial<S> | ((state: S) => Partial<S>)): void {
    const changes = typeof patch === "function" ? patch(this.state) : patch;
    this.state = { ...this.state, ...changes };
    for (const listener of [...this.listeners]) listener();
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
