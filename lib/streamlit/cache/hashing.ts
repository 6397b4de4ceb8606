/**
 * Value keys: the arguments of a call hashed with their types, as Streamlit's hashing.py does.
 *
 * Every value feeds a type tag before its content, so `null`, `undefined`, `false`, `0` and `"0"`
 * never collide, and `[1, 2]` differs from `{0: 1, 1: 2}`. JavaScript has one number type: `1` and
 * `1.0` are the same value at run time and cannot be told apart, so they share a key (Python's
 * `1` and `1.0` do not); `true` and `1` differ. DataFrames and Series hash by content (columns,
 * dtypes, index and every cell), not identity. Cycles hash as back references. The digest is two
 * 32-bit multiplicative hashes (64 bits): not cryptographic, but collisions are negligible for the
 * handful of keys a teaching app stores.
 */
import { frameColumns, internals, isDataFrame, isSeries } from "../../pandas";
import type { HashFuncs } from "../api";

/** Thrown inside hashing for a value that has no hash; the caller turns it into UnhashableParamError. */
export class UnhashableValue {
  constructor(readonly typeName: string) {}
}

/** Thrown inside hashing when a `hashFuncs` function throws; the caller turns it into UserHashError. */
export class UserHashFailure {
  constructor(
    readonly typeName: string,
    readonly original: unknown,
    /** Name of the hash function that threw ("" for an anonymous one). */
    readonly hashFuncName: string,
    /** Streamlit's "hash chain": one line per value being hashed, outermost first, down to the failing one. */
    readonly hashStack: string,
  ) {}
}

// Scratch views for reading a float's bits; shared because hashing is synchronous.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** Incremental 64-bit hash of tags, numbers and strings. */
export class Hasher {
  private a = 0x811c9dc5 | 0;
  private b = 0x9747b28c | 0;

  /** Mixes one 32-bit word. */
  word(k: number): void {
    this.a = Math.imul(this.a ^ k, 0x01000193);
    let b = Math.imul(this.b ^ k, 0x5bd1e995);
    b ^= b >>> 15;
    this.b = b;
  }

  /** Mixes a type tag (kept apart from small data words). */
  tag(code: number): void {
    this.word(0x7f000000 + code);
  }

  /** Mixes a number by its IEEE-754 bits (all NaNs alike). */
  number(x: number): void {
    f64[0] = Number.isNaN(x) ? NaN : x;
    this.word(u32[0]);
    this.word(u32[1]);
  }

  /** Mixes a string's length then its UTF-16 code units, two per word. */
  string(s: string): void {
    const n = s.length;
    this.word(n);
    let i = 0;
    for (; i + 1 < n; i += 2) this.word(s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16));
    if (i < n) this.word(s.charCodeAt(i));
  }

  /** The hash so far, as 16 hex digits. */
  digest(): string {
    return (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0");
  }
}

const enum Tag {
  Undefined = 1,
  Null,
  Boolean,
  Number,
  String,
  BigInt,
  Array,
  Object,
  Map,
  Set,
  Date,
  RegExp,
  DataFrame,
  Series,
  TypedArray,
  Ref,
  Custom,
  Key,
}

/** Readable type name of a value, as error messages and `hashFuncs` keys use it. */
export function typeNameOf(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value === "function" ? "function" : typeof value;
  if (isDataFrame(value)) return "DataFrame";
  if (isSeries(value)) return "Series";
  const ctor = (value as { constructor?: { name?: string } }).constructor;
  return ctor && typeof ctor.name === "string" && ctor.name ? ctor.name : "Object";
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Mixes a column of a frame: a tight loop for the common primitive cells. */
function hashColumn(h: Hasher, column: readonly unknown[], walk: (v: unknown) => void): void {
  h.word(column.length);
  for (let i = 0; i < column.length; i++) {
    const cell = column[i];
    if (typeof cell === "number") {
      h.tag(Tag.Number);
      h.number(cell);
    } else if (typeof cell === "string") {
      h.tag(Tag.String);
      h.string(cell);
    } else walk(cell);
  }
}

/**
 * Mixes `value` into `h` with its type. Throws {@link UnhashableValue} for functions, symbols,
 * promises, weak collections and generators, and {@link UserHashFailure} when a hash function fails.
 */
export function hashInto(h: Hasher, value: unknown, hashFuncs?: HashFuncs): void {
  const seen = new Map<object, number>();
  // Containers being hashed, outermost first: the hash chain a UserHashError shows.
  const path: unknown[] = [];
  const walk = (v: unknown): void => {
    if (hashFuncs) {
      const name = typeNameOf(v);
      const custom = Object.prototype.hasOwnProperty.call(hashFuncs, name) ? hashFuncs[name] : undefined;
      if (custom) {
        let replacement: unknown;
        try {
          replacement = custom(v as never);
        } catch (error) {
          throw new UserHashFailure(name, error, custom.name, [...path, v].map(hashChainLine).join("\n"));
        }
        h.tag(Tag.Custom);
        h.string(name);
        hashInto(h, replacement);
        return;
      }
    }
    switch (typeof v) {
      case "undefined":
        return h.tag(Tag.Undefined);
      case "boolean":
        h.tag(Tag.Boolean);
        return h.word(v ? 1 : 0);
      case "number":
        h.tag(Tag.Number);
        return h.number(v);
      case "string":
        h.tag(Tag.String);
        return h.string(v);
      case "bigint":
        h.tag(Tag.BigInt);
        return h.string(v.toString());
      case "function":
      case "symbol":
        throw new UnhashableValue(typeof v);
    }
    if (v === null) return h.tag(Tag.Null);
    const obj = v as object;
    const back = seen.get(obj);
    if (back !== undefined) {
      h.tag(Tag.Ref);
      return h.word(back);
    }
    seen.set(obj, seen.size);
    path.push(obj);
    walkObject(obj);
    path.pop();
  };
  const walkObject = (obj: object): void => {
    if (isDataFrame(obj)) {
      const inner = internals(obj);
      h.tag(Tag.DataFrame);
      inner.$columns.forEach((c) => h.string(String(c)));
      inner.$dtypes.forEach((d) => h.string(d));
      hashColumn(h, inner.$index, walk);
      for (const column of frameColumns(obj)) hashColumn(h, column, walk);
      return;
    }
    if (isSeries(obj)) {
      const inner = internals(obj);
      h.tag(Tag.Series);
      inner.$columns.forEach((c) => h.string(String(c)));
      inner.$dtypes.forEach((d) => h.string(d));
      hashColumn(h, inner.$index, walk);
      return hashColumn(h, inner.$dataIncolumnFormat, walk);
    }
    if (Array.isArray(obj)) {
      h.tag(Tag.Array);
      return hashColumn(h, obj, walk);
    }
    if (ArrayBuffer.isView(obj)) {
      h.tag(Tag.TypedArray);
      h.string(typeNameOf(obj));
      const bytes = new Uint8Array(obj.buffer, obj.byteOffset, obj.byteLength);
      h.word(bytes.length);
      for (let i = 0; i < bytes.length; i++) h.word(bytes[i]);
      return;
    }
    if (obj instanceof Date) {
      h.tag(Tag.Date);
      return h.number(obj.getTime());
    }
    if (obj instanceof RegExp) {
      h.tag(Tag.RegExp);
      return h.string(obj.toString());
    }
    if (obj instanceof Map) {
      h.tag(Tag.Map);
      h.word(obj.size);
      for (const [k, val] of obj) {
        walk(k);
        walk(val);
      }
      return;
    }
    if (obj instanceof Set) {
      h.tag(Tag.Set);
      h.word(obj.size);
      for (const item of obj) walk(item);
      return;
    }
    // Instances of a script's own classes (and promises, weak collections, generators) have no
    // hash unless `hashFuncs` names their type, as the issue and Streamlit's docs ask of readers.
    if (!isPlainObject(obj)) throw new UnhashableValue(typeNameOf(obj));
    h.tag(Tag.Object);
    const keys = Object.keys(obj);
    h.word(keys.length);
    for (const key of keys) {
      h.tag(Tag.Key);
      h.string(key);
      walk((obj as Record<string, unknown>)[key]);
    }
  };
  walk(value);
}

/** One line of the hash chain, as Streamlit's `_HashStack.pretty_print` writes it. */
function hashChainLine(value: unknown): string {
  const text = typeof value === "string" ? value : value instanceof Date ? value.toISOString() : shortRepr(value);
  return `Object of type ${typeNameOf(value)}: ${text}`;
}

/** Short display of a value for key summaries: `"/data/uber…csv"`, `DataFrame(10000×4)`, `[3 items]`. */
export function shortRepr(value: unknown): string {
  if (typeof value === "string") {
    const quoted = JSON.stringify(value);
    return quoted.length <= 32 ? quoted : quoted.slice(0, 18) + "…" + quoted.slice(-12);
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === "function") return "function";
  if (isDataFrame(value)) return `DataFrame(${internals(value).$index.length}×${internals(value).$columns.length})`;
  if (isSeries(value)) return `Series(${internals(value).$index.length})`;
  if (Array.isArray(value)) return `[${value.length} item${value.length === 1 ? "" : "s"}]`;
  return typeNameOf(value) === "Object" ? "{…}" : `${typeNameOf(value)}{…}`;
}
