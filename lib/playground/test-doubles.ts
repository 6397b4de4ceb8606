/** Stand-ins for tests of the controllers: a worker the test speaks for, and frames it draws by hand. */
import { workerMessage, type HostMessage, type WorkerMessage } from "@/lib/sandbox/protocol";
import type { WorkerLike } from "@/lib/sandbox/sandbox-client";
import type { Frames } from "./frame-batch";

export class FakeWorker implements WorkerLike {
  sent: HostMessage[] = [];
  terminated = false;
  private listeners: Record<string, ((event: Event) => void)[]> = {};
  postMessage(message: unknown) {
    this.sent.push(message as HostMessage);
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    (this.listeners[type] ??= []).push(listener);
  }
  emit(type: string, data?: unknown) {
    for (const listener of this.listeners[type] ?? []) listener({ data } as MessageEvent);
  }
  /** Sends a message of the sandbox protocol, as lib/sandbox/worker.ts would. */
  say<T extends WorkerMessage["type"]>(
    type: T,
    runId: number,
    fields: Omit<Extract<WorkerMessage, { type: T }>, "type" | "v" | "runId">,
  ) {
    this.emit("message", workerMessage(type, runId, fields));
  }
  /** The last message sent to this worker. */
  last(): HostMessage | undefined {
    return this.sent.at(-1);
  }
}

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
