/**
 * Public, serializable types of the Streamlit emulation.
 *
 * Everything here crosses the page/worker boundary with `postMessage`, so every type is plain data:
 * no functions, no classes, no DataFrames. Other parts of the product (the playground, the cache
 * inspector, the multi-session view) rely on these shapes; change them with care.
 */

/** A JSON-compatible value, as `st.json` and widget values carry. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A cell of a DataFrame as sent to the page: numbers, strings, booleans, or missing. */
export type Cell = string | number | boolean | null;

/** A DataFrame (or Series, with one column) in column-major form, cheap to clone across threads. */
export interface TableData {
  /** Column labels, in order. */
  columns: string[];
  /** danfojs dtype of each column ("float32", "int32", "string", "boolean"). */
  dtypes: string[];
  /** Row labels, one per row. */
  index: (string | number)[];
  /** One array per column, each as long as `index`. */
  data: Cell[][];
  /** `[rows, columns]`, as pandas' `df.shape`. */
  shape: [number, number];
}

/** Text-like elements: the body is Markdown for `markdown`, plain text otherwise. */
export interface TextElement {
  type: "title" | "header" | "subheader" | "markdown" | "text" | "caption";
  body: string;
  /** `markdown` only: the script passed `unsafeAllowHtml: true`, so raw HTML in the body is drawn (sanitized). */
  unsafeAllowHtml?: true;
}

/** `st.code`. */
export interface CodeElement {
  type: "code";
  body: string;
  language: string;
}

/** `st.json`. */
export interface JsonElement {
  type: "json";
  value: JsonValue;
}

/** `st.dataframe` and `st.table`; `st.write` of a DataFrame or Series gives a `dataframe`. */
export interface TableElement {
  type: "dataframe" | "table";
  table: TableData;
}

/** `st.metric`. */
export interface MetricElement {
  type: "metric";
  label: string;
  value: string;
  delta?: string;
}

/** Callouts. A `warning` with `mutation` set is the emulation's own mutation warning (not Streamlit's). */
export interface AlertElement {
  type: "error" | "warning" | "info" | "success";
  body: string;
  /** Set only on the mutation warning added after a run that changed a cacheResource value. */
  mutation?: MutationReport;
  /**
   * Set only on the sandbox's own note that a run drew more elements than the page is sent
   * (lib/sandbox/output-limit.ts): how many were shown, of how many.
   */
  limit?: { shown: number; total: number };
}

/** `st.exception(err)`, and the error that ended a run, drawn as Streamlit's red box. */
export interface ExceptionElement {
  type: "exception";
  error: ScriptError;
}

/** `st.divider()`. */
export interface DividerElement {
  type: "divider";
}

/** Widgets. `id` is stable across reruns (derived from the label and call order, as Streamlit does). */
export type WidgetElement =
  | { type: "button"; id: string; label: string; value: boolean }
  | { type: "checkbox"; id: string; label: string; value: boolean }
  | { type: "textInput"; id: string; label: string; value: string }
  | { type: "slider"; id: string; label: string; min: number; max: number; step: number; value: number }
  | {
      type: "selectbox";
      id: string;
      label: string;
      options: string[];
      index: number;
      /** Options not sent to the page, past the sandbox's limit (lib/sandbox/output-limit.ts). */
      optionsLeftOut?: number;
    };

/** Everything a script can put on the page. `type` is named after the `st` call that made it. */
export type Element =
  | TextElement
  | CodeElement
  | JsonElement
  | TableElement
  | MetricElement
  | AlertElement
  | ExceptionElement
  | DividerElement
  | WidgetElement;

/** A script's failure, shown the Python way: `KeyError: "['Lat'] not found in axis"` at line 9. */
export interface ScriptError {
  /** Python-style exception name: "KeyError", "SyntaxError", "UnhashableParamError", ... */
  type: string;
  /** The message as Python would print it after `type: `. */
  message: string;
  /** 1-based line in the reader's source, when known. */
  line?: number;
  /** 1-based column in the reader's source, when known. */
  column?: number;
}

/** What a run changed in a value that `st.cacheResource` handed out. */
export interface MutationReport {
  /** Name of the cached function whose value changed. */
  functionName: string;
  /** Identity number of the changed object (see {@link CacheEvent.objectId}). */
  objectId: number;
  /** Human-readable changes, e.g. "column removed: Lat", "shape (10000, 4) → (10000, 3)". */
  changes: string[];
}

/** Which cache a function uses. */
export type CacheKind = "data" | "resource";

/** One argument that makes a cache key: its parameter name and a short representation of its value. */
export interface KeyArgument {
  /** Parameter name (`n`), or `rest[0]` for a value of a rest parameter, or `arg2` past the named ones. */
  name: string;
  /** Short representation of the value, strings JSON-quoted: `"/data/uber…csv"`, `3`, `DataFrame(10000×4)`. */
  repr: string;
}

/**
 * Why a call missed. `first-call`: nothing was ever stored for these arguments. `code-changed`: the
 * function's source changed, so it has a new, empty cache. The others say why the entry for these
 * arguments left (see {@link GoneReason}).
 */
export type MissReason = "first-call" | "code-changed" | GoneReason;

/**
 * Why an entry left a cache: its ttl ran out, maxEntries pushed it out, a clear removed it,
 * `validate` returned false for it, or the session owning it (scope "session") ended.
 */
export type GoneReason = "expired" | "evicted" | "cleared" | "invalid" | "session-ended";

/** Fields every cache event has. */
interface CacheEventFields {
  /** Display name of the cached function. */
  functionName: string;
  cache: CacheKind;
  /** The arguments that make the key, in call order (`_` parameters left out, as they are not hashed). */
  args: KeyArgument[];
  /** How long the step took, for compute, copy and store. */
  durationMs?: number;
  /** Stable identity number of the object handed to the script (same number = same object). */
  objectId?: number;
  /** Server clock (ms) when it happened. */
  at: number;
  /** Session that caused it. */
  sessionId: string;
}

/** A call found nothing usable for its key. */
export interface MissEvent extends CacheEventFields {
  kind: "miss";
  reason: MissReason;
}

/** A call found its key stored. */
export interface HitEvent extends CacheEventFields {
  kind: "hit";
  /** Set when the value came from the persist store (the first hit after a restart). */
  fromPersistStore?: true;
}

/** An entry left a cache (evict, expire, clear, invalid), or a resource's onRelease ran (release). */
export interface RemovalEvent extends CacheEventFields {
  kind: "evict" | "expire" | "clear" | "invalid" | "release";
  reason: GoneReason;
  /**
   * Set only on the one `clear` event of `.clear()` called without arguments (after one event per
   * entry): it emptied the whole cache, or this session's part of a session-scoped one. Its `args` is empty.
   */
  emptied?: "cache" | "session";
}

/** The rest of a call: compute, store, copy, and a wait for another session computing the same key. */
export interface CallEvent extends CacheEventFields {
  kind: "compute" | "store" | "copy" | "wait";
}

/** Something a cache did during a run, in order; `kind` says which. */
export type CacheEvent = MissEvent | HitEvent | RemovalEvent | CallEvent;

/** One entry of a cache, as the inspector shows it. */
export interface CacheEntrySnapshot {
  args: KeyArgument[];
  /** For a session-scoped cache: the session the entry belongs to. */
  sessionId?: string;
  /** Approximate size of the stored value in bytes. */
  sizeBytes: number;
  /** Milliseconds since the entry was written. */
  ageMs: number;
  /** Milliseconds until it expires, or null without a TTL. */
  ttlLeftMs: number | null;
  hits: number;
  /** Identity number of the stored object (resource) or of the last copy handed out (data). */
  objectId: number;
}

/** One cached function and its entries. */
export interface CacheFunctionSnapshot {
  functionName: string;
  cache: CacheKind;
  scope: "global" | "session";
  entries: CacheEntrySnapshot[];
}

/** The outcome of one run of a script. */
export interface RunResult {
  /** What the script produced, in order, including the mutation warning if any. */
  elements: Element[];
  /** Set when the script failed; the elements before the failure are still there. */
  error?: ScriptError;
  /** Cache events of this run, in order. */
  events: CacheEvent[];
  /** 1-based number of this run in its session. */
  runNumber: number;
  /** Wall time of the run in milliseconds, as measured by the server's clock source. */
  durationMs: number;
  /** What the script printed with `console.log`, `warn` and `error`, in order (absent when nothing). */
  terminal?: TerminalLine[];
  /** Lines printed past the ones sent (lib/sandbox/output-limit.ts caps them). */
  terminalLeftOut?: number;
}

/** One line a script printed with `console`: where Streamlit's would go, the server's terminal. */
export interface TerminalLine {
  /** `log` (also `info`, `debug`), `warn` or `error`. */
  level: "log" | "warn" | "error";
  /** The arguments formatted as Node prints them, joined by spaces. */
  text: string;
}

/** Widget values a rerun starts with, by widget id; a clicked button is `true` for that run only. */
export type WidgetStates = Record<string, JsonValue>;

/** Things a run reports while it is still going, for spinners and live output. */
export type RunProgress =
  | { kind: "spinner-start"; id: number; text: string }
  | { kind: "spinner-end"; id: number }
  | { kind: "element"; element: Element }
  | { kind: "terminal"; line: TerminalLine };

/**
 * How sessions of an interleaved run take turns. `seed`: at each step a session is picked at random
 * from those ready, with a generator seeded by this number (same seed, same order). `plan`: the
 * segments in order, e.g. "A until line 4, then B to the end, then A" (see `parseSchedule`); once
 * the plan is used up, the sessions left finish in name order.
 */
export type Schedule = { seed: number } | { plan: ScheduleSegment[] };

/** One segment of a planned schedule. */
export interface ScheduleSegment {
  /** Session name ("A", "B", ...). */
  session: string;
  /** The session runs until it is about to run this line; without it, to the end of its run. */
  untilLine?: number;
}

/** One step of an interleaved run: a session ran from `line` until it paused, waited or finished. */
export interface StepRecord {
  /** 0-based position in the run's timeline. */
  index: number;
  /** Session name ("A", "B", ...). */
  session: string;
  /** The session's run number this step belongs to. */
  runNumber: number;
  /** Line (in the reader's source) the step started at. */
  line: number;
  /** st calls made during the step, in order ("st.write", "st.cacheResource", ...). */
  calls: string[];
  /** Short text of each element the step put on the page ("visits: 1", "KeyError: 'Lat'"). */
  saw: string[];
  /** How the step ended: at the next step point, waiting for a lock, at the end of the run, or with an error. */
  status: "paused" | "blocked" | "done" | "error";
  /** Where the session stands now (for "paused"). */
  nextLine?: number;
  /** The session paused inside `nextLine`, right after an await there settled (not before the line). */
  afterAwait?: boolean;
  /** The error that ended the run (for "error"). */
  error?: ScriptError;
}
