/**
 * A small stand-in for `@tensorflow/tfjs`, put in its place by the bundler (next.config.js) and by
 * the unit tests (vitest.setup-tfjs-lite.ts), so the sandbox does not ship TensorFlow.js.
 *
 * Why: danfojs imports all of TensorFlow.js (about 1 MB gzipped, most of the sandbox worker) but
 * its DataFrame and Series code calls only a handful of tensor helpers: DataFrame arithmetic and
 * comparisons (`df.add(1)`, `df.gt(df2)`, `pctChange`, `diff`), `Series.argMax/argMin`,
 * `sample()`, the scalers and encoders, and an `instanceof tf.Tensor` check in every constructor.
 * Those are element-wise loops over at most two dimensions, written here on plain arrays.
 *
 * Differences from TensorFlow.js, on purpose: numbers stay 64-bit floats (TensorFlow.js rounds a
 * DataFrame to float32, so `df.add(0.1)` gave 40.80000305 where pandas gives 40.8); nothing runs
 * on a GPU; there is no memory to dispose. Anything else a script asks of `dfd.tensorflow` (models,
 * layers, matMul...) is not here: {@link notInSandbox} names the operation in its error.
 */
import { data } from "./tfjs-lite-data";

export { data };

/** The element types danfojs asks for (TensorFlow.js names). */
export type DataType = "float32" | "int32" | "bool" | "string";
type Cell = number | string;
/** A nested array of values, as `arraySync()` returns and `tensor2d()` accepts. */
export type NestedValues = Cell | boolean | null | undefined | NestedValues[];

/** An n-dimensional array of numbers (or strings), stored flat in row-major order. */
export class Tensor {
  /** Size of each dimension: `[]` for a scalar, `[n]`, `[rows, columns]`. */
  readonly shape: number[];
  /** The element type. */
  readonly dtype: DataType;
  /** The values, flat and row-major. */
  readonly values: Cell[];

  /** Builds a tensor from flat values; prefer {@link tensor}, {@link tensor1d}, {@link tensor2d}. */
  constructor(values: Cell[], shape: number[], dtype: DataType) {
    const size = shape.reduce((a, b) => a * b, 1);
    if (values.length !== size) {
      throw new Error(`Tensor of shape [${shape.join(", ")}] needs ${size} values, got ${values.length}`);
    }
    this.values = values;
    this.shape = shape;
    this.dtype = dtype;
  }

  /** Number of dimensions. */
  get rank(): number {
    return this.shape.length;
  }

  /** Number of values. */
  get size(): number {
    return this.values.length;
  }

  /** The values as nested arrays (a number for a scalar). */
  arraySync(): NestedValues {
    return nest(this.values, this.shape, 0, 0);
  }

  /** {@link arraySync}, as a promise (TensorFlow.js' asynchronous read). */
  async array(): Promise<NestedValues> {
    return this.arraySync();
  }

  /** The flat values (a copy). */
  dataSync(): Cell[] {
    return this.values.slice();
  }

  /** {@link dataSync}, as a promise. */
  async data(): Promise<Cell[]> {
    return this.dataSync();
  }

  /** A copy. */
  clone(): Tensor {
    return new Tensor(this.values.slice(), this.shape.slice(), this.dtype);
  }

  /** Nothing to free: values live in ordinary arrays. */
  dispose(): void {}

  /** Writes the values to the console, as TensorFlow.js' `print()` does. */
  print(): void {
    console.log(`Tensor\n    ${JSON.stringify(this.arraySync())}`);
  }

  /** Rows and columns swapped (rank 2); a vector or scalar is returned as is. */
  transpose(): Tensor {
    if (this.rank < 2) return this.clone();
    const [rows, cols] = this.shape;
    const out = new Array<Cell>(this.values.length);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = this.values[r * cols + c];
    return new Tensor(out, [cols, rows], this.dtype);
  }

  /** `this + other`, broadcast. */
  add(other: Tensor | number): Tensor {
    return binary(this, other, "add");
  }
  /** `this - other`, broadcast. */
  sub(other: Tensor | number): Tensor {
    return binary(this, other, "sub");
  }
  /** `this * other`, broadcast. */
  mul(other: Tensor | number): Tensor {
    return binary(this, other, "mul");
  }
  /** `this / other`, broadcast (floor division when both are int32, as in TensorFlow.js). */
  div(other: Tensor | number): Tensor {
    return binary(this, other, "div");
  }
  /** `this / other`, but 0 wherever `other` is 0. */
  divNoNan(other: Tensor | number): Tensor {
    return binary(this, other, "divNoNan");
  }
  /** `this ** other`, broadcast. */
  pow(other: Tensor | number): Tensor {
    return binary(this, other, "pow");
  }
  /** Floor modulo (the result takes the divisor's sign, as Python's `%`). */
  mod(other: Tensor | number): Tensor {
    return binary(this, other, "mod");
  }
  /** `this > other` as a bool tensor (0/1). */
  greater(other: Tensor | number): Tensor {
    return binary(this, other, "greater");
  }
  /** `this < other` as a bool tensor. */
  less(other: Tensor | number): Tensor {
    return binary(this, other, "less");
  }
  /** `this >= other` as a bool tensor. */
  greaterEqual(other: Tensor | number): Tensor {
    return binary(this, other, "greaterEqual");
  }
  /** `this <= other` as a bool tensor. */
  lessEqual(other: Tensor | number): Tensor {
    return binary(this, other, "lessEqual");
  }
  /** `this == other` as a bool tensor. */
  equal(other: Tensor | number): Tensor {
    return binary(this, other, "equal");
  }
  /** `this != other` as a bool tensor. */
  notEqual(other: Tensor | number): Tensor {
    return binary(this, other, "notEqual");
  }

  /** Element-wise square root. */
  sqrt(): Tensor {
    return new Tensor(
      this.values.map((v) => Math.sqrt(v as number)),
      this.shape.slice(),
      floatOf(this.dtype),
    );
  }

  /** Index of the largest value of a vector (the first one on ties; a NaN never wins, as in TensorFlow.js). */
  argMax(): Tensor {
    return scalar(
      argBest(this, "argMax", (a, b) => a > b),
      "int32",
    );
  }

  /** Index of the smallest value of a vector. */
  argMin(): Tensor {
    return scalar(
      argBest(this, "argMin", (a, b) => a < b),
      "int32",
    );
  }

  /** Largest value, over everything or along `axis` (0: per column). */
  max(axis?: number): Tensor {
    return reduce(this, axis, (vals) => vals.reduce((a, b) => (b > a || Number.isNaN(b) ? b : a)));
  }

  /** Smallest value, over everything or along `axis`. */
  min(axis?: number): Tensor {
    return reduce(this, axis, (vals) => vals.reduce((a, b) => (b < a || Number.isNaN(b) ? b : a)));
  }

  /** Sum, over everything or along `axis`. */
  sum(axis?: number): Tensor {
    return reduce(this, axis, (vals) => vals.reduce((a, b) => a + b, 0));
  }

  /** Mean, over everything or along `axis`. */
  mean(axis?: number): Tensor {
    return reduce(this, axis, (vals) => vals.reduce((a, b) => a + b, 0) / vals.length);
  }
}

/** The error for a TensorFlow.js operation this stand-in leaves out, naming it and saying why. */
export function notInSandbox(operation: string): Error {
  return new Error(
    `TensorFlow.js is not loaded in Cache Lab's sandbox, so "${operation}" is not available. ` +
      "DataFrame and Series operations work without it; models and other tensor operations do not.",
  );
}

/** A tensor of any rank from nested arrays (or flat values and a shape). */
export function tensor(values: NestedValues, shape?: number[], dtype?: DataType): Tensor {
  const flat: NestedValues[] = [];
  const inferred = shapeOf(values, flat);
  const finalShape = shape ?? inferred;
  const type = dtype ?? inferDtype(flat);
  return new Tensor(
    flat.map((v) => convert(v, type)),
    finalShape.slice(),
    type,
  );
}

/** A vector. */
export function tensor1d(values: NestedValues[], dtype?: DataType): Tensor {
  const t = tensor(values, undefined, dtype);
  if (t.rank !== 1) throw new Error(`tensor1d() needs a flat array, got rank ${t.rank}`);
  return t;
}

/** A matrix, from nested rows, or from flat values and `[rows, columns]`. */
export function tensor2d(values: NestedValues[], shape?: [number, number] | number[], dtype?: DataType): Tensor {
  const t = tensor(values, shape, dtype);
  if (t.rank !== 2) throw new Error(`tensor2d() needs rows of values or a [rows, columns] shape, got rank ${t.rank}`);
  return t;
}

/** A single value. */
export function scalar(value: Cell | boolean, dtype?: DataType): Tensor {
  return tensor(value, [], dtype);
}

/** Mean and (population) variance along `axis`, as TensorFlow.js' `moments`. */
export function moments(x: Tensor, axis?: number): { mean: Tensor; variance: Tensor } {
  const mean = x.mean(axis);
  const variance = x.sub(mean).pow(2).mean(axis);
  return { mean, variance };
}

type BinaryOp = "add" | "sub" | "mul" | "div" | "divNoNan" | "pow" | "mod" | Comparison;
type Comparison = "greater" | "less" | "greaterEqual" | "lessEqual" | "equal" | "notEqual";

const COMPARISONS = new Set<BinaryOp>(["greater", "less", "greaterEqual", "lessEqual", "equal", "notEqual"]);

function opFunction(op: BinaryOp, ints: boolean): (a: number, b: number) => number {
  switch (op) {
    case "add":
      return (a, b) => a + b;
    case "sub":
      return (a, b) => a - b;
    case "mul":
      return (a, b) => a * b;
    case "div":
      return ints ? (a, b) => Math.floor(a / b) : (a, b) => a / b;
    case "divNoNan":
      return (a, b) => (b === 0 ? 0 : a / b);
    case "pow":
      return (a, b) => Math.pow(a, b);
    case "mod":
      // TensorFlow.js' floor modulo: the remainder takes the divisor's sign.
      return (a, b) => {
        const rem = a % b;
        return (a < 0 && b < 0) || (a >= 0 && b >= 0) ? rem : (rem + b) % b;
      };
    case "greater":
      return (a, b) => +(a > b);
    case "less":
      return (a, b) => +(a < b);
    case "greaterEqual":
      return (a, b) => +(a >= b);
    case "lessEqual":
      return (a, b) => +(a <= b);
    case "equal":
      return (a, b) => +(a === b);
    case "notEqual":
      return (a, b) => +(a !== b);
  }
}

/** An element-wise operation with NumPy broadcasting (a dimension of 1 stretches to the other's). */
function binary(a: Tensor, other: Tensor | number, op: BinaryOp): Tensor {
  const b = other instanceof Tensor ? other : scalar(other);
  const rank = Math.max(a.rank, b.rank);
  const shapeA = padShape(a.shape, rank);
  const shapeB = padShape(b.shape, rank);
  const shape = shapeA.map((n, i) => {
    const m = shapeB[i];
    if (n !== m && n !== 1 && m !== 1) {
      throw new Error(`Operands could not be broadcast together with shapes [${a.shape}] and [${b.shape}]`);
    }
    return n === 1 ? m : n;
  });
  const ints = a.dtype === "int32" && b.dtype === "int32";
  const fn = opFunction(op, ints);
  const size = shape.reduce((x, y) => x * y, 1);
  const stridesA = broadcastStrides(shapeA, shape);
  const stridesB = broadcastStrides(shapeB, shape);
  const out = new Array<number>(size);
  const index = new Array<number>(rank).fill(0);
  for (let i = 0; i < size; i++) {
    let ia = 0;
    let ib = 0;
    for (let d = 0; d < rank; d++) {
      ia += index[d] * stridesA[d];
      ib += index[d] * stridesB[d];
    }
    out[i] = fn(a.values[ia] as number, b.values[ib] as number);
    for (let d = rank - 1; d >= 0 && ++index[d] === shape[d]; d--) index[d] = 0;
  }
  const dtype: DataType = COMPARISONS.has(op) ? "bool" : ints ? "int32" : "float32";
  return new Tensor(out, shape, dtype);
}

function padShape(shape: number[], rank: number): number[] {
  return [...new Array<number>(rank - shape.length).fill(1), ...shape];
}

/** Row-major strides of `shape`, with 0 for every dimension stretched to `target`. */
function broadcastStrides(shape: number[], target: number[]): number[] {
  const strides = new Array<number>(shape.length);
  let stride = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = shape[d] === 1 && target[d] !== 1 ? 0 : stride;
    stride *= shape[d];
  }
  return strides;
}

function argBest(t: Tensor, name: string, better: (a: number, b: number) => boolean): number {
  if (t.rank !== 1) throw notInSandbox(`${name} of a rank-${t.rank} tensor`);
  if (t.size === 0) throw new Error(`${name}() of an empty tensor`);
  let best = 0;
  for (let i = 1; i < t.size; i++) if (better(t.values[i] as number, t.values[best] as number)) best = i;
  return best;
}

/** Reduces everything (no axis) or along axis 0 (per column) / axis 1 (per row) of a matrix. */
function reduce(t: Tensor, axis: number | undefined, fn: (values: number[]) => number): Tensor {
  const dtype = floatOf(t.dtype);
  if (axis === undefined || t.rank < 2) {
    if (axis !== undefined && axis !== 0) throw new Error(`axis ${axis} is out of range for a rank-${t.rank} tensor`);
    return scalar(fn(t.values as number[]), dtype);
  }
  const [rows, cols] = t.shape;
  if (t.rank !== 2 || (axis !== 0 && axis !== 1))
    throw notInSandbox(`reduction along axis ${axis} of a rank-${t.rank} tensor`);
  const outer = axis === 0 ? cols : rows;
  const inner = axis === 0 ? rows : cols;
  const out = new Array<number>(outer);
  for (let o = 0; o < outer; o++) {
    const vals = new Array<number>(inner);
    for (let i = 0; i < inner; i++) vals[i] = t.values[axis === 0 ? i * cols + o : o * cols + i] as number;
    out[o] = fn(vals);
  }
  return new Tensor(out, [outer], dtype);
}

function floatOf(dtype: DataType): DataType {
  return dtype === "int32" || dtype === "bool" ? "float32" : dtype;
}

/** Shape of nested arrays (checked to be rectangular), collecting the leaves into `flat`. */
function shapeOf(values: NestedValues, flat: NestedValues[]): number[] {
  if (!Array.isArray(values)) {
    flat.push(values);
    return [];
  }
  if (values.length === 0) return [0];
  const inner = shapeOf(values[0], flat);
  for (let i = 1; i < values.length; i++) {
    const s = shapeOf(values[i], flat);
    if (s.length !== inner.length || s.some((n, j) => n !== inner[j])) {
      throw new Error("Values must be rectangular: every row needs the same length");
    }
  }
  return [values.length, ...inner];
}

function inferDtype(flat: NestedValues[]): DataType {
  if (flat.some((v) => typeof v === "string")) return "string";
  if (flat.length > 0 && flat.every((v) => typeof v === "boolean")) return "bool";
  return "float32";
}

/** What TensorFlow.js' typed arrays make of a value: int32 truncates, bool is 0/1. */
function convert(v: NestedValues, dtype: DataType): Cell {
  if (dtype === "string") return String(v);
  if (v === null) return 0;
  const n = Number(v);
  if (dtype === "int32") return Number.isFinite(n) ? Math.trunc(n) | 0 : 0;
  if (dtype === "bool") return n !== 0 && !Number.isNaN(n) ? 1 : 0;
  return n;
}

function nest(values: Cell[], shape: number[], dim: number, offset: number): NestedValues {
  if (dim === shape.length) return values[offset];
  const stride = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
  const out = new Array<NestedValues>(shape[dim]);
  for (let i = 0; i < shape[dim]; i++) out[i] = nest(values, shape, dim + 1, offset + i * stride);
  return out;
}
