/**
 * A small stand-in for `mathjs`, put in its place by the bundler (next.config.js) and the unit tests
 * (vitest.setup.ts). danfojs imports all of mathjs (about 150 KB gzipped in the sandbox) for five
 * statistics over plain arrays: `median`, `mode`, `std`, `variance` (in Series, DataFrame, groupby and
 * describe) and `mean` (in describe). They are written here with mathjs' own rules: the unbiased
 * (n - 1) variance, 0 for a single value, the average of the two middle values for an even median,
 * every most frequent value for the mode in mathjs' order, and mathjs' errors for empty input, NaN
 * in a mode, and text that is not a number.
 */

type Value = number | string | boolean | null | undefined;

/** mathjs' conversion: numbers and booleans as numbers, numeric text parsed, anything else refused. */
function toNumber(value: Value): number {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return +value;
  if (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
  throw new Error(`Cannot convert "${String(value)}" to a number`);
}

function numbers(values: readonly Value[], emptyMessage: string, ErrorType: typeof Error = Error): number[] {
  if (values.length === 0) throw new ErrorType(emptyMessage);
  return values.map(toNumber);
}

/** Arithmetic mean. */
export function mean(values: readonly Value[]): number {
  const xs = numbers(values, "Cannot calculate the mean of an empty array");
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Variance, unbiased (divided by n - 1) as mathjs' default; 0 for one value. */
export function variance(values: readonly Value[]): number {
  const xs = numbers(values, "Function variance requires one or more parameters (0 provided)", SyntaxError);
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sum = xs.reduce((acc, x) => acc + (x - m) * (x - m), 0);
  if (Number.isNaN(sum)) return sum;
  return xs.length === 1 ? 0 : sum / (xs.length - 1);
}

/** Standard deviation: the square root of {@link variance}. */
export function std(values: readonly Value[]): number {
  if (values.length === 0) throw new SyntaxError("Function std requires one or more parameters (0 provided)");
  return Math.sqrt(variance(values));
}

/** The middle value, or the average of the two middle values for an even count; NaN if any value is NaN. */
export function median(values: readonly Value[]): number {
  const xs = numbers(values, "Cannot calculate median of an empty array");
  if (xs.some(Number.isNaN)) return NaN;
  xs.sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/**
 * Every most frequent value, in mathjs' order: a value joins the list when its count reaches the
 * current maximum, and the list restarts when a count passes it. Values count as equal by their
 * text (1 and "1" are one value), as mathjs counts them.
 */
export function mode(values: readonly Value[]): Value[] {
  if (values.length === 0) throw new Error("Cannot calculate mode of an empty array");
  const count = new Map<string, number>();
  let found: Value[] = [];
  let max = 0;
  for (const value of values) {
    if (typeof value === "number" && Number.isNaN(value))
      throw new Error("Cannot calculate mode of an array containing NaN values");
    const key = String(value);
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    if (n === max) found.push(value);
    else if (n > max) {
      max = n;
      found = [value];
    }
  }
  return found;
}
