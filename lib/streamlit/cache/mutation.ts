/**
 * The mutation check (beyond Streamlit, after its old `st.cache` warning): a cheap fingerprint of a
 * cacheResource value taken when it is handed to a run, compared after the run.
 *
 * DataFrames and Series are fingerprinted by structure only (columns, dtypes, row count), which
 * costs O(columns) whatever the row count; changed cells of a frame are not detected. Arrays and
 * objects are walked to at most {@link PRIMITIVE_BUDGET} primitive values, so a changed item in a
 * small list is named (`[0]: 1 → 2`) while a huge array costs a bounded amount.
 */
import { internals, isDataFrame, isSeries } from "../../pandas";

/** How many primitive values an array/object fingerprint records at most. */
export const PRIMITIVE_BUDGET = 2000;

/** Opaque fingerprint of a value. */
export type Fingerprint =
  | { kind: "frame"; columns: string[]; dtypes: string[]; rows: number }
  | { kind: "series"; rows: number; dtype: string }
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

/** Fingerprints `value` (primitives, which cannot change, give `none`). */
export function fingerprint(value: unknown): Fingerprint {
  if (typeof value !== "object" || value === null) return { kind: "none" };
  if (isDataFrame(value)) {
    const inner = internals(value);
    return { kind: "frame", columns: [...inner.$columns], dtypes: [...inner.$dtypes], rows: inner.$index.length };
  }
  if (isSeries(value)) {
    const inner = internals(value);
    return { kind: "series", rows: inner.$index.length, dtype: inner.$dtypes[0] ?? "" };
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
    const retyped = after.columns.filter((c, i) => before.columns.includes(c) && before.dtypes[before.columns.indexOf(c)] !== after.dtypes[i]);
    if (retyped.length) changes.push(`dtype changed: ${retyped.join(", ")}`);
    if (!removed.length && !added.length && before.columns.join("\u0000") !== after.columns.join("\u0000")) changes.push("columns reordered");
    return changes;
  }
  if (before.kind === "series" && after.kind === "series") {
    const changes: string[] = [];
    if (before.rows !== after.rows) changes.push(`length ${before.rows} → ${after.rows}`);
    if (before.dtype !== after.dtype) changes.push(`dtype ${before.dtype} → ${after.dtype}`);
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
        else if (!before.complete || !after.complete) changes.push(`keys of ${label(path.slice(0, -6))}: ${old || "none"} → ${now || "none"}`);
      }
    }
    if (before.complete) for (const path of after.entries.keys()) if (!before.entries.has(path)) changes.push(`${label(path)} added`);
    const dropped = changes.length - MAX_LISTED;
    return dropped > 0 ? [...changes.slice(0, MAX_LISTED), `and ${dropped} more change${dropped > 1 ? "s" : ""}`] : changes;
  }
  return [];
}

function label(path: string): string {
  return path === "" ? "value" : path.startsWith(".") ? path.slice(1) : path;
}
