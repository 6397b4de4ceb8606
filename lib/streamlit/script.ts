/**
 * Turning the reader's TypeScript into something runnable, and failures into Python-style errors.
 *
 * Sucrase strips types and turns `import` statements into `require` calls without moving any code
 * to another line, so a line in a stack trace of the generated function is the reader's line plus
 * a constant header offset, which is measured once in this engine (V8 in Node and Chromium alike)
 * instead of being assumed. The code runs as the body of an AsyncFunction (top-level `await`
 * works) named with `//# sourceURL`, so its frames are easy to find in `error.stack`.
 */
import { MissingColumnRead, PythonError } from "../pandas";
import { AFTER_AWAIT_FUNCTION, instrumentSteps, STEP_FUNCTION } from "./instrument";
import type { ScriptError } from "./types";

/** Sucrase's `transform`, injected so the library can load sucrase lazily. */
export type TransformFn = (
  code: string,
  options: { transforms: ("typescript" | "imports")[]; disableESTransforms?: boolean },
) => { code: string };

/** Step function of instrumented scripts (see instrument.ts); normal scripts never call it. */
export type StepFn = (line: number) => Promise<void>;
/** What instrumented scripts wrap a top-level await's operand in: settles like it, then gives way. */
export type AfterAwaitFn = (line: number, value: unknown) => Promise<unknown>;
type ScriptBody = (
  st: unknown,
  dfd: unknown,
  require: (name: string) => unknown,
  exports: object,
  step?: StepFn,
  after?: AfterAwaitFn,
  console?: unknown,
) => Promise<unknown>;
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => ScriptBody;
// `console` is a parameter, not the worker's global, so each run prints into its own terminal
// (script-console.ts); a script that declares its own `console` shadows it, as in any module.
const PARAMS = ["st", "dfd", "require", "exports", STEP_FUNCTION, AFTER_AWAIT_FUNCTION, "console"];

let measuredOffset: number | undefined;

/** How many lines the engine puts before a Function body (2 in V8), measured on first use. */
export function headerLineOffset(): number {
  if (measuredOffset !== undefined) return measuredOffset;
  let probe: Error | undefined;
  const fn = new AsyncFunction(...PARAMS, "st(new Error('probe'));\n//# sourceURL=cache-lab-probe.js");
  void fn(((e: Error) => (probe = e)) as never, undefined, () => undefined, {});
  const where = probe ? frameLocation(probe.stack, "cache-lab-probe.js") : undefined;
  measuredOffset = where ? where.line - 1 : 2;
  return measuredOffset;
}

/** Start of every compiled script's file name (its `//# sourceURL`): the reader's frames carry it. */
export const SCRIPT_FILE_PREFIX = "cache-lab-script-";

/**
 * An error that escaped every run: thrown by a timer or callback a script left behind after its
 * run ended. Streamlit would print it in the server's terminal and keep serving. Returns it the
 * Python way, with the reader's line, or null when it did not come from a reader's script (then it
 * is the sandbox's own failure). `fileName` is where the engine says it was thrown, if it says.
 */
export function lateScriptError(error: unknown, fileName?: string): ScriptError | null {
  const pattern = new RegExp(`${SCRIPT_FILE_PREFIX}[\\w-]+\\.js`);
  const stack = readStack(error);
  const script = pattern.exec(stack ?? "")?.[0] ?? pattern.exec(fileName ?? "")?.[0];
  if (!script) return null;
  return toScriptError(error, script);
}

/** Line and column of the first stack frame in `fileName`, as the engine reports them. */
export function frameLocation(
  stack: string | undefined,
  fileName: string,
): { line: number; column: number } | undefined {
  if (!stack) return undefined;
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`${escaped}:(\\d+):(\\d+)`).exec(stack);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** The reader's source and the transpiled code, by line: stack columns count in the code. */
export interface ScriptLines {
  codeLines: readonly string[];
  sourceLines: readonly string[];
}

/** A script ready to run (with its lines), or the error that stops it from compiling. */
export type Compiled =
  | { ok: true; body: ScriptBody; fileName: string; codeLines: string[]; sourceLines: string[] }
  | { ok: false; error: ScriptError };

/**
 * Transpiles and compiles `source`; `fileName` must be unique to this compilation. With `steps`,
 * step points are inserted for the scheduler (instrument.ts), on the same lines.
 */
export function compileScript(source: string, transform: TransformFn, fileName: string, steps = false): Compiled {
  let code: string;
  try {
    code = transform(source, { transforms: ["typescript", "imports"], disableESTransforms: true }).code;
    if (steps) code = instrumentSteps(code).code;
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const message = error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, "") : String(error);
    return {
      ok: false,
      error: { type: "SyntaxError", message, ...(loc ? { line: loc.line, column: loc.column } : {}) },
    };
  }
  try {
    return {
      ok: true,
      body: new AsyncFunction(...PARAMS, `${code}\n//# sourceURL=${fileName}`),
      fileName,
      codeLines: code.split("\n"),
      sourceLines: source.split("\n"),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { type: "SyntaxError", message, ...guessSyntaxErrorLine(source, message) } };
  }
}

/**
 * The engine does not say where a Function body's SyntaxError is. Sucrase catches most syntax
 * errors first; for the one it lets through most often (a duplicate `let`/`const`) find the line.
 */
function guessSyntaxErrorLine(source: string, message: string): { line?: number } {
  const duplicate = /Identifier '([^']+)' has already been declared/.exec(message);
  if (!duplicate) return {};
  const declaration = new RegExp(`\\b(?:let|const|var|function|class)\\s+${duplicate[1].replace(/\$/g, "\\$")}\\b`);
  const lines = source.split("\n");
  const hits = lines.flatMap((text, i) => (declaration.test(text) ? [i + 1] : []));
  // `st`, `dfd`, `require`, `exports` and `console` are already declared by the runner, so the first is the clash.
  const clash = PARAMS.includes(duplicate[1]) ? hits[0] : hits[1];
  return clash !== undefined ? { line: clash } : {};
}

/** 1-based line (and column) in the reader's source of the innermost script frame of `stack`. */
export function scriptLocation(
  stack: string | undefined,
  fileName: string,
): { line: number; column: number } | undefined {
  const where = frameLocation(stack, fileName);
  if (!where) return undefined;
  return { line: where.line - headerLineOffset(), column: where.column };
}

/**
 * A thrown value as Python shows it: pandas-layer errors under their Python names, danfojs'
 * "ParamError: ..." messages split into type and message, JS errors under their own names, and
 * thrown non-errors (a string, an object) as `Error` with their text. With the transpiled code
 * at hand, a missing name read as `df.Lat` or `df[["A", "X"]]` gets the error pandas raises for that form (see MissingColumnRead).
 * Columns are those of the transpiled line: exact unless types were stripped earlier on that line.
 */
export function toScriptError(error: unknown, fileName: string, lines?: ScriptLines): ScriptError {
  // A thrown value is the script's own: its getters (name, stack, message) and even its prototype
  // (a Proxy) may throw. It is still the script's error, so it is reported with what can be read.
  try {
    return locatedError(error, fileName, lines);
  } catch {
    try {
      return describe(error);
    } catch {
      return {
        type: "Error",
        message: "The script threw a value that cannot be read (its properties throw when read).",
      };
    }
  }
}

function locatedError(error: unknown, fileName: string, lines?: ScriptLines): ScriptError {
  const where = error instanceof Error ? scriptLocation(readStack(error), fileName) : undefined;
  const codeLine = where && lines ? lines.codeLines[where.line - 1] : undefined;
  const shown =
    error instanceof MissingColumnRead && codeLine !== undefined ? error.asWritten(codeLine, where!.column) : error;
  const described = describe(shown);
  if (!where) return described;
  const sourceLine = lines?.sourceLines[where.line - 1];
  const column =
    codeLine !== undefined && sourceLine !== undefined
      ? sourceColumn(codeLine, sourceLine, where.column)
      : where.column;
  return { ...described, line: where.line, column };
}

/**
 * The column in the reader's line of a position in the transpiled line. Sucrase keeps lines but
 * not columns (types are removed, line 1 gains a prologue), so the text at the position is looked
 * up in the source line: the longest prefix of it that occurs there, at the same ordinal
 * occurrence as in the code.
 */
export function sourceColumn(codeLine: string, sourceLine: string, codeColumn: number): number {
  if (codeLine === sourceLine) return codeColumn;
  const rest = codeLine.slice(codeColumn - 1);
  for (let n = Math.min(rest.length, 32); n > 0; n--) {
    const snippet = rest.slice(0, n);
    const inSource = occurrences(sourceLine, snippet);
    if (inSource.length === 0) continue;
    const ordinal = occurrences(codeLine, snippet).indexOf(codeColumn - 1);
    return (inSource[Math.min(Math.max(ordinal, 0), inSource.length - 1)] ?? 0) + 1;
  }
  return codeColumn;
}

function occurrences(text: string, snippet: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(snippet); i >= 0; i = text.indexOf(snippet, i + 1)) found.push(i);
  return found;
}

/**
 * `value instanceof ctor`, false when the check itself throws: a thrown Proxy can trap the
 * prototype lookup, and the runner must still report it as the script's error.
 */
export function isInstance(value: unknown, ctor: abstract new (...args: never[]) => unknown): boolean {
  try {
    return value instanceof ctor;
  } catch {
    return false;
  }
}

/** A thrown error's stack, or undefined when it has none or reading it throws. */
function readStack(error: unknown): string | undefined {
  try {
    if (!isInstance(error, Error)) return undefined;
    const stack = (error as Error).stack;
    return typeof stack === "string" ? stack : undefined;
  } catch {
    return undefined;
  }
}

/** A property of a thrown value as text: "" when reading it throws or gives something else. */
function readText(read: () => unknown): string {
  try {
    const value = read();
    return typeof value === "string" ? value : value === undefined ? "" : String(value);
  } catch {
    return "";
  }
}

/** Type and message of a thrown value, without location. */
function describe(error: unknown): ScriptError {
  let type = "Error";
  let message: string;
  if (error instanceof PythonError) {
    type = error.pythonType;
    message = error.pythonMessage;
  } else if (error instanceof Error) {
    type = readText(() => error.name) || "Error";
    message = readText(() => error.message);
    const prefixed = /^([A-Z]\w*Error): ([\s\S]*)$/.exec(message);
    if (type === "Error" && prefixed) {
      type = prefixed[1];
      message = prefixed[2];
    }
  } else if (typeof error === "string") {
    message = error;
  } else {
    try {
      message = JSON.stringify(error) ?? String(error);
    } catch {
      message = String(error);
    }
  }
  return { type, message };
}
