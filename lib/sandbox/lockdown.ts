/**
 * Locks down a sandbox worker's global object before any reader's script runs in it.
 *
 * A script runs with the worker's global in reach, and what it changes there lives as long as the
 * worker. Two things must hold whatever it does: it cannot reach the network (a shared script could
 * otherwise send what the reader types next to another site), and it cannot take over the channel
 * the sandbox answers the page on. The network globals are replaced by stubs that throw a clear
 * error, on the global and every prototype it inherits from, and cannot be put back; the objects
 * the channel is made of are frozen. The sandbox keeps what it needs (a same-origin fetch, the
 * IndexedDB store) by taking it before calling {@link lockDownGlobal}.
 */

/**
 * Globals that reach the network, other browsing contexts or storage shared with them. `caches`
 * and `FontFace` fetch URLs too; `indexedDB` is kept from scripts so a fresh sandbox starts clean;
 * `MessageChannel` would let a script loop on messages the timer watch (timer-watch.ts) cannot count.
 */
export const BLOCKED_GLOBALS = [
  "fetch",
  "XMLHttpRequest",
  "WebSocket",
  "WebSocketStream",
  "EventSource",
  "importScripts",
  "Worker",
  "SharedWorker",
  "BroadcastChannel",
  "WebTransport",
  "FontFace",
  "caches",
  "indexedDB",
  "MessageChannel",
] as const;

/** Prototypes the page↔sandbox channel is made of: frozen, so no script can wrap or re-route them. */
const CHANNEL_PROTOTYPES = ["MessagePort", "MessageEvent", "EventTarget"] as const;

/** The error a blocked global throws; `name` is set as a literal so minified builds keep it. */
export class SandboxPermissionError extends Error {
  constructor(what: string) {
    super(
      `${what} is not available in Cache Lab's sandbox, which gives scripts no network, no other tabs and no background channels. ` +
        `dfd.readCSV reads the site's own data files (paths starting with /data/).`,
    );
    this.name = "PermissionError";
  }
}

/** What a stub lets through unrefused: enough to print it or test its type, nothing that does anything. */
const HARMLESS_KEYS = new Set<PropertyKey>([
  Symbol.toPrimitive,
  Symbol.toStringTag,
  "toString",
  "valueOf",
  "name",
  "length",
]);

function blockedStub(name: string): () => never {
  // A plain function, so `new XMLHttpRequest()` throws the same clear error as `fetch(url)`; behind a
  // Proxy, so the object-valued ones (`indexedDB.open(...)`, `caches.open(...)`) refuse as clearly.
  const stub = Object.freeze(function () {
    throw new SandboxPermissionError(`\`${name}\``);
  });
  return new Proxy(stub, {
    get(target, key) {
      if (HARMLESS_KEYS.has(key)) return Reflect.get(target, key);
      throw new SandboxPermissionError(`\`${name}.${String(key)}\``);
    },
  }) as () => never;
}

/**
 * Replaces every {@link BLOCKED_GLOBALS} name on `scope` (and removes it from its prototypes) with
 * a non-configurable stub, freezes the channel's prototypes, and pins `postMessage`, `JSON` and
 * `structuredClone`. Given the site's `origin`, `importScripts` still loads the site's own build
 * chunks (`/_next/static/...`), which the bundler needs. Call once, after taking what the sandbox
 * itself needs.
 */
export function lockDownGlobal(scope: object, origin?: string): void {
  const target = scope as Record<string, unknown>;
  // The bundler's runtime loads the worker's own code chunks (danfojs, sucrase) with importScripts
  // when first needed, so it stays, for the site's own build files only.
  const nativeImport =
    typeof target.importScripts === "function"
      ? (target.importScripts as (...urls: string[]) => void).bind(scope)
      : undefined;
  const siteChunks = nativeImport && origin ? ownChunkImporter(nativeImport, origin) : undefined;
  for (const name of CHANNEL_PROTOTYPES) {
    const ctor = target[name] as { prototype?: object } | undefined;
    if (ctor?.prototype) Object.freeze(ctor.prototype);
    if (ctor) Object.freeze(ctor);
  }
  for (const name of BLOCKED_GLOBALS) {
    for (let o: object | null = Object.getPrototypeOf(scope); o; o = Object.getPrototypeOf(o)) {
      if (Object.getOwnPropertyDescriptor(o, name)?.configurable) delete (o as Record<string, unknown>)[name];
    }
    const value = name === "importScripts" && siteChunks ? siteChunks : blockedStub(name);
    Object.defineProperty(scope, name, { value, writable: false, enumerable: false, configurable: false });
  }
  for (const name of ["postMessage", "JSON", "structuredClone"]) {
    if (!(name in target)) continue;
    const value = target[name];
    if (name === "JSON") Object.freeze(value);
    Object.defineProperty(scope, name, { value, writable: false, enumerable: false, configurable: false });
  }
}

/** Where the site's build puts its script chunks; nothing else may be imported into the worker. */
const CHUNK_PATH = "/_next/static/";

/** `importScripts` for the site's own build chunks only; any other URL is refused before loading. */
function ownChunkImporter(load: (...urls: string[]) => void, origin: string): (...urls: string[]) => void {
  return Object.freeze((...urls: string[]) => {
    for (const url of urls) {
      let resolved: URL | undefined;
      try {
        resolved = new URL(String(url), origin);
      } catch {
        resolved = undefined;
      }
      if (!resolved || resolved.origin !== origin || !resolved.pathname.startsWith(CHUNK_PATH)) {
        throw new SandboxPermissionError(`\`importScripts\` of ${resolved?.href ?? JSON.stringify(String(url))}`);
      }
    }
    load(...urls);
  });
}

/**
 * The only fetch scripts get, through the emulation (`dfd.readCSV`): reads of the site's own data
 * files. Anything else is refused with a message naming the URL, before any request is made.
 */
export function siteDataFetch(
  fetchFn: (url: URL) => Promise<Response>,
  origin: string,
): (url: string) => Promise<Response> {
  return async (url) => {
    let resolved: URL;
    try {
      resolved = new URL(String(url), origin);
    } catch {
      throw new SandboxPermissionError(`Reading ${JSON.stringify(String(url))}`);
    }
    if (resolved.origin !== origin || !resolved.pathname.startsWith("/data/")) {
      throw new SandboxPermissionError(`Reading ${resolved.href}`);
    }
    return fetchFn(resolved);
  };
}
