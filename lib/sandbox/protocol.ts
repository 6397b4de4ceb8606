/**
 * The typed protocol between a playground (the page) and its sandbox (a dedicated Web Worker).
 *
 * Two unions, one per direction, for the single and the multi-session playground alike (both talk
 * to the same worker). Every message carries `type`, the protocol version `v` and a
 * `runId`: replies name the request they answer, so a late reply from a stopped run can never be
 * mistaken for the current one. Errors travel as plain data ({@link SandboxError}), never as thrown
 * objects, because `postMessage` cannot clone class instances faithfully.
 */
import type {
  CacheFunctionSnapshot,
  Cell,
  JsonValue,
  RunProgress,
  RunResult,
  Schedule,
  ScriptError,
  StepRecord,
  WidgetStates,
} from "../streamlit/types";
import { cacheEventsProblem, cacheStateProblem } from "./cache-check";
import { checkedElement, checkedResult, isCell, scriptErrorProblem, terminalLineProblem } from "./element-check";
import { MAX_LABEL, MAX_STEP_ITEMS } from "./output-limit";
import { MAX_ROWS_PER_REQUEST } from "./table-window";

/** Version of this protocol. Bump it when a message changes shape; both sides refuse other versions. */
export const PROTOCOL_VERSION = 2;

/** `runId` of messages that answer no particular request (boot, heartbeat). */
export const NO_RUN = 0;

/** Fields every message carries. */
interface Envelope {
  /** Protocol version, always {@link PROTOCOL_VERSION} from a well-behaved sender. */
  v: number;
  /** Id of the request this message is or answers; {@link NO_RUN} for unsolicited messages. */
  runId: number;
}

/** Page → worker: run the reader's script once, with the widget values of this rerun. */
export interface RunMessage extends Envelope {
  type: "run";
  /** The reader's TypeScript source, exactly as shown in the editor (line numbers must match). */
  source: string;
  /** Widget values for this run; a clicked button is `true`. */
  widgets: WidgetStates;
}

/** Page → worker: empty every cache of the server (Streamlit's "Clear cache", key C). */
export interface ClearCacheMessage extends Envelope {
  type: "clear-cache";
}

/** Page → worker: rows `[start, end)` of a table the last run showed, cut to its first rows in the result. */
export interface RowsRequestMessage extends Envelope {
  type: "rows";
  /** `runId` of the run whose result holds the table. */
  forRun: number;
  /** Position of the table among that result's elements. */
  element: number;
  start: number;
  end: number;
}

/** Page → worker: move the emulated server's clock forward (to show `ttl` expiring without waiting). */
export interface AdvanceClockMessage extends Envelope {
  type: "advance-clock";
  /** Milliseconds to add to the server's clock, 0 to {@link MAX_CLOCK_STEP_MS}. */
  byMs: number;
}

/** The longest single move of the clock: a year is more than any example's ttl. */
export const MAX_CLOCK_STEP_MS = 366 * 24 * 3_600_000;

/** Page → worker: run some sessions' scripts at once, interleaved under `schedule` (the multi-session playground). */
export interface MultiRunMessage extends Envelope {
  type: "multi-run";
  /** Names of the sessions that run ("A", "B", ...); a name seen before is the same session again. */
  sessions: string[];
  /** The app's code, shared by every session. */
  source: string;
  schedule: Schedule;
  /** Wait for `multi-next` before each step. */
  manual: boolean;
  /** Each session's widget values, by session name (a session not named has none set). */
  widgets?: Record<string, WidgetStates>;
}

/** Page → worker: grant one step of the stepped run `runId`. */
export interface MultiNextMessage extends Envelope {
  type: "multi-next";
}

/** Page → worker: let the stepped run `runId` finish without stopping. */
export interface MultiRunToEndMessage extends Envelope {
  type: "multi-run-to-end";
}

/** The requests of the multi-session playground; worker.ts hands them to the multi-session host. */
export type MultiHostMessage = MultiRunMessage | MultiNextMessage | MultiRunToEndMessage;

/** Everything the page may send to a sandbox. */
export type HostMessage = RunMessage | ClearCacheMessage | RowsRequestMessage | AdvanceClockMessage | MultiHostMessage;

/** True for a request of the multi-session playground. */
export function isMultiHostMessage(message: HostMessage): message is MultiHostMessage {
  return message.type === "multi-run" || message.type === "multi-next" || message.type === "multi-run-to-end";
}

/** What the cache inspector needs from the server after each request: its caches and its clock. */
export interface CacheState {
  /** Every cached function and its entries, as the server's snapshot() gives them. */
  snapshot: CacheFunctionSnapshot[];
  /** How far the server's clock was moved ahead of real time, in milliseconds. */
  clockOffsetMs: number;
}

/** Worker → page: the server is up and accepts runs; danfojs may still be loading (see {@link PreloadedMessage}). */
export interface ReadyMessage extends Envelope {
  type: "ready";
  /** Milliseconds from the worker's first line to the server being created. */
  bootMs: number;
}

/** Worker → page: danfojs (the slow part of a cold start) finished loading, or failed to. */
export interface PreloadedMessage extends Envelope {
  type: "preloaded";
  /** How long the preload took, in milliseconds. */
  durationMs: number;
  /** Set when the preload failed; the first run will retry and report the failure itself. */
  error?: SandboxError;
}

/** Worker → page: something happened during a run (spinner, element streamed out). */
export interface ProgressMessage extends Envelope {
  type: "progress";
  progress: RunProgress;
}

/** Worker → page: the run finished (successfully or with a script error inside `result`). */
export interface ResultMessage extends Envelope {
  type: "result";
  result: RunResult;
  /** The caches after the run (absent if the server cannot report them). */
  caches?: CacheState;
}

/** Worker → page: the rows asked for by a {@link RowsRequestMessage}. */
export interface RowsMessage extends Envelope {
  type: "rows";
  /** Position of the first row sent. */
  start: number;
  index: (string | number)[];
  /** One array per column. */
  data: Cell[][];
}

/** Worker → page: caches were emptied in answer to a {@link ClearCacheMessage}. */
export interface ClearedMessage extends Envelope {
  type: "cleared";
  /** The (now empty) caches. */
  caches?: CacheState;
}

/** Worker → page: the clock moved, in answer to an {@link AdvanceClockMessage}. */
export interface ClockMessage extends Envelope {
  type: "clock";
  /** The caches seen at the new time (ages and ttl left changed). */
  caches: CacheState;
}

/** Worker → page: a request could not be served at all (bad message, internal failure). */
export interface FailureMessage extends Envelope {
  type: "failure";
  error: SandboxError;
}

/** Worker → page: "still alive", sent on a timer while the worker's event loop is free. */
export interface HeartbeatMessage extends Envelope {
  type: "heartbeat";
}

/**
 * Worker → page: the reader's code threw after its run had ended, from a timer or callback it left
 * behind. Streamlit would print it in the server's terminal and keep serving; so does the sandbox
 * (caches kept), and the page tells the reader. Sent with {@link NO_RUN}.
 */
export interface LateErrorMessage extends Envelope {
  type: "late-error";
  error: ScriptError;
}

/**
 * Worker → page, after each result (runId of that run): how many timers and intervals the
 * reader's scripts left pending. Sent once the worker's event loop is free again after the result,
 * and again with 0 when the last of them ends. Until the 0 arrives the left-behind work counts
 * against the run's time limit; a worker stuck in a promise loop never sends it and is stopped.
 */
export interface AfterRunMessage extends Envelope {
  type: "after-run";
  pending: number;
}

/** Worker → page: one step of the multi-session run `runId` ended. */
export interface MultiStepMessage extends Envelope {
  type: "multi-step";
  step: StepRecord;
}

/** Worker → page: every session of the run `runId` finished; their results by session name. */
export interface MultiResultMessage extends Envelope {
  type: "multi-result";
  results: Record<string, RunResult>;
  /** Steps that ran but were not sent, past MAX_TIMELINE_STEPS (lib/sandbox/output-limit.ts). */
  stepsLeftOut?: number;
}

/** Worker → page: the multi-session request `runId` could not be served. */
export interface MultiFailureMessage extends Envelope {
  type: "multi-failure";
  error: SandboxError;
}

/** Everything a sandbox may send to the page. */
export type WorkerMessage =
  | AfterRunMessage
  | LateErrorMessage
  | ReadyMessage
  | PreloadedMessage
  | ProgressMessage
  | ResultMessage
  | ClearedMessage
  | ClockMessage
  | RowsMessage
  | FailureMessage
  | HeartbeatMessage
  | MultiStepMessage
  | MultiResultMessage
  | MultiFailureMessage;

/** A failure of the sandbox itself (not of the reader's script), as plain data. */
export interface SandboxError {
  /** What went wrong, for code: a malformed message, a version mismatch, or an internal error. */
  code: "bad-message" | "version-mismatch" | "internal";
  /** One sentence for the reader or the developer. */
  message: string;
}

/** The outcome of checking an incoming message: the typed message, or why it was refused. */
export type Parsed<T> = { ok: true; message: T } | { ok: false; error: SandboxError };

const HOST_TYPES = new Set<HostMessage["type"]>([
  "run",
  "clear-cache",
  "rows",
  "advance-clock",
  "multi-run",
  "multi-next",
  "multi-run-to-end",
]);
const WORKER_TYPES = new Set<WorkerMessage["type"]>([
  "ready",
  "preloaded",
  "progress",
  "result",
  "cleared",
  "clock",
  "rows",
  "failure",
  "heartbeat",
  "late-error",
  "after-run",
  "multi-step",
  "multi-result",
  "multi-failure",
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function refuse<T>(code: SandboxError["code"], message: string): Parsed<T> {
  return { ok: false, error: { code, message } };
}

/** Checks the envelope shared by both directions; returns the record or a refusal. */
function checkEnvelope(data: unknown, types: Set<string>): Parsed<Record<string, unknown>> {
  if (!isRecord(data)) return refuse("bad-message", "A sandbox message must be an object.");
  if (typeof data.type !== "string" || !types.has(data.type)) {
    return refuse("bad-message", `Unknown sandbox message type ${JSON.stringify(data.type)}.`);
  }
  if (data.v !== PROTOCOL_VERSION) {
    return refuse(
      "version-mismatch",
      `Sandbox protocol version ${JSON.stringify(data.v)} received, version ${PROTOCOL_VERSION} expected: reload the page.`,
    );
  }
  if (typeof data.runId !== "number" || !Number.isInteger(data.runId) || data.runId < 0) {
    return refuse("bad-message", "A sandbox message needs a whole, non-negative runId.");
  }
  return { ok: true, message: data };
}

function isJsonValue(value: unknown, depth = 0): value is JsonValue {
  if (depth > 64) return false;
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (isRecord(value)) return Object.values(value).every((item) => isJsonValue(item, depth + 1));
  return false;
}

/** Validates a message arriving in the worker. Anything malformed is refused with a reason. */
export function parseHostMessage(data: unknown): Parsed<HostMessage> {
  const envelope = checkEnvelope(data, HOST_TYPES);
  if (!envelope.ok) return envelope;
  const m = envelope.message;
  if (m.type === "run") {
    if (typeof m.source !== "string")
      return refuse("bad-message", "A run message needs the script source as a string.");
    if (!isRecord(m.widgets) || !isJsonValue(m.widgets)) {
      return refuse("bad-message", "A run message needs widget values as a plain JSON object.");
    }
  }
  if (m.type === "rows") {
    const whole = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 0;
    if (!whole(m.forRun) || !whole(m.element) || !whole(m.start) || !whole(m.end)) {
      return refuse("bad-message", "A rows message needs whole, non-negative forRun, element, start and end.");
    }
    const span = (m.end as number) - (m.start as number);
    if (span <= 0 || span > MAX_ROWS_PER_REQUEST) {
      return refuse("bad-message", `A rows message asks for 1 to ${MAX_ROWS_PER_REQUEST} rows (end after start).`);
    }
  }
  if (m.type === "advance-clock") {
    if (typeof m.byMs !== "number" || !Number.isFinite(m.byMs) || m.byMs < 0 || m.byMs > MAX_CLOCK_STEP_MS) {
      return refuse("bad-message", `An advance-clock message needs byMs between 0 and ${MAX_CLOCK_STEP_MS}.`);
    }
  }
  if (m.type === "multi-run") {
    const problem = multiRunProblem(m);
    if (problem) return refuse("bad-message", problem);
  }
  return { ok: true, message: m as unknown as HostMessage };
}

/**
 * Validates a message arriving on the page: the envelope, every element and error in it
 * (element-check.ts), and its cache events and cache state (cache-check.ts), since the worker also
 * runs strangers' scripts. A result's malformed elements are replaced by warnings; anything else
 * malformed refuses the message.
 */
export function parseWorkerMessage(data: unknown): Parsed<WorkerMessage> {
  const envelope = checkEnvelope(data, WORKER_TYPES);
  if (!envelope.ok) return envelope;
  const m = envelope.message;
  // A clock message always carries the caches; a result or cleared message may leave them out.
  if (m.type === "clock" || ((m.type === "result" || m.type === "cleared") && m.caches !== undefined)) {
    const problem = cacheStateProblem(m.caches);
    if (problem) return refuse("bad-message", `A ${m.type} message's caches are malformed: ${problem}`);
  }
  if (m.type === "result") {
    const checked = checkedResult(m.result);
    if (!checked.ok) return refuse("bad-message", checked.problem);
    const eventProblem = cacheEventsProblem(checked.result.events);
    if (eventProblem) return refuse("bad-message", eventProblem);
    return { ok: true, message: { ...(m as unknown as ResultMessage), result: checked.result } };
  }
  if (m.type === "progress") {
    const p = m.progress;
    if (!isRecord(p) || typeof p.kind !== "string")
      return refuse("bad-message", "A progress message needs a progress record with a kind.");
    if (p.kind === "element")
      return {
        ok: true,
        message: {
          ...(m as unknown as ProgressMessage),
          progress: { kind: "element", element: checkedElement(p.element) },
        },
      };
    if (p.kind === "terminal") {
      const problem = terminalLineProblem(p.line);
      if (problem) return refuse("bad-message", `A terminal progress message is malformed: ${problem}.`);
      return { ok: true, message: m as unknown as ProgressMessage };
    }
    const spinner =
      typeof p.id === "number" &&
      (p.kind === "spinner-end" ||
        (p.kind === "spinner-start" && typeof p.text === "string" && p.text.length <= MAX_LABEL + 1));
    if (!spinner)
      return refuse(
        "bad-message",
        "A progress message is an element, or a spinner with an id (and a short text when it starts).",
      );
  }
  if (
    m.type === "rows" &&
    (!Array.isArray(m.index) ||
      !Array.isArray(m.data) ||
      typeof m.start !== "number" ||
      !m.data.every((c) => Array.isArray(c) && c.every(isCell)))
  ) {
    return refuse("bad-message", "A rows message needs a start, an index and data columns of cells.");
  }
  if (m.type === "late-error" && scriptErrorProblem(m.error) !== null) {
    return refuse("bad-message", `A late-error message needs a script error: ${scriptErrorProblem(m.error)}.`);
  }
  if (m.type === "after-run" && (typeof m.pending !== "number" || !Number.isInteger(m.pending) || m.pending < 0)) {
    return refuse("bad-message", "An after-run message needs a whole, non-negative count of pending timers.");
  }
  if (
    (m.type === "failure" || m.type === "multi-failure") &&
    (!isRecord(m.error) || typeof m.error.message !== "string")
  ) {
    return refuse("bad-message", `A ${m.type} message needs an error with a message.`);
  }
  if (m.type === "multi-step") {
    const problem = stepProblem(m.step);
    if (problem) return refuse("bad-message", problem);
  }
  if (m.type === "multi-result") {
    if (!isRecord(m.results)) return refuse("bad-message", "A multi-result message needs results by session.");
    const results: Record<string, RunResult> = {};
    for (const [name, value] of Object.entries(m.results)) {
      const checked = checkedResult(value);
      const problem = checked.ok ? cacheEventsProblem(checked.result.events) : checked.problem;
      if (!checked.ok || problem) return refuse("bad-message", `Session ${name.slice(0, 8)}: ${problem}`);
      results[name] = checked.result;
    }
    return { ok: true, message: { ...(m as unknown as MultiResultMessage), results } };
  }
  return { ok: true, message: m as unknown as WorkerMessage };
}

/** Builds a page → worker message with the current version stamped on it. */
export function hostMessage<T extends HostMessage["type"]>(
  type: T,
  runId: number,
  fields: Omit<Extract<HostMessage, { type: T }>, "type" | "v" | "runId">,
): Extract<HostMessage, { type: T }> {
  return { ...fields, type, v: PROTOCOL_VERSION, runId } as Extract<HostMessage, { type: T }>;
}

/** Builds a worker → page message with the current version stamped on it. */
export function workerMessage<T extends WorkerMessage["type"]>(
  type: T,
  runId: number,
  fields: Omit<Extract<WorkerMessage, { type: T }>, "type" | "v" | "runId">,
): Extract<WorkerMessage, { type: T }> {
  return { ...fields, type, v: PROTOCOL_VERSION, runId } as Extract<WorkerMessage, { type: T }>;
}

function isSchedule(value: unknown): value is Schedule {
  if (!isRecord(value)) return false;
  if ("seed" in value) return typeof value.seed === "number" && Number.isInteger(value.seed);
  return (
    Array.isArray(value.plan) &&
    value.plan.every(
      (s) =>
        isRecord(s) &&
        typeof s.session === "string" &&
        (s.untilLine === undefined || (typeof s.untilLine === "number" && Number.isInteger(s.untilLine))),
    )
  );
}

/** What is wrong with a multi-run request, or null. */
function multiRunProblem(m: Record<string, unknown>): string | null {
  if (typeof m.source !== "string") return "A multi-run message needs the source as a string.";
  if (
    !Array.isArray(m.sessions) ||
    m.sessions.length === 0 ||
    m.sessions.length > 8 ||
    !m.sessions.every((s) => typeof s === "string" && /^[A-Z]$/.test(s))
  ) {
    return "A multi-run message needs 1 to 8 session names, each one capital letter.";
  }
  if (!isSchedule(m.schedule))
    return "A multi-run message needs a schedule: { seed } or { plan: [{ session, untilLine? }] }.";
  if (typeof m.manual !== "boolean") return "A multi-run message needs manual: true or false.";
  if (
    m.widgets !== undefined &&
    !(isRecord(m.widgets) && Object.values(m.widgets).every((w) => isRecord(w) && isJsonValue(w)))
  ) {
    return "A multi-run message's widgets must be widget values by session name.";
  }
  return null;
}

/** What is wrong with a step of a multi-session run (only what the page branches on), or null. */
function stepProblem(step: unknown): string | null {
  const texts = (list: unknown) =>
    Array.isArray(list) &&
    list.length <= MAX_STEP_ITEMS + 1 &&
    list.every((t) => typeof t === "string" && t.length <= MAX_LABEL + 1);
  if (
    !isRecord(step) ||
    typeof step.session !== "string" ||
    !texts(step.calls) ||
    !texts(step.saw) ||
    typeof step.line !== "number"
  ) {
    return "A multi-step message needs a step with its line, calls and shown texts.";
  }
  if (step.error !== undefined && scriptErrorProblem(step.error) !== null)
    return "A multi-step message's error is malformed.";
  return null;
}
