import { openChannel } from "@/lib/sandbox/channel";
import type { WorkerLike } from "./sandbox-client";

/**
 * Creates the sandbox worker and opens its private channel (lib/sandbox/channel.ts). The
 * `new Worker(new URL(...), { type: "module" })` expression must stay literal: it is how the bundler
 * finds lib/sandbox/worker.ts and emits it as a file of the site.
 *
 * Requests and replies go over the channel's port; the worker's own `message` event, where a
 * script could post forged replies, is never listened to. Errors still come from the worker itself.
 */
export function createSandboxWorker(): WorkerLike {
  const worker = new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "cache-lab-sandbox" });
  const port = openChannel(worker);
  return {
    postMessage: (message) => port.postMessage(message),
    terminate: () => {
      port.close();
      worker.terminate();
    },
    addEventListener: (type, listener) => {
      if (type === "message") port.addEventListener("message", listener);
      else if (type === "messageerror") {
        port.addEventListener("messageerror", listener);
        worker.addEventListener("messageerror", listener);
      } else worker.addEventListener(type, listener);
    },
  };
}
