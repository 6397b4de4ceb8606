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
import { installMissingNameTrap } from "./column-trap";
import { type Danfo, type DataFrame, frameFromColumns, internals } from "./frames";
import { installLabelChecks } from "./label-checks";
import { KeyError, PythonError } from "./python-errors";

const installed = Symbol.for("cache-lab.pandas-compat");

type Proto = Record<PropertyKey, unknown>;

/**
 * The prototype in `proto`'s chain that defines `method` itself. danfojs exports thin subclasses
 * (`class DataFrame extends BaseDataFrame {}`), while its own methods (`copy`, `head`, `drop`,
 * `loc`, ...) build instances of the base class; patching the base reaches every frame a script
 * can hold, whoever made it.
 */
function definingPrototype(proto: object, method: string): Proto {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.prototype.hasOwnProperty.call(p, method)) return p as Proto;
  }
  throw new Error(`danfojs has no ${method} method: the pandas layer does not know this danfojs version`);
}

/**
 * Installs the pandas error behaviour on a danfojs module (idempotent), on the prototypes every
 * DataFrame and Series shares, so frames from `copy()`, `head()`, `loc`, `query`, `groupby`,
 * `new dfd.DataFrame`, the cache... all behave alike:
 * - `drop`, `loc`, `iloc`, `rename(..., { errors: "raise" })`, `sortValues`, `groupby` and a
 *   groupby's `col` with absent labels raise pandas' errors (see label-checks.ts);
 *   `drop({ ..., errors: "ignore" })` drops the labels that exist;
 * - reading a missing name in a script (`df["Lat"]`, `df.Lat`, `df[["Lat", "X"]]`, `s.foo`) raises
 *   pandas' KeyError or AttributeError, and `s[label]` reads a Series value (see column-trap.ts);
 * - `df.column("Lat")` of a missing column raises `KeyError: 'Lat'` anywhere.
 */
export function installPandasCompat(dfd: Danfo): void {
  const frameProto = definingPrototype(dfd.DataFrame.prototype, "drop");
  if (frameProto[installed]) return;
  Object.defineProperty(frameProto, installed, { value: true });
  const seriesProto = definingPrototype(dfd.Series.prototype, "iloc");

  // A groupby object's class is not exported; one tiny groupby at install time reaches its prototype.
  const sample = new dfd.DataFrame({ key: [1] }).groupby(["key"]) as object | undefined;
  installLabelChecks(frameProto, seriesProto, sample ? (Object.getPrototypeOf(sample) as Proto) : undefined);

  const originalGetColumn = frameProto.$getColumnData as (
    this: DataFrame,
    column: string,
    asSeries?: boolean,
  ) => unknown;
  frameProto.$getColumnData = function $getColumnData(this: DataFrame, column: string, asSeries?: boolean) {
    if (!internals(this).$columns.includes(column)) throw new KeyError(column);
    return originalGetColumn.call(this, column, asSeries);
  };

  installMissingNameTrap(Object.getPrototypeOf(frameProto) as object);
}

/** The `fetch` the layer reads files through. */
export type FetchLike = (url: string) => Promise<Response>;

/** Python's `FileNotFoundError`, raised by `readCSV` for a path that does not exist. */
export class FileNotFoundError extends PythonError {
  override name = "FileNotFoundError";

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
      throw new TypeError('readCSV expects a URL or site path such as "/data/uber-raw-data-sep14-10k.csv"');
    }
    const response = await fetchFn(url);
    if (!response.ok) throw new FileNotFoundError(url);
    return csvTextToFrame(dfd, await response.text());
  };
  const wrapped: Record<string, unknown> = { ...(dfd as unknown as Record<string, unknown>), readCSV };
  Object.defineProperty(wrapped, "__esModule", { value: true });
  return wrapped as unknown as Danfo;
}
