/**
 * The mutation check (beyond Streamlit, after its old `st.cache` warning): a cheap fingerprint of a
 * cacheResource value taken when it is handed to a run, compared after the run.
 *
 * DataFrames and Series are fingerprinted by structure (columns, dtypes, row count) and, up to
 * {@link CELL_BUDGET} cells, by a hash of each column's values, so a cell changed in place is
 * noticed and its column named; a bigger frame costs O(columns) and only structural changes show.
 * Arrays and objects are walked to at most {@link PRIMITIVE_BUDGET} primitive values, so a changed
 * item in a small list is named (`[0]: 1 → 2`) while a huge array costs a bounded amount.
 */
import { internals, isDataFrame, isSeries } from "../../pandas";

/** How many primitive values an array/object fingerprint records at most. */
export const PRIMITIVE_BUDGET = 2000;

/**
 * Frames and Series of at most this many cells also have their values hashed, twice per cached
 * value and run: about 1.5 ms in all for the 40,000 cells of the Uber frame in Node, under
 * 2× hashing it once as a cacheData argument (see `npm run bench:lib`).
 */
export const CELL_BUDGET = 250_000;

/** Opaque fingerprint of a value. */
export type Fingerprint =
  | { kind: "frame"; columns: string[]; dtypes: string[]; rows: number; values: string[] | null }
  | { kind: "series"; rows: number; dtype: string; values: string | null }
  | { kind: "tree"; entries: Map<string, string>; complete: boolean }
  | { kind: "none" };

function show(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v);
  if (typeof v === "bigint") return `${v}n`;
  return String(v);
}

function treeEntries(value: object): { entries: Map<string, string>; complete: boolean } {
  const entries = new Map<string, string>();
  const seen = new Set<object>();
  let budget = PRIMITIVE_BUDGET;
  const walk = (v: unknown, path: string): void => {
    if (budget <= 0) return;
    if (typeof v !== "object" || v === null) {
      if (typeof v !== "function") {
        entries.set(path, show(v));
        budget--;
      }
      return;
    }
    if (seen.has(v)) return;
    seen.add(v);
    if (isDataFrame(v) || isSeries(v)) {
      entries.set(path, `${isDataFrame(v) ? "DataFrame" : "Series"} shape ${shapeText(v)}`);
      budget--;
      return;
    }
    if (Array.isArray(v)) {
      entries.set(`${path}.length`, String(v.length));
      for (let i = 0; i < v.length && budget > 0; i++) walk(v[i], `${path}[${i}]`);
    } else if (v instanceof Map) {
      entries.set(`${path}.size`, String(v.size));
      for (const [k, item] of v) walk(item, `${path}.get(${show(k)})`);
    } else if (v instanceof Set) {
      entries.set(`${path}.size`, String(v.size));
    } else if (v instanceof Date) {
      entries.set(path, v.toISOString());
    } else {
      const keys = Object.keys(v);
      entries.set(`${path}{keys}`, keys.join(","));
      for (const k of keys) walk((v as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
    }
  };
  walk(value, "");
  return { entries, complete: budget > 0 };
}

function shapeText(frame: object): string {
  const inner = internals(frame);
  return inner.$isSeries ? `(${inner.$index.length},)` : `(${inner.$index.length}, ${inner.$columns.length})`;
}

// A number's eight bytes, read as two 32-bit words: hashing them costs no text conversion.
const NUMBER = new Float64Array(1);
const NUMBER_WORDS = new Uint32Array(NUMBER.buffer);

/**
 * A 32-bit FNV-1a-style hash of a column's values, with their types: 1 and "1" differ, and so do
 * NaN, null and undefined. Numbers are hashed by their bits, strings by their characters; this is
 * the cost of noticing a cell changed in place, paid twice per cached value and run.
 */
export function hashValues(values: readonly unknown[]): string {
  let hash = 0x811c9dc5;
  const mix = (word: number) => (hash = Math.imul(hash ^ word, 0x01000193));
  for (const v of values) {
    if (typeof v === "number") {
      NUMBER[0] = v;
      mix(1);
      mix(NUMBER_WORDS[0]!);
      mix(NUMBER_WORDS[1]!);
    } else if (typeof v === "string") {
      mix(2);
      for (let i = 0; i < v.length; i++) mix(v.charCodeAt(i));
      mix(0xffff); // separates ["ab"] from ["a", "b"]
    } else if (v instanceof Date) {
      NUMBER[0] = v.getTime();
      mix(3);
      mix(NUMBER_WORDS[0]!);
      mix(NUMBER_WORDS[1]!);
    } else {
      const text = `${typeof v}:${String(v)}`;
      mix(4);
      for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
      mix(0xffff);
    }
  }
  return (hash >>> 0).toString(16);
}

/** Fingerprints `value` (primitives, which cannot change, give `none`). */
export function fingerprint(value: unknown): Fingerprint {
  if (typeof value !== "object" || value === null) return { kind: "none" };
  if (isDataFrame(value)) {
    const inner = internals(value);
    const rows = inner.$index.length;
    const columns = inner.$dataIncolumnFormat as unknown[][];
    const values = rows * inner.$columns.length <= CELL_BUDGET ? columns.map(hashValues) : null;
    return { kind: "frame", columns: [...inner.$columns], dtypes: [...inner.$dtypes], rows, values };
  }
  if (isSeries(value)) {
    const inner = internals(value);
    const rows = inner.$index.length;
    const values = rows <= CELL_BUDGET ? hashValues(inner.$data as unknown[]) : null;
    return { kind: "series", rows, dtype: inner.$dtypes[0] ?? "", values };
  }
  return { kind: "tree", ...treeEntries(value) };
}

const MAX_LISTED = 5;

/** Human-readable differences between a fingerprint taken earlier and the value now; empty when unchanged. */
export function describeChanges(before: Fingerprint, value: unknown): string[] {
  const after = fingerprint(value);
  if (before.kind === "frame" && after.kind === "frame") {
    const changes: string[] = [];
    const removed = before.columns.filter((c) => !after.columns.includes(c));
    const added = after.columns.filter((c) => !before.columns.includes(c));
    if (removed.length) changes.push(`column${removed.length > 1 ? "s" : ""} removed: ${removed.join(", ")}`);
    if (added.length) changes.push(`column${added.length > 1 ? "s" : ""} added: ${added.join(", ")}`);
    if (before.rows !== after.rows) changes.push(`row count ${before.rows} → ${after.rows}`);
    if (before.rows !== after.rows || before.columns.length !== after.columns.length) {
      changes.push(`shape (${before.rows}, ${before.columns.length}) → (${after.rows}, ${after.columns.length})`);
    }
    const retyped = after.columns.filter(
      (c, i) => before.columns.includes(c) && before.dtypes[before.columns.indexOf(c)] !== after.dtypes[i],
    );
    if (retyped.length) changes.push(`dtype changed: ${retyped.join(", ")}`);
    if (!removed.length && !added.length && before.columns.join("\u0000") !== after.columns.join("\u0000"))
      changes.push("columns reordered");
    if (before.values && after.values && before.rows === after.rows) {
      const edited = after.columns.filter((c, i) => {
        const j = before.columns.indexOf(c);
        return j >= 0 && before.dtypes[j] === after.dtypes[i] && before.values![j] !== after.values![i];
      });
      if (edited.length) changes.push(`values changed in column${edited.length > 1 ? "s" : ""}: ${edited.join(", ")}`);
    }
    return changes;
  }
  if (before.kind === "series" && after.kind === "series") {
    const changes: string[] = [];
    if (before.rows !== after.rows) changes.push(`length ${before.rows} → ${after.rows}`);
    if (before.dtype !== after.dtype) changes.push(`dtype ${before.dtype} → ${after.dtype}`);
    if (
      before.values &&
      after.values &&
      before.rows === after.rows &&
      before.dtype === after.dtype &&
      before.values !== after.values
    )
      changes.push("values changed");
    return changes;
  }
  if (before.kind === "tree" && after.kind === "tree") {
    const changes: string[] = [];
    for (const [path, old] of before.entries) {
      const now = after.entries.get(path);
      if (now === undefined) {
        if (after.complete) changes.push(`${label(path)} removed`);
      } else if (now !== old) {
        // With both walks complete, added and removed keys are listed one by one below and above.
        if (!path.endsWith("{keys}")) changes.push(`${label(path)}: ${old} → ${now}`);
        else if (!before.complete || !after.complete)
          changes.push(`keys of ${label(path.slice(0, -6))}: ${old || "none"} → ${now || "none"}`);
      }
    }
    if (before.complete)
      for (const path of after.entries.keys()) if (!before.entries.has(path)) changes.push(`${label(path)} added`);
    const dropped = changes.length - MAX_LISTED;
    return dropped > 0
      ? [...changes.slice(0, MAX_LISTED), `and ${dropped} more change${dropped > 1 ? "s" : ""}`]
      : changes;
  }
  return [];
}

function label(path: string): string {
  return path === "" ? "value" : path.startsWith(".") ? path.slice(1) : path;
}
