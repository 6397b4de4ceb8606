/**
 * The page's check of every element a sandbox sends, before React draws it. The worker builds
 * elements from typed code, but it also runs strangers' scripts: a value of the wrong shape (an
 * object where a label belongs, a 40 MB text) must not reach the renderer, where it would throw
 * and take the page down, or freeze it. An element that fails is replaced by a warning that says
 * what was wrong with it; the rest of the output is drawn as usual.
 */
import type { Element, RunResult, TerminalLine } from "../streamlit/types";
import { MAX_LABEL, MAX_OPTIONS, MAX_TERMINAL_LINES, MAX_TERMINAL_TEXT, MAX_TEXT } from "./output-limit";

/** Room for the note limitText adds to a cut text. */
const TEXT_ROOM = MAX_TEXT + 300;
const LABEL_ROOM = MAX_LABEL + 1;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = TEXT_ROOM) => typeof value === "string" && value.length <= max;
const isNumber = (value: unknown) => typeof value === "number" && !Number.isNaN(value);
/** True for a table cell the page can draw (rows messages are checked with it too). */
export const isCell = (value: unknown) =>
  value === null || typeof value === "boolean" || typeof value === "number" || isText(value);

function isJson(value: unknown, depth = 0): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === "boolean" || isText(value)) return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJson(item, depth + 1));
  return isRecord(value) && Object.values(value).every((item) => isJson(item, depth + 1));
}

/** Why `value` is not a script error the page can show, or null if it is one. */
export function scriptErrorProblem(value: unknown): string | null {
  if (!isRecord(value) || !isText(value.type, LABEL_ROOM) || !isText(value.message))
    return "an error needs a short type and a message of at most 100,000 characters";
  if ((value.line !== undefined && !isNumber(value.line)) || (value.column !== undefined && !isNumber(value.column)))
    return "an error's line and column must be numbers";
  return null;
}

function tableProblem(table: unknown): string | null {
  if (!isRecord(table)) return "a table needs its data";
  const { columns, dtypes, index, data, shape } = table;
  if (!Array.isArray(columns) || !columns.every((c) => isText(c, LABEL_ROOM)))
    return "a table's column names must be short texts";
  if (!Array.isArray(dtypes) || !dtypes.every((d) => isText(d, LABEL_ROOM))) return "a table's dtypes must be texts";
  if (!Array.isArray(index) || !index.every((i) => isNumber(i) || isText(i, LABEL_ROOM)))
    return "a table's row labels must be numbers or short texts";
  if (!Array.isArray(data) || data.length !== columns.length) return "a table needs one data column per column name";
  if (!data.every((column) => Array.isArray(column) && column.length === index.length && column.every(isCell))) {
    return "a table's columns must hold one cell per row, each a number, a boolean, null or a text of at most 100,000 characters";
  }
  if (!Array.isArray(shape) || shape.length !== 2 || !shape.every(isNumber)) return "a table needs its shape";
  return null;
}

/** Why `value` is not an element the page can draw, or null if it is one. */
export function elementProblem(value: unknown): string | null {
  if (!isRecord(value) || typeof value.type !== "string") return "an element needs a type";
  const e = value;
  switch (e.type) {
    case "title":
    case "header":
    case "subheader":
    case "markdown":
    case "text":
    case "caption":
      if (!isText(e.body)) return "its body must be a text of at most 100,000 characters";
      if (e.unsafeAllowHtml !== undefined && !(e.type === "markdown" && e.unsafeAllowHtml === true))
        return "only markdown may allow HTML, with unsafeAllowHtml: true";
      return null;
    case "error":
    case "warning":
    case "info":
    case "success":
      if (!isText(e.body)) return "its body must be a text of at most 100,000 characters";
      if (e.limit !== undefined && !(isRecord(e.limit) && isNumber(e.limit.shown) && isNumber(e.limit.total)))
        return "its limit note is malformed";
      if (e.mutation !== undefined) {
        const m = e.mutation;
        if (
          !isRecord(m) ||
          !isText(m.functionName, LABEL_ROOM) ||
          !isNumber(m.objectId) ||
          !Array.isArray(m.changes) ||
          !m.changes.every((c) => isText(c))
        )
          return "its mutation report is malformed";
      }
      return null;
    case "code":
      return isText(e.body) && isText(e.language, LABEL_ROOM) ? null : "code needs a body and a language, as texts";
    case "json":
      return isJson(e.value) ? null : "its value must be JSON, at most 64 levels deep";
    case "dataframe":
    case "table":
      return tableProblem(e.table);
    case "metric":
      return isText(e.label, LABEL_ROOM) &&
        isText(e.value, LABEL_ROOM) &&
        (e.delta === undefined || isText(e.delta, LABEL_ROOM))
        ? null
        : "a metric needs a label, a value and an optional delta, as short texts";
    case "exception":
      return scriptErrorProblem(e.error);
    case "divider":
      return null;
    case "button":
    case "checkbox":
    case "textInput":
    case "slider":
    case "selectbox": {
      if (!isText(e.id, TEXT_ROOM) || !isText(e.label, LABEL_ROOM))
        return "a widget needs an id and a short label, as texts";
      if (e.type === "button" || e.type === "checkbox")
        return typeof e.value === "boolean" ? null : "its value must be true or false";
      if (e.type === "textInput") return isText(e.value) ? null : "its value must be a text";
      if (e.type === "slider")
        return [e.min, e.max, e.step, e.value].every(isNumber)
          ? null
          : "a slider needs min, max, step and value as numbers";
      if (
        !Array.isArray(e.options) ||
        e.options.length > MAX_OPTIONS + 1 ||
        !e.options.every((o) => isText(o, LABEL_ROOM))
      )
        return "a selectbox needs at most 1,000 options, as short texts";
      return Number.isInteger(e.index) &&
        (e.index as number) >= 0 &&
        (e.index as number) <= Math.max(0, e.options.length - 1)
        ? null
        : "its index must point at one of its options";
    }
    default:
      return `the page does not know elements of type ${JSON.stringify(String(e.type).slice(0, 40))}`;
  }
}

/** The warning drawn instead of an element the page refused. */
export function refusedElement(position: number | undefined, problem: string): Element {
  const which = position === undefined ? "an output" : `output ${position + 1}`;
  return { type: "warning", body: `Cache Lab could not show ${which} of this run: ${problem}.` };
}

/** `element` if the page can draw it, else the warning that stands in for it. */
export function checkedElement(element: unknown, position?: number): Element {
  const problem = elementProblem(element);
  return problem === null ? (element as Element) : refusedElement(position, problem);
}

/**
 * A run result the page can draw, or why not: its fields are checked, and each element that fails
 * its check is replaced by a warning (so one bad element costs only itself).
 */
export function checkedResult(value: unknown): { ok: true; result: RunResult } | { ok: false; problem: string } {
  if (!isRecord(value) || !Array.isArray(value.elements))
    return { ok: false, problem: "A result needs a list of elements." };
  if (!Array.isArray(value.events) || !isNumber(value.runNumber) || !isNumber(value.durationMs)) {
    return { ok: false, problem: "A result needs its cache events, run number and duration." };
  }
  if (value.error !== undefined) {
    const problem = scriptErrorProblem(value.error);
    if (problem) return { ok: false, problem: `A result's error is malformed: ${problem}.` };
  }
  const elements = value.elements.map((element, i) => checkedElement(element, i));
  if (value.terminal !== undefined) {
    const lines = value.terminal;
    if (!Array.isArray(lines) || lines.length > MAX_TERMINAL_LINES)
      return { ok: false, problem: `A result's terminal must be a list of at most ${MAX_TERMINAL_LINES} lines.` };
    const bad = lines.findIndex((line) => terminalLineProblem(line) !== null);
    if (bad >= 0)
      return {
        ok: false,
        problem: `A result's terminal line ${bad + 1} is malformed: ${terminalLineProblem(lines[bad])}.`,
      };
  }
  if (
    value.terminalLeftOut !== undefined &&
    !(Number.isInteger(value.terminalLeftOut) && (value.terminalLeftOut as number) > 0)
  )
    return { ok: false, problem: "A result's count of terminal lines left out must be a whole number above 0." };
  return { ok: true, result: { ...(value as unknown as RunResult), elements } };
}

const TERMINAL_LEVELS = new Set<unknown>(["log", "warn", "error"] satisfies TerminalLine["level"][]);

/** Why `value` is not a terminal line the page can show (a level and a short text), or null if it is one. */
export function terminalLineProblem(value: unknown): string | null {
  if (!isRecord(value) || !TERMINAL_LEVELS.has(value.level)) return "a terminal line needs a level: log, warn or error";
  if (!isText(value.text, MAX_TERMINAL_TEXT + 1)) return "a terminal line's text must be at most 10,000 characters";
  return null;
}
