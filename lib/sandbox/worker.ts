/**
 * The sandbox worker's entry: the only file that touches the worker global. It hosts one
 * lib/streamlit server (so caches live across reruns) and wires the page's channel to the host logic.
 * The reader's code runs here, never on the page's main thread.
 *
 * Before any script can run, the worker takes what it needs from its global (a fetch for the
 * site's data, IndexedDB for persisted caches, uncounted timers), then locks the global down
 * (lockdown.ts). It talks to the page only over the MessagePort the page hands it first
 * (channel.ts): that port lives in this module's closure, so no script can post on it, listen on
 * it or wrap it, and the page ignores whatever else arrives on the worker itself.
 */
import { createIndexedDbStore, createServer, lateScriptError, type Server } from "../streamlit";
import { acceptChannel } from "./channel";
import { lockDownGlobal, siteDataFetch } from "./lockdown";
import { createMultiSessionHost } from "./multi-session-host";
import { prefetchingFetch, SITE_DATA_FILES } from "./prefetch";
import { isMultiHostMessage, NO_RUN, parseHostMessage, workerMessage } from "./protocol";
import { watchTimers } from "./timer-watch";
import { createWorkerHost } from "./worker-host";

/** How often the worker says it is alive; the page restarts a worker that stays silent while idle. */
const HEARTBEAT_MS = 1_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const origin = scope.location.origin;
const nativeFetch = scope.fetch.bind(scope);
const persistStore = createIndexedDbStore("cache-lab-persist");
// The data downloads while danfojs loads; the first readCSV of it takes that response.
const siteFetch = prefetchingFetch(siteDataFetch(nativeFetch, origin), SITE_DATA_FILES);
const timers = watchTimers(scope as never);
const now = performance.now.bind(performance);
lockDownGlobal(scope, origin);

acceptChannel(scope, (post, listen) => {
  // Kept for the multi-session host, which runs its sessions on this same server.
  let server: Server | undefined;
  const host = createWorkerHost({
    createServer: (clock) => (server = createServer({ now: clock, fetch: siteFetch, persistStore })),
    post,
    now,
    leftover: {
      pending: timers.pending,
      whenIdle: timers.whenIdle,
      defer: (work) => void timers.host.setTimeout(work, 0),
    },
  });
  const multiHost = createMultiSessionHost({ server: () => server!, post });
  listen((data) => {
    // One protocol: multi-session requests go to their host; everything else, malformed messages
    // included (refused there with a failure naming the request), to the usual one.
    const parsed = parseHostMessage(data);
    if (parsed.ok && isMultiHostMessage(parsed.message)) multiHost.handle(parsed.message);
    else void host.handle(data);
  });

  // An error that escapes every run comes from a timer or callback a reader's script left behind:
  // Streamlit would log it and keep serving, so it is reported and the worker (and its caches) kept.
  // Anything else escaping is the sandbox's own failure, and reaches the page, which restarts it.
  scope.addEventListener("error", (event: ErrorEvent) => {
    const late = lateScriptError(event.error, event.filename);
    if (!late) return;
    event.preventDefault();
    post(workerMessage("late-error", NO_RUN, { error: late }));
  });

  timers.host.setInterval(() => post(workerMessage("heartbeat", NO_RUN, {})), HEARTBEAT_MS);
});
