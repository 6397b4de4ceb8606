/**
 * The emulated Streamlit process: a server owns the caches and lives across reruns; each session
 * (one reader's tab) has its own session state and widget values and runs scripts one at a time.
 * Sessions of one server run concurrently and share the server's global caches.
 */
import { createPandasModule, type Danfo, type FetchLike, PythonError } from "../pandas";
import { CacheRegistry } from "./cache/cache-registry";
import { describeChanges, fingerprint, type Fingerprint } from "./cache/mutation";
import { RerunSignal, StopSignal } from "./errors";
import type { PersistStore } from "./persist-store";
import type { CacheEventInput, RunContext } from "./run-context";
import { compileScript, type Compiled, scriptLocation, toScriptError, type TransformFn } from "./script";
import { createStApi, type SessionStore } from "./st-api";
import type { CacheEvent, CacheFunctionSnapshot, Element, RunProgress, RunResult, ScriptError, WidgetStates } from "./types";

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

/** Options of one run. */
export interface RunOptions {
  /** Widget values for this run; a clicked button is `{ [buttonId]: true }`, for this run only. */
  widgets?: WidgetStates;
  /**
   * Spinner start/end while cached functions compute (and around `st.spinner`), and each element as
   * it is produced. Start is reported at once; Streamlit draws a spinner only once the work has
   * lasted about half a second, a delay the page applies when drawing.
   */
  onProgress?: (progress: RunProgress) => void;
}

/** One reader's session. */
export interface Session {
  /** Unique within the server ("s1", "s2", ...). */
  readonly id: string;
  /** Runs (or reruns) a script given as TypeScript source; resolves even when the script fails. */
  run(source: string, options?: RunOptions): Promise<RunResult>;
  /** Ends the session: its session-scoped caches are dropped (onRelease is called for them). */
  close(): void;
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

/** How many `st.rerun()` calls in a row one run may make before it is stopped as a loop. */
const MAX_RERUNS = 100;
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
    const store: SessionStore = { state: {}, widgets: new Map() };
    let runNumber = 0;
    let queue: Promise<unknown> = Promise.resolve();
    let closed = false;

    const runOnce = async (script: Extract<Compiled, { ok: true }>, sourceLines: string[], incoming: WidgetStates, onProgress?: RunOptions["onProgress"]) => {
      const elements: Element[] = [];
      const events: CacheEvent[] = [];
      const tracked = new Map<object, { functionName: string; objectId: number | undefined; before: Fingerprint }>();
      let spinnerCounter = 0;
      const ctx: RunContext = {
        sessionId: id,
        now,
        fileName: script.fileName,
        sourceLines,
        recorders: [],
        cacheDepth: 0,
        beforeCall: () => {},
        emit: (element) => {
          elements.push(element);
          for (const recorder of ctx.recorders) recorder.push(element);
          onProgress?.({ kind: "element", element });
        },
        event: (event: CacheEventInput) => events.push({ ...event, at: now(), sessionId: id }),
        spinner: (text) => {
          const spinnerId = ++spinnerCounter;
          onProgress?.({ kind: "spinner-start", id: spinnerId, text });
          return () => onProgress?.({ kind: "spinner-end", id: spinnerId });
        },
        trackResource: (functionName, value, objectId) => {
          if (typeof value === "object" && value !== null && !tracked.has(value)) tracked.set(value, { functionName, objectId, before: fingerprint(value) });
        },
        callerLine: () => scriptLocation(new Error().stack, script.fileName)?.line,
      };
      const st = createStApi({ run: ctx, registry, session: store, incoming });
      const require = (name: string): unknown => {
        if (name === "streamlit") return st;
        if (name === "danfojs" || name === "danfojs-node") return dfdForScripts;
        throw new PythonError("ModuleNotFoundError", `No module named '${name}' (scripts can import "streamlit" and "danfojs")`);
      };
      let error: ScriptError | undefined;
      let rerun = false;
      try {
        await script.body(st, dfdForScripts, require, {});
      } catch (thrown) {
        if (thrown instanceof RerunSignal) rerun = true;
        else if (!(thrown instanceof StopSignal)) error = toScriptError(thrown, script.fileName);
      }
      for (const [value, t] of tracked) {
        const changes = describeChanges(t.before, value);
        if (changes.length === 0) continue;
        elements.push({
          type: "warning",
          body:
            `This run changed the object that \`${t.functionName}()\` returned from st.cacheResource: ${changes.join("; ")}. ` +
            `st.cacheResource hands this same object to every later call, in every session, so they all see the change. ` +
            `Copy it before changing it, or cache it with st.cacheData.`,
          mutation: { functionName: t.functionName, objectId: t.objectId ?? 0, changes },
        });
      }
      return { elements, events, error, rerun };
    };

    const run = async (source: string, runOptions: RunOptions = {}): Promise<RunResult> => {
      const started = now();
      if (closed) throw new Error(`session ${id} is closed`);
      await ready();
      const script = compile(source);
      if (!script.ok) return { elements: [], error: script.error, events: [], runNumber: ++runNumber, durationMs: now() - started };
      let incoming = runOptions.widgets ?? {};
      for (const [key, value] of Object.entries(incoming)) store.widgets.set(key, value);
      const sourceLines = source.split("\n");
      const events: CacheEvent[] = [];
      for (let reruns = 0; ; reruns++) {
        runNumber++;
        const outcome = await runOnce(script, sourceLines, incoming, runOptions.onProgress);
        events.push(...outcome.events);
        for (const element of outcome.elements) if (element.type === "button") store.widgets.delete(element.id);
        let error = outcome.error;
        if (outcome.rerun && reruns < MAX_RERUNS) {
          incoming = {};
          continue;
        }
        if (outcome.rerun) error = { type: "StreamlitAPIException", message: `st.rerun() was called ${MAX_RERUNS} times in a row; stopping what looks like an endless loop.` };
        return { elements: outcome.elements, ...(error ? { error } : {}), events, runNumber, durationMs: now() - started };
      }
    };

    const session: Session = {
      id,
      run: (source, runOptions) => {
        const result = queue.then(() => run(source, runOptions));
        queue = result.catch(() => undefined);
        return result;
      },
      close: () => {
        if (closed) return;
        closed = true;
        registry.dropSession(id);
        sessions.delete(id);
      },
    };
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
