/**
 * The sandbox worker's entry: the only file that touches the worker global. It hosts one
 * lib/streamlit server (so caches live across reruns) and wires `postMessage` to the host logic.
 * The reader's code runs here, never on the page's main thread.
 */
import { createIndexedDbStore, createServer, lateScriptError, type Server } from "../streamlit";
import { createMultiSessionHost } from "./multi-session-host";
import { isMultiHostMessage } from "./multi-session-protocol";
import { prefetchingFetch, SITE_DATA_FILES } from "./prefetch";
import { NO_RUN, workerMessage } from "./protocol";
import { createWorkerHost } from "./worker-host";

/** How often the worker says it is alive; the page restarts a worker that stays silent while idle. */
const HEARTBEAT_MS = 1_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Kept for the multi-session host, which runs its sessions on this same server.
let server: Server | undefined;

// The data downloads while danfojs loads; the first readCSV of it takes that response.
const siteFetch = prefetchingFetch((url) => fetch(new URL(url, scope.location.origin)), SITE_DATA_FILES);

const host = createWorkerHost({
  createServer: (now) =>
    (server = createServer({
      now,
      fetch: siteFetch,
      persistStore: createIndexedDbStore("cache-lab-persist"),
    })),
  post: (message) => scope.postMessage(message),
  now: () => performance.now(),
});

const multiHost = createMultiSessionHost({ server: () => server!, post: (message) => scope.postMessage(message) });

scope.addEventListener("message", (event: MessageEvent) => {
  if (isMultiHostMessage(event.data)) multiHost.handle(event.data);
  else void host.handle(event.data);
});

// An error that escapes every run comes from a timer or callback a reader's script left behind:
// Streamlit would log it and keep serving, so it is reported and the worker (and its caches) kept.
// Anything else escaping is the sandbox's own failure, and reaches the page, which restarts it.
scope.addEventListener("error", (event: ErrorEvent) => {
  const late = lateScriptError(event.error, event.filename);
  if (!late) return;
  event.preventDefault();
  scope.postMessage(workerMessage("late-error", NO_RUN, { error: late }));
});

setInterval(() => scope.postMessage(workerMessage("heartbeat", NO_RUN, {})), HEARTBEAT_MS);
