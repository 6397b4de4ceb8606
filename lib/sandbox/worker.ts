/**
 * The sandbox worker's entry: the only file that touches the worker global. It hosts one
 * lib/streamlit server (so caches live across reruns) and wires `postMessage` to the host logic.
 * The reader's code runs here, never on the page's main thread.
 */
import { createIndexedDbStore, createServer } from "../streamlit";
import { NO_RUN, workerMessage } from "./protocol";
import { createWorkerHost } from "./worker-host";

/** How often the worker says it is alive; the page restarts a worker that stays silent while idle. */
const HEARTBEAT_MS = 1_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;

const host = createWorkerHost({
  createServer: (now) =>
    createServer({
      now,
      fetch: (url: string) => fetch(new URL(url, scope.location.origin)),
      persistStore: createIndexedDbStore("cache-lab-persist"),
    }),
  post: (message) => scope.postMessage(message),
  now: () => performance.now(),
});

scope.addEventListener("message", (event: MessageEvent) => {
  void host.handle(event.data);
});

setInterval(() => scope.postMessage(workerMessage("heartbeat", NO_RUN, {})), HEARTBEAT_MS);
