/**
 * The pandas compatibility layer: makes danfojs fail the way pandas fails, and gives scripts a
 * `readCSV` that works the same in a Web Worker and in Node.
 *
 * Why patch prototypes instead of wrapping frames: danfojs creates new frames inside its own
 * methods (`head`, `copy`, `drop` without `inplace`, ...) with its private constructor, so a
 * wrapper around the frames a script creates would not cover the frames danfojs returns. The
 * patches are few, keep danfojs' behaviour for every valid call, only change which error an
 * invalid call raises, and are installed once per danfojs module (guarded by a symbol).
 * `readCSV` is different: it needs the injected fetch, so it is replaced in a wrapper module
 * object instead of on the shared danfojs module.
 */
import Papa from "papaparse";
import { KeyError, MissingColumnRead, PythonError } from "./python-errors";
import { type Danfo, type DataFrame, frameFromColumns, internals } from "./frames";

const installed = Symbol.for("cache-lab.pandas-compat");

/** Property names that tools probe on any object; a missing one must read as undefined, never raise. */
const PROBED_NAMES = new Set([
  "then", "toJSON", "constructor", "asymmetricMatch", "nodeType", "tagName", "$$typeof", "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@", "_isMockFunction", "inspect", "toString", "valueOf", "length", "size", "name",
  "prototype", "__proto__", "__esModule", "default", "window", "document", "stack", "message", "cause", "errors",
]);

/** The labels of `wanted` that `available` lacks, in the order given. */
function missingLabels(wanted: unknown, available: readonly unknown[]): unknown[] {
  const list = Array.isArray(wanted) ? wanted : [wanted];
  return list.filter((label) => !available.includes(label as never));
}

/**
 * Installs the pandas error behaviour on a danfojs module (idempotent):
 * - `df.drop({ columns })` / `df.drop({ index })` with absent labels raises pandas'
 *   `KeyError: "['Lat'] not found in axis"` (danfojs raises a ParamError, or silently ignores a
 *   missing column given as a string);
 * - reading a missing column (`df["Lat"]` or `df.Lat` in a script, `df.column("Lat")` anywhere) raises
 *   `KeyError: 'Lat'` (danfojs returns undefined or raises a ParamError); the runner shows the dot
 *   form as pandas' `AttributeError` (see MissingColumnRead).
 */
export function installPandasCompat(dfd: Danfo): void {
  const frameProto = dfd.DataFrame.prototype as unknown as Record<PropertyKey, unknown>;
  if (frameProto[installed]) return;
  Object.defineProperty(frameProto, installed, { value: true });

  const originalDrop = frameProto.drop as (this: DataFrame, options: unknown) => unknown;
  frameProto.drop = function drop(this: DataFrame, options?: { columns?: unknown; index?: unknown }) {
    if (options && options.columns !== undefined && options.index === undefined) {
      const missing = missingLabels(options.columns, internals(this).$columns);
      if (missing.length > 0) throw new KeyError(`${pyList(missing)} not found in axis`);
    }
    if (options && options.index !== undefined && options.columns === undefined) {
      const missing = missingLabels(options.index, internals(this).$index);
      if (missing.length > 0) throw new KeyError(`${pyList(missing)} not found in axis`);
    }
    return originalDrop.call(this, options);
  };

  const originalGetColumn = frameProto.$getColumnData as (this: DataFrame, column: string, asSeries?: boolean) => unknown;
  frameProto.$getColumnData = function $getColumnData(this: DataFrame, column: string, asSeries?: boolean) {
    if (!internals(this).$columns.includes(column)) throw new KeyError(column);
    return originalGetColumn.call(this, column, asSeries);
  };

  installMissingColumnTrap(dfd);
}

/** File names the emulation gives the scripts it runs (see lib/streamlit/script.ts). */
const SCRIPT_FRAME = /cache-lab-script-[\w-]+\.js/;

/**
 * True when the property read that reached the trap was written in a reader's script: the frame
 * right after the trap's own is in a `cache-lab-script-*.js` file. Tools (Node's inspect, test
 * matchers, danfojs itself) probe arbitrary names such as `href` or `asymmetricMatch` on any
 * object; those reads must keep returning undefined. Stack frames are read in V8's format (Node
 * and Chromium, where the emulation runs); elsewhere no read matches and pandas' error is not raised.
 */
function readByScript(): boolean {
  const frames = (new Error().stack ?? "").split("\n").filter((line) => line.trimStart().startsWith("at "));
  return frames.length > 2 && SCRIPT_FRAME.test(frames[2]);
}

/**
 * `df["Lat"]` on a frame without Lat: the lookup walks the prototype chain to its end, so a Proxy
 * placed between danfojs' NDframe prototype and Object.prototype sees exactly the names no frame
 * has. It raises KeyError only for DataFrames, only for reads made by a script, and only for
 * names that look like column access (not `$internal`, `_private`, symbols, `then`, ...).
 */
function installMissingColumnTrap(dfd: Danfo): void {
  const ndProto = Object.getPrototypeOf(dfd.DataFrame.prototype) as object;
  const base = Object.getPrototypeOf(ndProto) as object;
  const trap = new Proxy(base, {
    get(target, prop, receiver) {
      if (
        typeof prop === "string" &&
        !(prop in target) &&
        !PROBED_NAMES.has(prop) &&
        !prop.startsWith("$") &&
        !prop.startsWith("_") &&
        !prop.startsWith("@@") &&
        typeof receiver === "object" &&
        receiver !== null &&
        (receiver as { $isSeries?: unknown }).$isSeries === false &&
        readByScript()
      ) {
        throw new MissingColumnRead(prop);
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  Object.setPrototypeOf(ndProto, trap);
}

function pyList(labels: unknown[]): string {
  return new KeyError(labels).pythonMessage;
}

/** The `fetch` the layer reads files through. */
export type FetchLike = (url: string) => Promise<Response>;

/** Python's `FileNotFoundError`, raised by `readCSV` for a path that does not exist. */
export class FileNotFoundError extends PythonError {
  constructor(path: string) {
    super("FileNotFoundError", `[Errno 2] No such file or directory: ${new KeyError(path).pythonMessage}`);
  }
}

/**
 * Parses CSV text into a DataFrame: papaparse with dynamic typing (numbers become numbers, as
 * pandas infers them), the first row as column names, columns built directly (no row objects).
 */
export function csvTextToFrame(dfd: Danfo, text: string): DataFrame {
  const parsed = Papa.parse<unknown[]>(text, { dynamicTyping: true, skipEmptyLines: true });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((name) => String(name));
  const n = Math.max(0, rows.length - 1);
  const columns: unknown[][] = header.map(() => new Array(n));
  for (let r = 0; r < n; r++) {
    const row = rows[r + 1];
    for (let c = 0; c < columns.length; c++) {
      const cell = row[c];
      columns[c][r] = cell === null || cell === undefined || cell === "" ? NaN : cell;
    }
  }
  return frameFromColumns(dfd, columns, { columns: header });
}

/**
 * The `dfd` object scripts see: danfojs itself (patched by {@link installPandasCompat}) with
 * `readCSV(url)` reading through the injected fetch, so the same script works in Node and in the
 * browser. A 404 raises `FileNotFoundError`, as `pd.read_csv` of a missing path does.
 */
export function createPandasModule(dfd: Danfo, fetchFn: FetchLike): Danfo {
  installPandasCompat(dfd);
  const readCSV = async (url: unknown): Promise<DataFrame> => {
    if (typeof url !== "string") {
      throw new TypeError("readCSV expects a URL or site path such as \"/data/uber-raw-data-sep14-10k.csv\"");
    }
    const response = await fetchFn(url);
    if (!response.ok) throw new FileNotFoundError(url);
    return csvTextToFrame(dfd, await response.text());
  };
  const wrapped: Record<string, unknown> = { ...(dfd as unknown as Record<string, unknown>), readCSV };
  Object.defineProperty(wrapped, "__esModule", { value: true });
  return wrapped as unknown as Danfo;
}
