/**
 * The emulated Streamlit process: a server owns the caches and lives across reruns, loads danfojs
 * and the transpiler once, compiles scripts once per source text, and opens sessions (one per
 * reader's tab, see session.ts). Sessions of one server run concurrently and share its caches.
 */
import { createPandasModule, type Danfo, type FetchLike } from "../pandas";
import { CacheRegistry } from "./cache/cache-registry";
import type { PersistStore } from "./persist-store";
import { createLockClass } from "./lock";
import { createInterleaving, type Interleaving } from "./scheduler";
import { compileScript, SCRIPT_FILE_PREFIX, type Compiled, type TransformFn } from "./script";
import { openSession, type RunOptions, type Session } from "./session";
import type { CacheFunctionSnapshot, RunResult, Schedule, StepRecord } from "./types";

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

/** One session's part in an interleaved run. */
export interface InterleavedRunRequest {
  /** Name shown in the timeline and used by schedules ("A", "B", ...). */
  name: string;
  session: Session;
  source: string;
  widgets?: RunOptions["widgets"];
}

/** Options of an interleaved run. */
export interface InterleavedOptions {
  /** Who goes when (default: the plan-less schedule, each session to the end in name order). */
  schedule?: Schedule;
  /** Wait for `next()` before each turn (stepping); `runToEnd()` lets the rest go. */
  manual?: boolean;
  /** Each step as it ends. */
  onStep?: (step: StepRecord) => void;
}

/** An interleaved run in progress. */
export interface InterleavedRun {
  /** Grants one turn (manual mode); resolves with its step, or undefined when every run has ended. */
  next(): Promise<StepRecord | undefined>;
  /** Grants every remaining turn. */
  runToEnd(): void;
  /** Steps so far. */
  readonly steps: StepRecord[];
  /** Each session's result, by name, and the whole timeline, once every run has ended. */
  readonly done: Promise<{ results: Record<string, RunResult>; steps: StepRecord[] }>;
}

/** One emulated Streamlit server. */
export interface Server {
  /**
   * Runs several sessions' scripts at once, as Streamlit's script threads would, taking turns at
   * every top-level statement, st call and lock under a deterministic schedule. One at a time per server.
   */
  runInterleaved(runs: InterleavedRunRequest[], options?: InterleavedOptions): InterleavedRun;
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
  // The interleaved run in progress, if any: its locks ask it whose turn it is.
  let interleaving: Interleaving | undefined;
  const Lock = createLockClass(() => interleaving?.running());

  const ready = (): Promise<void> => {
    // Persisted entries are read before the first run, so a plain cached function can answer from them at once.
    loading ??= Promise.all([loadDanfo(), loadTranspiler(), registry.loadPersisted()]).then(([d, t]) => {
      danfo = (d as Danfo & { default?: Danfo }).DataFrame ? d : ((d as { default?: Danfo }).default ?? d);
      dfdForScripts = createPandasModule(danfo, fetchFn);
      transform = t;
    });
    loading.catch(() => (loading = undefined));
    return loading;
  };

  const compile = (source: string, steps: boolean): Compiled => {
    // Stepped compilations are kept apart: normal runs never pay for step points.
    const key = steps ? `steps\0${source}` : source;
    let found = compiled.get(key);
    if (!found) {
      found = compileScript(source, transform!, `${SCRIPT_FILE_PREFIX}${++scriptCounter}.js`, steps);
      compiled.set(key, found);
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
      Lock,
      prepare: async (source, steps) => {
        await ready();
        return { script: compile(source, steps), dfd: dfdForScripts! };
      },
      onClose: () => {
        registry.dropSession(id);
        sessions.delete(id);
      },
    });
    sessions.set(id, session);
    return session;
  };

  const runInterleaved = (runs: InterleavedRunRequest[], options: InterleavedOptions = {}): InterleavedRun => {
    const names = runs.map((r) => r.name);
    if (new Set(names).size !== names.length)
      throw new Error(`Session names of an interleaved run must differ (got ${names.join(", ")}).`);
    const turns = createInterleaving({
      names,
      schedule: options.schedule,
      manual: options.manual,
      onStep: options.onStep,
    });
    interleaving = turns;
    const results: Record<string, RunResult> = {};
    const all = runs.map(async ({ name, session, source, widgets }) => {
      const gate = turns.gate(name);
      let result: RunResult;
      try {
        result = await session.run(source, { gate, ...(widgets ? { widgets } : {}) });
      } catch (error) {
        result = {
          elements: [],
          error: { type: "Error", message: error instanceof Error ? error.message : String(error) },
          events: [],
          runNumber: 0,
          durationMs: 0,
        };
      }
      results[name] = result;
      turns.end(name, result);
    });
    const done = Promise.all(all).then(() => {
      if (interleaving === turns) interleaving = undefined;
      return { results, steps: turns.steps };
    });
    return { next: () => turns.next(), runToEnd: () => turns.runToEnd(), steps: turns.steps, done };
  };

  return {
    runInterleaved,
    preload: ready,
    createSession,
    snapshot: () => registry.snapshot(),
    clearCaches: async () => {
      registry.clearKind("data");
      registry.clearKind("resource");
      await registry.flushPersisted();
    },
    dispose: () => {
      for (const session of [...sessions.values()]) session.close();
      registry.clearKind("resource");
    },
  };
}
