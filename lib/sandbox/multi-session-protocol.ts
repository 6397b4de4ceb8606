/**
 * Messages of the multi-session playground, beside the single-session ones of protocol.ts and
 * with the same envelope (`type`, `v`, `runId`) and version. They travel over the same worker:
 * worker.ts hands every `multi-*` message to the multi-session host, the rest to the usual host.
 * Kept in their own module so the two message sets can change without touching each other.
 */
import type { RunResult, Schedule, StepRecord, WidgetStates } from "../streamlit/types";
import { cacheEventsProblem } from "./cache-check";
import { checkedResult, scriptErrorProblem } from "./element-check";
import { MAX_LABEL, MAX_STEP_ITEMS } from "./output-limit";
import { PROTOCOL_VERSION, type Parsed, type SandboxError } from "./protocol";

interface Envelope {
  v: number;
  runId: number;
}

/** Page → worker: run some sessions' scripts at once, interleaved under `schedule`. */
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

/** Everything the multi-session page may send. */
export type MultiHostMessage = MultiRunMessage | MultiNextMessage | MultiRunToEndMessage;

/** Worker → page: one step of the run `runId` ended. */
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

/** Everything the worker sends the multi-session page (besides ready/preloaded/heartbeat). */
export type MultiWorkerMessage = MultiStepMessage | MultiResultMessage | MultiFailureMessage;

const HOST_TYPES = new Set(["multi-run", "multi-next", "multi-run-to-end"]);
const WORKER_TYPES = new Set(["multi-step", "multi-result", "multi-failure"]);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const refuse = <T>(message: string): Parsed<T> => ({ ok: false, error: { code: "bad-message", message } });

/** True for a message meant for the multi-session host (the worker routes on it). */
export function isMultiHostMessage(data: unknown): boolean {
  return isRecord(data) && typeof data.type === "string" && HOST_TYPES.has(data.type);
}

function envelope(data: unknown, types: Set<string>): Parsed<Record<string, unknown>> {
  if (!isRecord(data) || typeof data.type !== "string" || !types.has(data.type)) return refuse("Unknown multi-session message.");
  if (data.v !== PROTOCOL_VERSION) return { ok: false, error: { code: "version-mismatch", message: `Sandbox protocol version ${JSON.stringify(data.v)} received, version ${PROTOCOL_VERSION} expected: reload the page.` } };
  if (typeof data.runId !== "number" || !Number.isInteger(data.runId) || data.runId < 0) return refuse("A sandbox message needs a whole, non-negative runId.");
  return { ok: true, message: data };
}

function isSchedule(value: unknown): value is Schedule {
  if (!isRecord(value)) return false;
  if ("seed" in value) return typeof value.seed === "number" && Number.isInteger(value.seed);
  return Array.isArray(value.plan) && value.plan.every((s) => isRecord(s) && typeof s.session === "string" && (s.untilLine === undefined || (typeof s.untilLine === "number" && Number.isInteger(s.untilLine))));
}

/** Validates a multi-session message arriving in the worker. */
export function parseMultiHostMessage(data: unknown): Parsed<MultiHostMessage> {
  const checked = envelope(data, HOST_TYPES);
  if (!checked.ok) return checked;
  const m = checked.message;
  if (m.type === "multi-run") {
    if (typeof m.source !== "string") return refuse("A multi-run message needs the source as a string.");
    if (!Array.isArray(m.sessions) || m.sessions.length === 0 || m.sessions.length > 8 || !m.sessions.every((s) => typeof s === "string" && /^[A-Z]$/.test(s))) {
      return refuse("A multi-run message needs 1 to 8 session names, each one capital letter.");
    }
    if (!isSchedule(m.schedule)) return refuse("A multi-run message needs a schedule: { seed } or { plan: [{ session, untilLine? }] }.");
    if (typeof m.manual !== "boolean") return refuse("A multi-run message needs manual: true or false.");
    if (m.widgets !== undefined && !(isRecord(m.widgets) && Object.values(m.widgets).every(isRecord))) return refuse("A multi-run message's widgets must be widget values by session name.");
  }
  return { ok: true, message: m as unknown as MultiHostMessage };
}

/** Validates a multi-session message arriving on the page (only what the page branches on). */
export function parseMultiWorkerMessage(data: unknown): Parsed<MultiWorkerMessage> {
  const checked = envelope(data, WORKER_TYPES);
  if (!checked.ok) return checked;
  const m = checked.message;
  if (m.type === "multi-step") {
    const step = m.step;
    const texts = (list: unknown) => Array.isArray(list) && list.length <= MAX_STEP_ITEMS + 1 && list.every((t) => typeof t === "string" && t.length <= MAX_LABEL + 1);
    if (!isRecord(step) || typeof step.session !== "string" || !texts(step.calls) || !texts(step.saw) || typeof step.line !== "number") return refuse("A multi-step message needs a step with its line, calls and shown texts.");
    if (step.error !== undefined && scriptErrorProblem(step.error) !== null) return refuse("A multi-step message's error is malformed.");
  }
  if (m.type === "multi-result") {
    if (!isRecord(m.results)) return refuse("A multi-result message needs results by session.");
    const results: Record<string, RunResult> = {};
    for (const [name, value] of Object.entries(m.results)) {
      const checked = checkedResult(value);
      const problem = checked.ok ? cacheEventsProblem(checked.result.events) : checked.problem;
      if (!checked.ok || problem) return refuse(`Session ${name.slice(0, 8)}: ${problem}`);
      results[name] = checked.result;
    }
    return { ok: true, message: { ...(m as unknown as MultiResultMessage), results } };
  }
  return { ok: true, message: m as unknown as MultiWorkerMessage };
}

/** Builds a multi-session message with the current version stamped on it. */
export function multiMessage<T extends (MultiHostMessage | MultiWorkerMessage)["type"]>(
  type: T,
  runId: number,
  fields: Omit<Extract<MultiHostMessage | MultiWorkerMessage, { type: T }>, "type" | "v" | "runId">,
): Extract<MultiHostMessage | MultiWorkerMessage, { type: T }> {
  return { ...fields, type, v: PROTOCOL_VERSION, runId } as Extract<MultiHostMessage | MultiWorkerMessage, { type: T }>;
}
