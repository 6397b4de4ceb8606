/**
 * Low-level access to danfojs frames: recognising them, reading their column-major data without
 * forcing danfojs' row-major copy, and building frames from column arrays quickly.
 *
 * danfojs keeps every DataFrame twice, row-major (`$data`) and column-major (`$dataIncolumnFormat`),
 * and its constructor validates and transposes everything. For a 1M-row frame that costs about a
 * second, which would make every cacheData hit slow. {@link frameFromColumns} instead fills a small
 * frame's fields directly and builds the row-major copy only when danfojs first asks for it.
 */

/** The danfojs module, as `import("danfojs")` gives it. */
export type Danfo = typeof import("danfojs");
/** A danfojs DataFrame instance. */
export type DataFrame = InstanceType<Danfo["DataFrame"]>;
/** A danfojs Series instance. */
export type Series = InstanceType<Danfo["Series"]>;

/** The fields danfojs keeps on every NDframe; not part of its public types. */
export interface FrameInternals {
  $data: unknown[];
  $dataIncolumnFormat: unknown[];
  $index: (string | number)[];
  $columns: string[];
  $dtypes: string[];
  $isSeries: boolean;
  $setInternalColumnDataProperty(column?: string): void;
}

/** Views a frame or series as its internal fields. */
export function internals(frame: object): FrameInternals {
  return frame as unknown as FrameInternals;
}

/** True when `value` is a danfojs DataFrame or Series (checked structurally, so any copy of danfojs counts). */
export function isNdFrame(value: unknown): value is DataFrame | Series {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Partial<FrameInternals>;
  return typeof v.$isSeries === "boolean" && Array.isArray(v.$columns) && Array.isArray(v.$index);
}

/** True when `value` is a danfojs DataFrame. */
export function isDataFrame(value: unknown): value is DataFrame {
  return isNdFrame(value) && internals(value).$isSeries === false;
}

/** True when `value` is a danfojs Series. */
export function isSeries(value: unknown): value is Series {
  return isNdFrame(value) && internals(value).$isSeries === true;
}

/** Column arrays of a DataFrame (the same arrays danfojs holds: do not mutate them). */
export function frameColumns(frame: DataFrame): unknown[][] {
  return internals(frame).$dataIncolumnFormat as unknown[][];
}

/** Number of rows, read from the index so danfojs' row-major copy is never built for it. */
export function rowCount(frame: DataFrame | Series): number {
  return internals(frame).$index.length;
}

/** Turns column arrays into row arrays (danfojs' `$data` layout). */
export function transpose(columns: unknown[][], rows: number): unknown[][] {
  const out: unknown[][] = new Array(rows);
  const width = columns.length;
  for (let r = 0; r < rows; r++) {
    const row = new Array(width);
    for (let c = 0; c < width; c++) row[c] = columns[c][r];
    out[r] = row;
  }
  return out;
}

/** What {@link frameFromColumns} needs beside the data. */
export interface FrameParts {
  columns: string[];
  dtypes?: string[];
  index?: (string | number)[];
}

/**
 * Builds a DataFrame that owns `data` (column arrays, taken as they are, not copied).
 * dtypes are inferred with danfojs' own rules when not given. The row-major copy danfojs keeps
 * is built lazily on first access, so frames handed out by cache hits cost a column copy only.
 */
export function frameFromColumns(dfd: Danfo, data: unknown[][], parts: FrameParts): DataFrame {
  const rows = data.length > 0 ? data[0].length : (parts.index?.length ?? 0);
  const frame = new dfd.DataFrame([], { columns: [] });
  const inner = internals(frame);
  const utils = new dfd.Utils();
  inner.$columns = [...parts.columns];
  inner.$dtypes = parts.dtypes ? [...parts.dtypes] : data.map((col) => utils.inferDtype(col as never)[0] as string);
  inner.$index = parts.index ? [...parts.index] : rangeIndex(rows);
  inner.$dataIncolumnFormat = data;
  let rowMajor: unknown[] | undefined;
  Object.defineProperty(frame, "$data", {
    get(this: FrameInternals) {
      if (rowMajor === undefined) rowMajor = transpose(this.$dataIncolumnFormat as unknown[][], this.$index.length);
      return rowMajor;
    },
    set(value: unknown[]) {
      rowMajor = value;
    },
    enumerable: true,
    configurable: true,
  });
  inner.$setInternalColumnDataProperty();
  return frame;
}

/** `[0, 1, ..., n - 1]`, the default index. */
export function rangeIndex(n: number): number[] {
  const index = new Array<number>(n);
  for (let i = 0; i < n; i++) index[i] = i;
  return index;
}
