/**
 * pandas' errors for names a frame lacks, read in a reader's script: `df["Lat"]`, `df.Lat`,
 * `df[["Lat", "X"]]`, `s.foo`, `s["x"]`. danfojs returns undefined for them.
 *
 * The lookup of a missing name walks the prototype chain to its end, so a Proxy placed between
 * danfojs' NDframe prototype and Object.prototype sees exactly the names no frame or series has,
 * and costs nothing on the names that exist. It acts only on reads made by a script (checked on
 * V8's stack) and only on names that look like column access, because tools (Node's inspect, test
 * matchers, danfojs itself) probe arbitrary names such as `then` or `asymmetricMatch` on any object.
 */
import { internals } from "./frames";
import { labelOf, MissingColumnRead } from "./python-errors";

/** Property names that tools probe on any object; a missing one must read as undefined, never raise. */
const PROBED_NAMES = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "$$typeof",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
  "inspect",
  "toString",
  "valueOf",
  "length",
  "size",
  "name",
  "prototype",
  "__proto__",
  "__esModule",
  "default",
  "window",
  "document",
  "stack",
  "message",
  "cause",
  "errors",
]);

/** File names the emulation gives the scripts it runs (see lib/streamlit/script.ts). */
const SCRIPT_FRAME = /cache-lab-script-[\w-]+\.js/;

/**
 * True when the property read that reached the trap was written in a reader's script: in `stack`,
 * taken inside the trap itself, the frame right after the trap's own is in a `cache-lab-script-*.js`
 * file. The stack must be taken in the trap, not in a helper: a minifier may inline a helper, which
 * moves the script's frame (the built site once missed every read that way). Stack frames are read in
 * V8's format (Node and Chromium, where the emulation runs); elsewhere no read matches and pandas'
 * error is not raised.
 */
function readByScript(stack: string | undefined): boolean {
  const frames = (stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at "));
  return frames.length > 1 && SCRIPT_FRAME.test(frames[1]);
}

/** True for names a script may mean as a column or label, false for internals and probes. */
function looksLikeColumn(prop: string | symbol): prop is string {
  return (
    typeof prop === "string" &&
    !PROBED_NAMES.has(prop) &&
    !prop.startsWith("$") &&
    !prop.startsWith("_") &&
    !prop.startsWith("@@")
  );
}

/** The value a script's `s[label]` reads, as pandas' `s[label]` would, or undefined when the Series lacks the label. */
function seriesValue(series: object, prop: string): { value: unknown } | undefined {
  const { $index, $data } = internals(series);
  let at = $index.indexOf(prop);
  if (at < 0) at = $index.indexOf(labelOf(prop) as never);
  return at < 0 ? undefined : { value: ($data as unknown[])[at] };
}

/**
 * What a script's `df["A,B"]` means: JavaScript turns `df[["A", "B"]]` into that name. When every
 * part is a column, the frame of those columns (pandas' list read); otherwise the missing parts.
 */
function listRead(frame: object, prop: string): { frame: unknown } | { missing: (string | number)[] } | undefined {
  if (!prop.includes(",")) return undefined;
  const parts = prop.split(",");
  const columns = internals(frame).$columns;
  const missing = parts.filter((p) => !columns.includes(p));
  if (missing.length === 0)
    return { frame: (frame as { loc(o: { columns: string[] }): unknown }).loc({ columns: parts }) };
  return { missing };
}

/** Installs the trap under `ndProto` (danfojs' NDframe prototype); idempotence is the caller's. */
export function installMissingNameTrap(ndProto: object): void {
  const base = Object.getPrototypeOf(ndProto) as object;
  const trap = new Proxy(base, {
    get(target, prop, receiver) {
      if (
        !(prop in target) &&
        looksLikeColumn(prop) &&
        typeof receiver === "object" &&
        receiver !== null &&
        readByScript(new Error().stack)
      ) {
        const isSeries = (receiver as { $isSeries?: unknown }).$isSeries;
        if (isSeries === true) {
          const found = seriesValue(receiver, prop);
          if (found) return found.value;
          throw new MissingColumnRead(prop, "Series");
        }
        if (isSeries === false) {
          const list = listRead(receiver, prop);
          if (list && "frame" in list) return list.frame;
          throw new MissingColumnRead(prop, "DataFrame", list?.missing);
        }
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  Object.setPrototypeOf(ndProto, trap);
}
