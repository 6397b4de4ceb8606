/**
 * The service worker's rules, run from the generated `/sw.js` text (so what toString() writes out is
 * what is tested) against an in-memory cache storage and a fake network.
 */
import { describe, expect, it } from "vitest";
import { serviceWorkerScript, type SwFetchEvent, type SwLifecycleEvent } from "./service-worker";

const ORIGIN = "https://cachelab.test";

/** Responses from the network and the cache carry their URL, as in a browser. */
function withUrl(response: Response, url: string): Response {
  Object.defineProperty(response, "url", { value: url.split("#")[0] });
  return response;
}

/** A scope with Map-backed caches; `online` switches the fake network. */
function fakeScope(files: Record<string, string>) {
  const storage = new Map<string, Map<string, Response>>();
  const listeners: Record<string, (event: never) => void> = {};
  const state = { online: true, fetched: [] as string[], skipped: false, claimed: false };
  const keyOf = (r: Request | string, ignoreSearch = false) => {
    const url = new URL(typeof r === "string" ? r : r.url, ORIGIN);
    return ignoreSearch ? url.origin + url.pathname : url.href;
  };
  const scope = {
    location: { origin: ORIGIN },
    caches: {
      async open(name: string) {
        if (!storage.has(name)) storage.set(name, new Map());
        const cache = storage.get(name)!;
        return {
          async addAll(requests: Request[]) {
            const responses = await Promise.all(requests.map((r) => scope.fetch(r)));
            responses.forEach((response, i) => {
              if (!response.ok) throw new TypeError(`addAll: ${requests[i].url} answered ${response.status}`);
            });
            responses.forEach((response, i) => cache.set(keyOf(requests[i]), response));
          },
          async match(r: Request | string, options?: { ignoreSearch?: boolean }) {
            for (const [k, v] of cache)
              if (keyOf(k, !!options?.ignoreSearch) === keyOf(r, !!options?.ignoreSearch)) return withUrl(v.clone(), k);
            return undefined;
          },
          async put(r: Request, response: Response) {
            cache.set(keyOf(r), response);
          },
        };
      },
      async keys() {
        return [...storage.keys()];
      },
      async delete(name: string) {
        return storage.delete(name);
      },
    },
    async fetch(request: Request) {
      if (!state.online) throw new TypeError("Failed to fetch");
      const path = new URL(request.url, ORIGIN).pathname;
      state.fetched.push(path);
      const body = files[path];
      return withUrl(
        body === undefined ? new Response("missing", { status: 404 }) : new Response(body, { status: 200 }),
        request.url,
      );
    },
    async skipWaiting() {
      state.skipped = true;
    },
    clients: {
      async claim() {
        state.claimed = true;
      },
    },
    addEventListener(type: string, listener: (event: never) => void) {
      listeners[type] = listener;
    },
  };
  const lifecycle = async (type: "install" | "activate") => {
    let work: Promise<unknown> = Promise.resolve();
    (listeners[type] as (e: SwLifecycleEvent) => void)({ waitUntil: (p) => (work = p) });
    await work;
  };
  /** Dispatches a fetch; undefined when the worker lets the browser handle it. */
  const request = async (path: string, init?: RequestInit & { navigate?: boolean; worker?: boolean }) => {
    let answer: Promise<Response> | undefined;
    const req = new Request(new URL(path, ORIGIN), init);
    // Only browsers make navigation and worker requests; Node's Request has no such init, so they are set afterwards.
    if (init?.navigate) Object.defineProperty(req, "mode", { value: "navigate" });
    if (init?.worker) Object.defineProperty(req, "destination", { value: "worker" });
    (listeners.fetch as (e: SwFetchEvent) => void)({ request: req, respondWith: (p) => (answer = p) });
    return answer;
  };
  return { scope, storage, state, lifecycle, request };
}

function start(
  buildId: string,
  files: Record<string, string>,
  precache: string[],
  existing?: ReturnType<typeof fakeScope>,
) {
  const sw = existing ?? fakeScope(files);
  new Function("self", serviceWorkerScript(buildId, precache))(sw.scope);
  return sw;
}

const FILES = {
  "/tutorials/mutating-cached-values": "<html>v1 page</html>",
  "/_next/static/chunks/app-aaa.js": "chunk v1",
  "/data/uber-raw-data-sep14-10k.csv": "Date/Time,Lat,Lon,Base",
};

describe("service worker", () => {
  it("precaches every listed file in a cache named after the build, then takes over at once", async () => {
    const sw = start("build-1", FILES, Object.keys(FILES));
    await sw.lifecycle("install");
    expect([...sw.storage.keys()]).toEqual(["cache-lab-build-1"]);
    expect([...sw.storage.get("cache-lab-build-1")!.keys()].map((k) => new URL(k).pathname).sort()).toEqual(
      Object.keys(FILES).sort(),
    );
    expect(sw.state.skipped).toBe(true);
  });

  it("fails its install when a listed file is missing, rather than caching half a build", async () => {
    const sw = start("build-1", FILES, [...Object.keys(FILES), "/_next/static/chunks/gone.js"]);
    await expect(sw.lifecycle("install")).rejects.toThrow("gone.js answered 404");
    expect(sw.state.skipped).toBe(false);
  });

  it("also precaches the search index its files.json lists, and only files under /pagefind/", async () => {
    const search = {
      "/pagefind/files.json": JSON.stringify([
        "/pagefind/pagefind.js",
        "/pagefind/index/en_1.pf_index",
        "/tutorials/not-search",
        42,
      ]),
      "/pagefind/pagefind.js": "search v1",
      "/pagefind/index/en_1.pf_index": "index v1",
    };
    const sw = start("build-1", { ...FILES, ...search }, Object.keys(FILES));
    await sw.lifecycle("install");
    const cached = [...sw.storage.get("cache-lab-build-1")!.keys()].map((k) => new URL(k).pathname).sort();
    expect(cached).toEqual([...Object.keys(FILES), "/pagefind/index/en_1.pf_index", "/pagefind/pagefind.js"].sort());
    sw.state.online = false;
    expect(await (await sw.request("/pagefind/index/en_1.pf_index"))!.text()).toBe("index v1");
  });

  it("installs without the search when there is no index (next dev)", async () => {
    const sw = start("build-1", FILES, Object.keys(FILES));
    await sw.lifecycle("install");
    expect(sw.state.fetched).toContain("/pagefind/files.json");
    expect(sw.state.skipped).toBe(true);
  });

  it("offline: pages (any query string), build files and data come from the cache", async () => {
    const sw = start("build-1", FILES, Object.keys(FILES));
    await sw.lifecycle("install");
    await sw.lifecycle("activate");
    sw.state.online = false;
    expect(await (await sw.request("/tutorials/mutating-cached-values?theme=dark", { navigate: true }))!.text()).toBe(
      "<html>v1 page</html>",
    );
    expect(await (await sw.request("/_next/static/chunks/app-aaa.js"))!.text()).toBe("chunk v1");
    expect(await (await sw.request("/data/uber-raw-data-sep14-10k.csv"))!.text()).toBe("Date/Time,Lat,Lon,Base");
    await expect(sw.request("/tutorials/never-visited", { navigate: true })).rejects.toThrow("Failed to fetch");
  });

  it("online: pages and data come from the network (a new deploy shows at once), build files from the cache", async () => {
    const files = { ...FILES };
    const sw = start("build-1", files, Object.keys(files));
    await sw.lifecycle("install");
    files["/tutorials/mutating-cached-values"] = "<html>v2 page</html>";
    sw.state.fetched.length = 0;
    expect(await (await sw.request("/tutorials/mutating-cached-values", { navigate: true }))!.text()).toBe(
      "<html>v2 page</html>",
    );
    expect(await (await sw.request("/_next/static/chunks/app-aaa.js"))!.text()).toBe("chunk v1");
    expect(sw.state.fetched).toEqual(["/tutorials/mutating-cached-values"]);
  });

  it("a new build's worker deletes the older build's cache when it activates, and leaves other caches alone", async () => {
    const files: Record<string, string> = { ...FILES };
    const sw = start("build-1", files, Object.keys(files));
    await sw.lifecycle("install");
    await sw.lifecycle("activate");
    await sw.scope.caches.open("someone-elses-cache");
    files["/_next/static/chunks/app-bbb.js"] = "chunk v2";
    start("build-2", files, Object.keys(files), sw);
    await sw.lifecycle("install");
    await sw.lifecycle("activate");
    expect([...sw.storage.keys()].sort()).toEqual(["cache-lab-build-2", "someone-elses-cache"]);
    expect(sw.state.claimed).toBe(true);
  });

  it("hands a worker its script as a response without a URL, so the worker keeps its #fragment", async () => {
    const sw = start("build-1", FILES, Object.keys(FILES));
    await sw.lifecycle("install");
    const cachedScript = await sw.request("/_next/static/chunks/app-aaa.js#params=x", { worker: true });
    expect(cachedScript!.url).toBe("");
    expect(await cachedScript!.text()).toBe("chunk v1");
    // A plain script keeps the cached response as it is.
    expect((await sw.request("/_next/static/chunks/app-aaa.js"))!.status).toBe(200);
  });

  it("leaves other origins, non-GET requests, byte ranges and /sw.js to the browser", async () => {
    const sw = start("build-1", FILES, []);
    expect(await sw.request("https://elsewhere.test/x.js")).toBeUndefined();
    expect(await sw.request("/data/uber-raw-data-sep14-10k.csv", { method: "POST", body: "x" })).toBeUndefined();
    expect(await sw.request("/data/uber-raw-data-sep14-10k.csv", { headers: { range: "bytes=0-10" } })).toBeUndefined();
    expect(await sw.request("/sw.js")).toBeUndefined();
  });
});
