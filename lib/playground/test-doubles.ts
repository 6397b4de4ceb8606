/** Stand-ins for tests of the controllers: a worker the test speaks for, and frames it draws by hand. */
export { FakeWorker } from "@/lib/sandbox/fake-worker";
import type { Frames } from "./frame-batch";

/** Frames that come only when the test calls {@link paint}. */
export class FakeFrames implements Frames {
  private waiting = new Map<number, () => void>();
  private next = 1;
  request(callback: () => void): number {
    this.waiting.set(this.next, callback);
    return this.next++;
  }
  cancel(handle: number): void {
    this.waiting.delete(handle);
  }
  get pending(): number {
    return this.waiting.size;
  }
  paint(): void {
    const callbacks = [...this.waiting.values()];
    this.waiting.clear();
    for (const callback of callbacks) callback();
  }
}
