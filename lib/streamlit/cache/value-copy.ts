/**
 * st.cacheData's copies: a value is "frozen" into plain, structured-clone-able data when stored
 * (Streamlit pickles it) and "thawed" into fresh objects on every hit, so no caller ever holds the
 * cached object. Arrays of primitives and frame columns are copied with `slice()`, the fastest copy
 * JavaScript has; DataFrames are rebuilt from their columns without danfojs' constructor (see
 * `frameFromColumns`). Frozen data contains no class instances, so it can also go to IndexedDB.
 */
import { type Danfo, frameColumns, frameFromColumns, internals, isDataFrame, isSeries } from "../../pandas";
import { typeNameOf } from "./hashing";

/** Thrown while freezing a value that cannot be copied; the caller raises UnserializableReturnValueError. */
export class UncopyableValue {
  constructor(readonly typeName: string) {}
}

type Primitive = string | number | boolean | null;

/** Frozen form of a value: primitives as they are, everything else as a tagged node. */
export type Frozen =
  | Primitive
  | { t: "u" }
  | { t: "big"; v: bigint }
  | { t: "pa"; id: number; v: Primitive[] }
  | { t: "a"; id: number; v: Frozen[] }
  | { t: "o"; id: number; k: string[]; v: Frozen[] }
  | { t: "m"; id: number; k: Frozen[]; v: Frozen[] }
  | { t: "s"; id: number; v: Frozen[] }
  | { t: "d"; id: number; v: number }
  | { t: "re"; id: number; src: string; flags: string }
  | { t: "ta"; id: number; v: ArrayBufferView }
  | { t: "df"; id: number; columns: string[]; dtypes: string[]; index: Frozen[]; cols: Frozen[][]; prim: boolean[] }
  | { t: "sr"; id: number; columns: string[]; dtypes: string[]; index: Frozen[]; v: Frozen[] }
  | { t: "ref"; id: number };

function isPrimitive(v: unknown): v is Primitive {
  return v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

function allPrimitive(values: readonly unknown[]): boolean {
  for (let i = 0; i < values.length; i++) if (!isPrimitive(values[i])) return false;
  return true;
}

/** Deep-copies `value` into frozen form. Throws {@link UncopyableValue} for functions, promises, class instances, .... */
export function freezeValue(value: unknown): Frozen {
  const seen = new Map<object, number>();
  const list = (values: readonly unknown[]): Frozen[] => {
    const out = new Array<Frozen>(values.length);
    for (let i = 0; i < values.length; i++) out[i] = walk(values[i]);
    return out;
  };
  const walk = (v: unknown): Frozen => {
    if (isPrimitive(v)) return v;
    if (v === undefined) return { t: "u" };
    if (typeof v === "bigint") return { t: "big", v };
    if (typeof v !== "object") throw new UncopyableValue(typeNameOf(v));
    const back = seen.get(v);
    if (back !== undefined) return { t: "ref", id: back };
    const id = seen.size;
    seen.set(v, id);
    if (isDataFrame(v)) {
      const inner = internals(v);
      const columns = frameColumns(v);
      const prim = columns.map(allPrimitive);
      return {
        t: "df",
        id,
        columns: [...inner.$columns],
        dtypes: [...inner.$dtypes],
        index: list(inner.$index),
        prim,
        cols: columns.map((col, i) => (prim[i] ? (col.slice() as Primitive[]) : list(col))),
      };
    }
    if (isSeries(v)) {
      const inner = internals(v);
      return {
        t: "sr",
        id,
        columns: [...inner.$columns],
        dtypes: [...inner.$dtypes],
        index: list(inner.$index),
        v: list(inner.$dataIncolumnFormat),
      };
    }
    if (Array.isArray(v)) return allPrimitive(v) ? { t: "pa", id, v: v.slice() } : { t: "a", id, v: list(v) };
    if (v instanceof Date) return { t: "d", id, v: v.getTime() };
    if (v instanceof RegExp) return { t: "re", id, src: v.source, flags: v.flags };
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) return { t: "ta", id, v: structuredClone(v) };
    if (v instanceof Map) return { t: "m", id, k: list([...v.keys()]), v: list([...v.values()]) };
    if (v instanceof Set) return { t: "s", id, v: list([...v]) };
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw new UncopyableValue(typeNameOf(v));
    const keys = Object.keys(v);
    return { t: "o", id, k: keys, v: list(keys.map((k) => (v as Record<string, unknown>)[k])) };
  };
  return walk(value);
}

/** Builds fresh objects from frozen data; every call returns objects no one else holds. */
export function thawValue(frozen: Frozen, dfd: Danfo | undefined): unknown {
  const made = new Map<number, unknown>();
  const list = (values: readonly Frozen[]): unknown[] => {
    const out = new Array<unknown>(values.length);
    for (let i = 0; i < values.length; i++) out[i] = walk(values[i]);
    return out;
  };
  const walk = (f: Frozen): unknown => {
    if (isPrimitive(f)) return f;
    switch (f.t) {
      case "u":
        return undefined;
      case "big":
        return f.v;
      case "ref":
        return made.get(f.id);
      case "pa":
        return remember(f.id, f.v.slice());
      case "a": {
        const out: unknown[] = remember(f.id, []);
        for (const item of f.v) out.push(walk(item));
        return out;
      }
      case "o": {
        const out: Record<string, unknown> = remember(f.id, {});
        f.k.forEach((key, i) => (out[key] = walk(f.v[i])));
        return out;
      }
      case "m": {
        const out = remember(f.id, new Map<unknown, unknown>());
        f.k.forEach((key, i) => out.set(walk(key), walk(f.v[i])));
        return out;
      }
      case "s": {
        const out = remember(f.id, new Set<unknown>());
        f.v.forEach((item) => out.add(walk(item)));
        return out;
      }
      case "d":
        return remember(f.id, new Date(f.v));
      case "re":
        return remember(f.id, new RegExp(f.src, f.flags));
      case "ta":
        return remember(f.id, structuredClone(f.v));
      case "df": {
        if (!dfd) throw new Error("danfojs is not loaded; cannot rebuild a cached DataFrame");
        const cols = f.cols.map((col, i) => (f.prim[i] ? col.slice() : list(col)));
        return remember(
          f.id,
          frameFromColumns(dfd, cols, {
            columns: f.columns,
            dtypes: f.dtypes,
            index: list(f.index) as (string | number)[],
          }),
        );
      }
      case "sr": {
        if (!dfd) throw new Error("danfojs is not loaded; cannot rebuild a cached Series");
        return remember(
          f.id,
          new dfd.Series(list(f.v) as never[], {
            index: list(f.index) as (string | number)[],
            columns: f.columns,
            dtypes: f.dtypes,
          }),
        );
      }
    }
  };
  const remember = <T>(id: number, value: T): T => {
    made.set(id, value);
    return value;
  };
  return walk(frozen);
}

/** Approximate bytes a frozen value takes (8 per number, 2 per character, plus small overheads). */
export function frozenSize(frozen: Frozen): number {
  const cell = (v: unknown): number => (typeof v === "string" ? 2 * v.length + 8 : 8);
  const walk = (f: Frozen): number => {
    if (isPrimitive(f)) return cell(f);
    switch (f.t) {
      case "pa":
        return sampleSize(f.v, cell);
      case "a":
      case "s":
        return 16 + f.v.reduce<number>((sum, x) => sum + walk(x), 0);
      case "o":
      case "m":
        return 16 + f.v.reduce<number>((sum, x) => sum + walk(x), 16 * f.k.length);
      case "ta":
        return f.v.byteLength;
      case "df":
        return sampleSize(f.index, cell) + f.cols.reduce<number>((sum, col) => sum + sampleSize(col, cell), 0);
      case "sr":
        return sampleSize(f.index, cell) + sampleSize(f.v, cell);
      default:
        return 16;
    }
  };
  return walk(frozen);
}

/** Size of a long list estimated from up to 1000 evenly spread items. */
function sampleSize(values: readonly unknown[], cell: (v: unknown) => number): number {
  const n = values.length;
  if (n <= 1000) return values.reduce<number>((sum, v) => sum + cell(v), 0);
  let sum = 0;
  const step = n / 1000;
  for (let i = 0; i < 1000; i++) sum += cell(values[Math.floor(i * step)]);
  return Math.round((sum / 1000) * n);
}
