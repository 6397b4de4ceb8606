/**
 * The `console` a script sees. In Streamlit, `print()` and logging go to the terminal the server
 * runs in, not to the page; the playground shows that terminal under the output. Each run gets its
 * own console (passed to the script like `st`, never patched onto the global), so sessions running
 * at once in one thread never mix their lines, and a cached function's body prints into the run
 * that computes it.
 */
import { isDataFrame, isSeries } from "../pandas";
import type { TerminalLine } from "./types";

/** Items of one array, Map or Set, and keys of one object, printed before "... N more items". */
const MAX_ITEMS = 100;
/** Nesting Node prints before writing `[Object]` / `[Array]` (util.inspect's default depth, 2). */
const MAX_DEPTH = 2;
/** Longest line formatted, in characters; what a script prints past that is cut here already. */
const MAX_LINE = 20_000;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

function quote(text: string): string {
  return `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n")}'`;
}

function shapeNote(value: unknown): string | null {
  if (isDataFrame(value)) {
    const [rows, columns] = value.shape;
    return `DataFrame [${rows} rows x ${columns} columns]`;
  }
  if (isSeries(value)) return `Series [${value.shape[0]} rows]`;
  return null;
}

/** `value` as Node's `util.inspect` shows it, for the usual cases (inside an object or array). */
function inspect(value: unknown, depth: number, seen: Set<object>): string {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "boolean":
    case "undefined":
      return String(value);
    case "symbol":
      return value.toString();
    case "function": {
      const source = Function.prototype.toString.call(value);
      if (source.startsWith("class")) return value.name ? `[class ${value.name}]` : "[class (anonymous)]";
      return value.name ? `[Function: ${value.name}]` : "[Function (anonymous)]";
    }
  }
  if (value === null) return "null";
  const object = value as object;
  const shape = shapeNote(object);
  if (shape) return shape;
  if (object instanceof Error) return `${object.name}: ${object.message}`;
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? "Invalid Date" : object.toISOString();
  if (object instanceof RegExp) return String(object);
  if (seen.has(object)) return "[Circular]";
  const isArray = Array.isArray(object);
  if (depth > MAX_DEPTH) {
    if (isArray) return "[Array]";
    if (object instanceof Map) return "[Map]";
    if (object instanceof Set) return "[Set]";
    return "[Object]";
  }
  seen.add(object);
  try {
    const inner = (v: unknown) => inspect(v, depth + 1, seen);
    let items: string[];
    let total: number;
    let open: string;
    let close: string;
    if (isArray) {
      total = object.length;
      items = object.slice(0, MAX_ITEMS).map(inner);
      [open, close] = ["[", "]"];
    } else if (object instanceof Map) {
      total = object.size;
      items = [...object].slice(0, MAX_ITEMS).map(([k, v]) => `${inner(k)} => ${inner(v)}`);
      [open, close] = [`Map(${total}) {`, "}"];
    } else if (object instanceof Set) {
      total = object.size;
      items = [...object].slice(0, MAX_ITEMS).map(inner);
      [open, close] = [`Set(${total}) {`, "}"];
    } else {
      const keys = Object.keys(object);
      total = keys.length;
      items = keys
        .slice(0, MAX_ITEMS)
        .map((k) => `${IDENTIFIER.test(k) ? k : quote(k)}: ${inner((object as Record<string, unknown>)[k])}`);
      const name = Object.getPrototypeOf(object)?.constructor?.name;
      [open, close] = [name && name !== "Object" ? `${name} {` : "{", "}"];
    }
    if (total > MAX_ITEMS) items.push(`... ${total - MAX_ITEMS} more item${total - MAX_ITEMS === 1 ? "" : "s"}`);
    if (items.length === 0) return isArray ? "[]" : open === "{" ? "{}" : `${open}}`;
    return `${open} ${items.join(", ")} ${close}`;
  } finally {
    seen.delete(object);
  }
}

/**
 * The arguments of one `console.log` call as Node prints them: strings raw, everything else as
 * `util.inspect` shows it (objects and arrays on one line, DataFrames as a note of their shape),
 * joined by spaces. A first string's `%s`, `%d`, `%i`, `%f`, `%o`, `%O`, `%j` and `%%` take the
 * arguments after it, as in Node.
 */
export function formatConsoleArgs(args: readonly unknown[]): string {
  const rest = [...args];
  const parts: string[] = [];
  if (typeof rest[0] === "string" && rest.length > 1) {
    const format = rest.shift() as string;
    parts.push(
      format.replace(/%([sdifoOj%])/g, (match, code: string) => {
        if (code === "%") return "%";
        if (rest.length === 0) return match;
        const arg = rest.shift();
        if (code === "s") return typeof arg === "string" ? arg : inspect(arg, 1, new Set());
        if (code === "d" || code === "i") {
          if (typeof arg === "bigint") return `${arg}n`;
          const n = Number(arg);
          return String(code === "i" ? Math.trunc(n) : n);
        }
        if (code === "f") return String(parseFloat(String(arg)));
        if (code === "j") {
          try {
            return JSON.stringify(arg) ?? "undefined";
          } catch {
            return "[Circular]";
          }
        }
        return inspect(arg, 0, new Set());
      }),
    );
  }
  for (const arg of rest) parts.push(typeof arg === "string" ? arg : inspect(arg, 0, new Set()));
  const line = parts.join(" ");
  return line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
}

/** The console methods a script's console prints through; the rest do nothing. */
export type ScriptConsole = Pick<Console, "log" | "info" | "debug" | "warn" | "error" | "trace" | "dir" | "table">;

/**
 * A console for one run: each call becomes a {@link TerminalLine} handed to `print`. Methods
 * Streamlit's terminal has no use for (timers, groups, counters) exist and do nothing, so a script
 * that calls them still runs.
 */
export function createScriptConsole(print: (line: TerminalLine) => void): ScriptConsole & Record<string, unknown> {
  const to =
    (level: TerminalLine["level"]) =>
    (...args: unknown[]) =>
      print({ level, text: formatConsoleArgs(args) });
  const quiet = () => {};
  return {
    log: to("log"),
    info: to("log"),
    debug: to("log"),
    dir: (value: unknown) =>
      print({ level: "log", text: typeof value === "string" ? quote(value) : formatConsoleArgs([value]) }),
    table: to("log"),
    warn: to("warn"),
    error: to("error"),
    trace: (...args: unknown[]) => print({ level: "error", text: `Trace: ${formatConsoleArgs(args)}` }),
    assert: (condition: unknown, ...args: unknown[]) => {
      if (!condition)
        print({ level: "error", text: `Assertion failed${args.length ? `: ${formatConsoleArgs(args)}` : ""}` });
    },
    group: quiet,
    groupCollapsed: quiet,
    groupEnd: quiet,
    time: quiet,
    timeEnd: quiet,
    timeLog: quiet,
    count: quiet,
    countReset: quiet,
    clear: quiet,
  };
}
