/**
 * When a tutorial counts as read: its end has been on screen, and the page has been open for at
 * least the minimum time (READ_MIN_MS in progress.ts). Either can come first; `onRead` is called once.
 */
import type { Timers } from "@/lib/storage/saved-code";

/** Watches one page visit; the page reports when the tutorial's end comes into view. */
export class ReadTracker {
  private endSeen = false;
  private longEnough = false;
  private done = false;
  private readonly timer: unknown;

  constructor(
    private readonly onRead: () => void,
    minMs: number,
    private readonly timers: Timers,
  ) {
    this.timer = timers.set(() => {
      this.longEnough = true;
      this.check();
    }, minMs);
  }

  /** The end of the tutorial is on screen. */
  sawEnd(): void {
    this.endSeen = true;
    this.check();
  }

  /** The page is left: nothing more is recorded. */
  dispose(): void {
    this.done = true;
    this.timers.clear(this.timer);
  }

  private check(): void {
    if (this.done || !this.endSeen || !this.longEnough) return;
    this.done = true;
    this.onRead();
  }
}
