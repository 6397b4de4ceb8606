/** Schedules work before the next paint: `requestAnimationFrame` in a page, a fake in tests. */
export interface Frames {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/**
 * Frames made of timers, for where there is no screen (Node, a Worker). A page passes its own
 * `requestAnimationFrame`: this library knows nothing of the DOM.
 */
export const timerFrames: Frames = {
  request: (callback) => setTimeout(callback, 16) as unknown as number,
  cancel: (handle) => clearTimeout(handle),
};

/**
 * Collects items that arrive in bursts and hands them on once per frame. A run that draws thousands
 * of elements (or a multi-session run that sends a thousand steps) froze the page when each one
 * caused its own render.
 */
export class FrameBatch<T> {
  private items: T[] = [];
  private handle = 0;

  constructor(
    private readonly frames: Frames,
    private readonly flush: (items: T[]) => void,
  ) {}

  push(item: T): void {
    this.items.push(item);
    this.handle ||= this.frames.request(() => this.drain());
  }

  /** Hands on what waits now, without waiting for the frame. */
  drain(): void {
    this.frames.cancel(this.handle);
    this.handle = 0;
    const items = this.items.splice(0);
    if (items.length) this.flush(items);
  }

  /** Forgets what waits (it belonged to a run that is over). */
  drop(): void {
    this.frames.cancel(this.handle);
    this.handle = 0;
    this.items = [];
  }
}
