/**
 * The emulated Streamlit process: a server owns the caches and lives across reruns, loads danfojs
 * and the transpiler once, compiles scripts once per source text, and opens sessions (one per
 * reader's tab, see session.ts). Sessions of one server run concurrently and share its caches.
 */
import { createPandasModule, type Danfo, type FetchLike } from "../pandas";
import { CacheRegistry } from "./cache/cache-registry";
import type { PersistStore } from "./persist-store";
import { compileScript, type Compiled, type TransformFn } from "./script";
import { openSession, type Session } from "./session";
import type { CacheFunctionSnapshot } from "./types";

/** What differs between the browser and Node, injected when a server is created. */
export interface ServerOptions {
  /** Clock in milliseconds (default `Date.now`); tests and the UI move it to show TTLs. */
  now?: () => number;
  /** How scripts' `dfd.readCSV(url)` reads files (default the global `fetch`). */
  fetch?: (url: string) => Promise<Response>;
  /** Where `persist: "disk"` entries go (none by default: persisted functions then behave as memory-only). */
  persistStore?: PersistStore;
  /** Loads danfojs (default `import("danfojs")`). */
  loadDanfo?: () => Promise<Danfo>;
  /** Loads the TypeScript transpiler (default sucrase's `transform`). */
  loadTranspiler?: () => Promise<TransformFn>;
}

/** One emulated Streamlit server. */
export interface Server {
  /** Starts loading danfojs and the transpiler, so the first run does not wait for them. */
  preload(): Promise<void>;
  /** Opens a new session. */
  createSession(): Session;
  /** Every cached function and its entries, for the inspector. */
  snapshot(): CacheFunctionSnapshot[];
  /** What the "Clear cache" button does: `st.cacheData.clear()` and `st.cacheResource.clear()`. */
  clearCaches(): Promise<void>;
  /** Closes every session and releases every cached resource. */
  dispose(): void;
}

/** How many compiled scripts a server keeps (reruns of unchanged source skip the transpiler). */
const COMPILED_KEPT = 32;

/** Creates a server: the caches, the loaders and the sessions of one emulated Streamlit process. */
export function createServer(options: ServerOptions = {}): Server {
  const now = options.now ?? (() => Date.now());
  const fetchFn: FetchLike = options.fetch ?? ((url) => globalThis.fetch(url));
  const loadDanfo = options.loadDanfo ?? (() => import("danfojs") as Promise<Danfo>);
  const loadTranspiler = options.loadTranspiler ?? (() => import("sucrase").then((m) => m.transform as TransformFn));
  // Error locations need the script's frame, which deep danfojs call chains can push past V8's default 10.
  const errorCtor = Error as { stackTraceLimit?: number };
  if (typeof errorCtor.stackTraceLimit === "number" && errorCtor.stackTraceLimit < 50) errorCtor.stackTraceLimit = 50;

  let danfo: Danfo | undefined;
  let dfdForScripts: Danfo | undefined;
  let transform: TransformFn | undefined;
  let loading: Promise<void> | undefined;
  const registry = new CacheRegistry({ now, persistStore: options.persistStore, danfo: () => danfo });
  const compiled = new Map<string, Compiled>();
  const sessions = new Map<string, Session>();
  let sessionCounter = 0;
  let scriptCounter = 0;

  const ready = (): Promise<void> => {
    loading ??= Promise.all([loadDanfo(), loadTranspiler()]).then(([d, t]) => {
      danfo = (d as Danfo & { default?: Danfo }).DataFrame ? d : ((d as { default?: Danfo }).default ?? d);
      dfdForScripts = createPandasModule(danfo, fetchFn);
      transform = t;
    });
    loading.catch(() => (loading = undefined));
    return loading;
  };

  const compile = (source: string): Compiled => {
    let found = compiled.get(source);
    if (!found) {
      found = compileScript(source, transform!, `cache-lab-script-${++scriptCounter}.js`);
      compiled.set(source, found);
      if (compiled.size > COMPILED_KEPT) compiled.delete(compiled.keys().next().value as string);
    }
    return found;
  };

  const createSession = (): Session => {
    const id = `s${++sessionCounter}`;
    const session = openSession({
      id,
      now,
      registry,
      prepare: async (source) => {
        await ready();
        return { script: compile(source), dfd: dfdForScripts! };
      },
      onClose: () => {
        registry.dropSession(id);
        sessions.delete(id);
      },
    });
    sessions.set(id, session);
    return session;
  };

  return {
    preload: ready,
    createSession,
    snapshot: () => registry.snapshot(),
    clearCaches: async () => {
      await registry.clearKind("data");
      await registry.clearKind("resource");
    },
    dispose: () => {
      for (const session of [...sessions.values()]) session.close();
      void registry.clearKind("resource");
    },
  };
}
