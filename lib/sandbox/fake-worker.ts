/** A stand-in for the sandbox worker in tests: it records what the page sends and speaks for the worker. */
import { workerMessage, type HostMessage, type WorkerMessage } from "./protocol";
import type { WorkerLike } from "./sandbox-client";

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
