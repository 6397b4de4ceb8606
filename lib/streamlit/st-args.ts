/**
 * Checks and conversions of the values scripts pass to `st`. Streamlit checks its arguments where
 * they come in and raises `StreamlitAPIException` (or a TypeError with the same wording) on the
 * script's line; so does the emulation, so that a mistyped value is an error the reader can fix,
 * never an element the page cannot draw. Messages follow Streamlit's, with TypeScript type names.
 */
import { StreamlitAPIException } from "./errors";

/** The TypeScript-ish name of a value's type, for messages: "number", "object", "Array", "Map". */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  try {
    if (Array.isArray(value)) return "Array";
    const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    return typeof name === "string" && name && name !== "Object" ? name : "object";
  } catch {
    return "object";
  }
}

/** `typeName` with "a" or "an" before it, for sentences. */
function aType(value: unknown): string {
  const name = typeName(value);
  return `${/^[aeiouAEIOU]/.test(name) ? "an" : "a"} ${name}`;
}

/** A short, safe preview of a value for a message (Streamlit shows `str(value)`). */
function preview(value: unknown): string {
  let text: string;
  try {
    text =
      typeof value === "string"
        ? value
        : typeof value === "object" && value !== null
          ? (JSON.stringify(value) ?? String(value))
          : String(value);
  } catch {
    text = aType(value);
  }
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** Streamlit's wording for a value of the wrong type (metric's `_parse_label` and `_parse_value`). */
function wrongType(param: string, value: unknown, accepted: string): StreamlitAPIException {
  return new StreamlitAPIException(
    `'${preview(value)}' is of type ${typeName(value)}, which is not an accepted type. ${param} only accepts: ${accepted}. Please convert the ${param} to an accepted type.`,
  );
}

/**
 * Any value as text, as Streamlit's `str(body)`: strings as they are, the rest through `String`.
 * A value that cannot be turned into text (its `toString` throws, or it has none) is refused.
 */
export function textArg(api: string, param: string, value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return String(value);
  } catch {
    throw new StreamlitAPIException(
      `${api} could not turn its ${param} (${aType(value)}) into text. Pass a string, or a value with a working toString().`,
    );
  }
}

/** A widget's or metric's label: a string, as Streamlit requires. */
export function labelArg(value: unknown): string {
  if (typeof value !== "string") throw wrongType("label", value, "string");
  return value;
}

/** `st.metric`'s value or delta: a number, string, or null/undefined (none), as Streamlit's `_parse_value`. */
export function metricArg(param: "value" | "delta", value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "string" || typeof value === "bigint") return String(value);
  throw wrongType(param, value, "number, string, or null");
}

/** A widget `key`: a string or a number (Streamlit's `str | int`), or none. */
export function keyArg(api: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string" || typeof value === "number") return String(value);
  throw new StreamlitAPIException(`${api}: key must be a string or a number, got ${aType(value)}.`);
}

/** A number option of a widget: finite, or the default when left out. */
export function numberArg(api: string, param: string, value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new StreamlitAPIException(
      `${api}: ${param} must be a finite number, got '${preview(value)}' of type ${typeName(value)}.`,
    );
  }
  return value;
}

/** The options of a selectbox: an array (or other iterable), each shown as its text (Streamlit's default `format_func=str`). */
export function optionsArg(api: string, value: unknown): { values: unknown[]; labels: string[] } {
  const iterable =
    value !== null && typeof value === "object" && typeof (value as Iterable<unknown>)[Symbol.iterator] === "function";
  if (!iterable) {
    throw new StreamlitAPIException(
      `${api}: options must be an array (or another iterable) of choices, got '${preview(value)}' of type ${typeName(value)}.`,
    );
  }
  const values = [...(value as Iterable<unknown>)];
  return { values, labels: values.map((option) => textArg(api, "option", option)) };
}
