/**
 * One reader's session: its own `st.sessionState` and widget values, runs one at a time (a new
 * run waits for the previous one), reruns on `st.rerun()`, and checks after each run whether a
 * cacheResource value it was handed has been changed.
 */
import { type Danfo, PythonError } from "../pandas";
import type { LockConstructor } from "./api";
import type { CacheRegistry } from "./cache/cache-registry";
import { describeChanges, fingerprint, type Fingerprint } from "./cache/mutation";
import { RerunSignal, StopSignal } from "./errors";
import type { CacheEventInput, RunContext } from "./run-context";
import type { ThreadGate } from "./scheduler";
import { type AfterAwaitFn, type Compiled, isInstance, scriptLocation, toScriptError } from "./script";
import { createScriptConsole } from "./script-console";
import { createStApi, type SessionStore } from "./st-api";
import type { CacheEvent, Element, RunProgress, RunResult, ScriptError, TerminalLine, WidgetStates } from "./types";

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
  /**
   * Set by an interleaved run (see `Server.runInterleaved`): the script is compiled with step
   * points and takes turns with other sessions through this gate.
   */
  gate?: ThreadGate;
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

/** What a session needs from its server. */
export interface SessionDeps {
  id: string;
  now: () => number;
  registry: CacheRegistry;
  /** Loads what runs need (first time only) and compiles the source (cached by the server), with step points if asked. */
  prepare(source: string, steps: boolean): Promise<{ script: Compiled; dfd: Danfo }>;
  /** The server's `st.Lock`, shared by its sessions. */
  Lock: LockConstructor;
  /** Called once when the session closes. */
  onClose(): void;
}

/** Most console lines one run keeps (the rest are counted): a print in a long loop must not fill memory. */
const MAX_TERMINAL_LINES = 10_000;

/** How many `st.rerun()` calls in a row one run may make before it is stopped as a loop. */
const MAX_RERUNS = 100;

/** Opens a session on a server's caches. */
export function openSession({ id, now, registry, prepare, onClose, Lock }: SessionDeps): Session {
  const store: SessionStore = { state: {}, widgets: new Map() };
  let runNumber = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;

  const runOnce = async (
    script: Extract<Compiled, { ok: true }>,
    dfdForScripts: Danfo,
    sourceLines: string[],
    incoming: WidgetStates,
    onProgress?: RunOptions["onProgress"],
    gate?: ThreadGate,
  ) => {
    const elements: Element[] = [];
    const events: CacheEvent[] = [];
    const tracked = new Map<
      object,
      { functionName: string; objectId: number | undefined; scope: "global" | "session"; before: Fingerprint }
    >();
    const calls: Promise<unknown>[] = [];
    const terminal: TerminalLine[] = [];
    let terminalLeftOut = 0;
    const scriptConsole = createScriptConsole((line) => {
      if (terminal.length < MAX_TERMINAL_LINES) terminal.push(line);
      else terminalLeftOut++;
      onProgress?.({ kind: "terminal", line });
    });
    let spinnerCounter = 0;
    const ctx: RunContext = {
      sessionId: id,
      now,
      fileName: script.fileName,
      sourceLines,
      codeLines: script.codeLines,
      recorders: [],
      cacheDepth: 0,
      beforeCall: gate ? (name) => gate.call(name) : () => {},
      emit: (element) => {
        elements.push(element);
        gate?.saw(element);
        for (const recorder of ctx.recorders) recorder.push(element);
        onProgress?.({ kind: "element", element });
      },
      event: (event: CacheEventInput) => events.push({ ...event, at: now(), sessionId: id }),
      spinner: (text) => {
        const spinnerId = ++spinnerCounter;
        onProgress?.({ kind: "spinner-start", id: spinnerId, text });
        return () => onProgress?.({ kind: "spinner-end", id: spinnerId });
      },
      trackResource: (functionName, value, objectId, scope) => {
        if (typeof value === "object" && value !== null && !tracked.has(value))
          tracked.set(value, { functionName, objectId, scope, before: fingerprint(value) });
      },
      trackCall: (call) => void calls.push(call),
      callerLine: () => scriptLocation(new Error().stack, script.fileName)?.line,
    };
    const st = createStApi({ run: ctx, registry, session: store, incoming, Lock });
    const require = (name: string): unknown => {
      if (name === "streamlit") return st;
      if (name === "danfojs" || name === "danfojs-node") return dfdForScripts;
      throw new PythonError(
        "ModuleNotFoundError",
        `No module named '${name}' (scripts can import "streamlit" and "danfojs")`,
      );
    };
    let error: ScriptError | undefined;
    let rerun = false;
    try {
      if (gate) await gate.begin(firstStatementLine(sourceLines), runNumber);
      await script.body(
        st,
        dfdForScripts,
        require,
        {},
        gate && ((line) => gate.step(line)),
        gate && afterAwait(gate),
        scriptConsole,
      );
    } catch (thrown) {
      if (isInstance(thrown, RerunSignal)) rerun = true;
      else if (!isInstance(thrown, StopSignal)) error = toScriptError(thrown, script.fileName, script);
    }
    // Calls may start more calls while they run, hence the loop.
    for (let settled = 0; settled < calls.length;) {
      const batch = calls.slice(settled);
      settled = calls.length;
      await Promise.allSettled(batch);
    }
    // Persisted writes and deletions of this run reach the store before it ends (a restart then sees them).
    await registry.flushPersisted();
    for (const [value, t] of tracked) {
      const changes = describeChanges(t.before, value);
      if (changes.length === 0) continue;
      const who =
        t.scope === "session"
          ? `st.cacheResource with scope: "session" hands this same object to every later call in this session, so this session's later runs see the change.`
          : `st.cacheResource hands this same object to every later call, in every session, so they all see the change.`;
      elements.push({
        type: "warning",
        body: `This run changed the object that \`${t.functionName}()\` returned from st.cacheResource: ${changes.join("; ")}. ${who} Copy it before changing it, or cache it with st.cacheData.`,
        mutation: { functionName: t.functionName, objectId: t.objectId ?? 0, changes },
      });
    }
    return { elements, events, error, rerun, terminal, terminalLeftOut };
  };

  const run = async (source: string, runOptions: RunOptions = {}): Promise<RunResult> => {
    const started = now();
    if (closed) throw new Error(`session ${id} is closed`);
    const { script, dfd: dfdForScripts } = await prepare(source, runOptions.gate !== undefined);
    if (!script.ok)
      return { elements: [], error: script.error, events: [], runNumber: ++runNumber, durationMs: now() - started };
    let incoming = runOptions.widgets ?? {};
    for (const [key, value] of Object.entries(incoming)) store.widgets.set(key, value);
    const sourceLines = source.split("\n");
    const events: CacheEvent[] = [];
    // st.rerun() starts the script again within the same run: its prints stay in the terminal.
    const terminal: TerminalLine[] = [];
    let terminalLeftOut = 0;
    for (let reruns = 0; ; reruns++) {
      runNumber++;
      const outcome = await runOnce(
        script,
        dfdForScripts,
        sourceLines,
        incoming,
        runOptions.onProgress,
        runOptions.gate,
      );
      events.push(...outcome.events);
      const room = MAX_TERMINAL_LINES - terminal.length;
      terminal.push(...outcome.terminal.slice(0, room));
      terminalLeftOut += outcome.terminalLeftOut + Math.max(0, outcome.terminal.length - room);
      for (const element of outcome.elements) if (element.type === "button") store.widgets.delete(element.id);
      let error = outcome.error;
      if (outcome.rerun && reruns < MAX_RERUNS) {
        incoming = {};
        continue;
      }
      if (outcome.rerun)
        error = {
          type: "StreamlitAPIException",
          message: `st.rerun() was called ${MAX_RERUNS} times in a row; stopping what looks like an endless loop.`,
        };
      return {
        elements: outcome.elements,
        ...(error ? { error } : {}),
        events,
        runNumber,
        durationMs: now() - started,
        ...(terminal.length > 0 ? { terminal } : {}),
        ...(terminalLeftOut > 0 ? { terminalLeftOut } : {}),
      };
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
      onClose();
    },
  };
  return session;
}

/** The first line holding code (not blank, not only a comment): where a run's first step starts. */
function firstStatementLine(lines: readonly string[]): number {
  const at = lines.findIndex((text) => text.trim() !== "" && !/^\s*(\/\/|\/\*|\*)/.test(text));
  return at < 0 ? 1 : at + 1;
}

/** The `__after` of instrumented scripts: once the awaited value settles, the session gives way. */
function afterAwait(gate: ThreadGate): AfterAwaitFn {
  return (line, value) =>
    Promise.resolve(value).then(
      async (settled) => {
        await gate.step(line, true);
        return settled;
      },
      async (error: unknown) => {
        await gate.step(line, true);
        throw error;
      },
    );
}
