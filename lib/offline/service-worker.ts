/**
 * Cache Lab's service worker, so a second visit works with the network off: it precaches the
 * pages, every build file (the sandbox, danfojs, Monaco) and the data, in one cache named after the
 * build, and deletes the caches of older builds when it takes over.
 *
 * The search index (`/pagefind/`, written after the build with its own `files.json` list) is
 * precached with the rest, so search works offline too.
 *
 * Strategies, chosen so a reader never gets a mix of two builds:
 * - `/_next/static/...` files carry a content hash in their names and never change: cache first.
 * - Everything else (pages, their RSC payloads, the data, embed.js): network first, the cache only
 *   when the network fails. A page decides which build files it loads, so a fresh page brings its
 *   own build's files, and an offline page the files of the build it was cached with.
 *
 * The worker's code is {@link serviceWorkerMain}, written out by {@link serviceWorkerScript} with
 * `Function.prototype.toString`, so it must not use anything from outside its own body. It is
 * plain TypeScript over the small structural types below (no DOM library), testable in Node.
 */

/** The parts of a fetch event the worker uses. */
export interface SwFetchEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}

/** The parts of an install or activate event the worker uses. */
export interface SwLifecycleEvent {
  waitUntil(work: Promise<unknown>): void;
}

/** The parts of `CacheStorage` the worker uses. */
export interface SwCaches {
  open(name: string): Promise<{
    addAll(requests: Request[]): Promise<void>;
    match(request: Request | string, options?: { ignoreSearch?: boolean }): Promise<Response | undefined>;
    put(request: Request, response: Response): Promise<void>;
  }>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<boolean>;
}

/** The parts of `ServiceWorkerGlobalScope` the worker uses. */
export interface SwScope {
  location: { origin: string };
  caches: SwCaches;
  fetch(request: Request): Promise<Response>;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: SwLifecycleEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: SwFetchEvent) => void): void;
}

/** Every cache of this site starts with this; the build id follows. */
export const CACHE_PREFIX = "cache-lab-";

/**
 * The worker itself: registers its listeners on `scope`. Self-contained on purpose (see the file
 * comment): the prefix is repeated here rather than read from {@link CACHE_PREFIX}.
 */
export function serviceWorkerMain(scope: SwScope, buildId: string, precache: string[]): void {
  const prefix = "cache-lab-";
  const cacheName = prefix + buildId;
  const immutable = (url: URL) => url.pathname.startsWith("/_next/static/");

  scope.addEventListener("install", (event) => {
    // `no-cache`: a page or data file from an older build may sit in the browser's HTTP cache.
    const request = (path: string) => new Request(new URL(path, scope.location.origin).href, { cache: "no-cache" });
    // The search index is written after the build (scripts/build-search-index.mjs), with its own file
    // list. Search offline is a bonus: without the list (next dev), the rest still installs.
    const searchFiles = scope
      .fetch(request("/pagefind/files.json"))
      .then((response) => (response.ok ? response.json() : []))
      .then((list: unknown) =>
        Array.isArray(list) ? list.filter((f): f is string => typeof f === "string" && f.startsWith("/pagefind/")) : [],
      )
      .catch(() => [] as string[]);
    event.waitUntil(
      Promise.all([scope.caches.open(cacheName), searchFiles])
        .then(([cache, search]) => cache.addAll([...precache, ...search].map(request)))
        .then(() => scope.skipWaiting()),
    );
  });

  scope.addEventListener("activate", (event) => {
    event.waitUntil(
      scope.caches
        .keys()
        .then((names) =>
          Promise.all(names.filter((n) => n.startsWith(prefix) && n !== cacheName).map((n) => scope.caches.delete(n))),
        )
        .then(() => scope.clients.claim()),
    );
  });

  const store = (request: Request, response: Response): Response => {
    if (response.ok && response.type === "basic") {
      const copy = response.clone();
      void scope.caches.open(cacheName).then((cache) => cache.put(request, copy));
    }
    return response;
  };

  scope.addEventListener("fetch", (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (
      request.method !== "GET" ||
      url.origin !== scope.location.origin ||
      url.pathname === "/sw.js" ||
      request.headers.has("range")
    )
      return;
    // Offline, a query string (?theme=dark, ?_rsc=...) still finds the page or file cached without it.
    const cached = (ignoreSearch: boolean) =>
      scope.caches.open(cacheName).then((cache) => cache.match(request, { ignoreSearch }));
    // A worker's script must reach it as a response without a URL of its own: the browser would
    // otherwise take the response's URL as the worker's and drop the #fragment the bundler's worker
    // bootstrap reads its chunk list from ("Missing worker bootstrap config").
    const forClient = (response: Response): Response =>
      request.destination === "worker"
        ? new Response(response.body, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          })
        : response;
    if (immutable(url)) {
      event.respondWith(
        cached(false)
          .then((hit) => hit ?? scope.fetch(request).then((response) => store(request, response)))
          .then(forClient),
      );
      return;
    }
    event.respondWith(
      scope
        .fetch(request)
        .then(
          (response) => store(request, response),
          (error: unknown) =>
            cached(true).then((hit) => {
              if (hit) return hit;
              throw error;
            }),
        )
        .then(forClient),
    );
  });
}

/** The text of `/sw.js` for a build: {@link serviceWorkerMain} called with its build id and file list. */
export function serviceWorkerScript(buildId: string, precache: readonly string[]): string {
  return `// Cache Lab service worker, build ${buildId}. Generated at build time (app/sw.js/route.ts).\n(${serviceWorkerMain.toString()})(self, ${JSON.stringify(buildId)}, ${JSON.stringify(precache)});\n`;
}
