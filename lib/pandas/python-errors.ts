/**
 * Python-style exceptions raised by the pandas compatibility layer, and Python's `repr` for the
 * values their messages quote. The runner shows any {@link PythonError} as `type: message`, so a
 * `KeyError("['Lat'] not found in axis")` prints exactly as pandas prints it.
 *
 * Every class sets `name` from a string, never from `constructor.name`: the site's bundle is
 * minified, and a class named `er` there must still read `KeyError` to the reader.
 */

/** Base of every error that should be shown under a Python exception name instead of its JS class. */
export class PythonError extends Error {
  /** Python exception name shown to the reader, e.g. "KeyError". */
  readonly pythonType: string;
  /** Text Python prints after `KeyError: `. */
  readonly pythonMessage: string;

  constructor(pythonType: string, pythonMessage: string) {
    super(pythonMessage);
    this.name = pythonType;
    this.pythonType = pythonType;
    this.pythonMessage = pythonMessage;
  }
}

/**
 * Python's `KeyError(key)`. Python prints a KeyError's argument with `repr`, which is why
 * `KeyError('Lat')` shows quotes and a message containing single quotes shows double quotes.
 */
export class KeyError extends PythonError {
  override name = "KeyError";
  /** The key (or message) the error was raised with. */
  readonly key: unknown;

  constructor(key: unknown) {
    super("KeyError", pyRepr(key));
    this.key = key;
  }
}

/** Python's `IndexError`, raised by `iloc` for positions past the end, as pandas words it. */
export class IndexError extends PythonError {
  override name = "IndexError";

  constructor(message: string) {
    super("IndexError", message);
  }
}

/** Python's `AttributeError`, as Python words it for a missing attribute of an object of `typeName`. */
export class AttributeError extends PythonError {
  override name = "AttributeError";

  constructor(typeName: string, attribute: string) {
    super("AttributeError", `'${typeName}' object has no attribute ${pyStrRepr(attribute)}`);
  }
}

/** Python's `repr` of a string: single quotes unless the text has a single quote and no double one. */
export function pyStrRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = "";
  for (const ch of text) {
    if (ch === "\\") body += "\\\\";
    else if (ch === quote) body += "\\" + ch;
    else if (ch === "\n") body += "\\n";
    else if (ch === "\r") body += "\\r";
    else if (ch === "\t") body += "\\t";
    else body += ch;
  }
  return quote + body + quote;
}

/** Python's `repr` of the values pandas errors quote: strings, numbers, booleans, None and lists. */
export function pyRepr(value: unknown): string {
  if (typeof value === "string") return pyStrRepr(value);
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "nan";
    if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
    return String(value);
  }
  if (Array.isArray(value)) return "[" + value.map(pyRepr).join(", ") + "]";
  return String(value);
}

/**
 * pandas 1.5's `repr` of an Index built from `labels`, as its "None of [...] are in the [index]"
 * KeyError quotes it: `Index([7], dtype='int64')`, `Float64Index(...)` or `Index([...], dtype='object')`.
 * (pandas 2 writes `Index([7], dtype='int64')`; the fixtures test says so if Debian's pandas moves on.)
 */
export function pyIndexRepr(labels: readonly unknown[]): string {
  const numbers = labels.length > 0 && labels.every((l) => typeof l === "number");
  if (numbers && labels.every((l) => Number.isInteger(l))) return `Int64Index(${pyRepr(labels)}, dtype='int64')`;
  if (numbers) return `Float64Index(${pyRepr(labels)}, dtype='float64')`;
  return `Index(${pyRepr(labels)}, dtype='object')`;
}

/** A label as Python would hold it: a script's `df[5]` reads the property "5", which pandas sees as the number 5. */
export function labelOf(prop: string): string | number {
  return /^-?(0|[1-9]\d{0,14})$/.test(prop) ? Number(prop) : prop;
}

/**
 * A read of a name a DataFrame or Series lacks, made by a script. JavaScript cannot tell at run
 * time how the read was written, and pandas raises a different error for each form, so the runner,
 * which sees the code, picks the form with {@link MissingColumnRead.asWritten}:
 * `df["Lat"]` is `KeyError: 'Lat'`, `df.Lat` is `AttributeError: 'DataFrame' object has no attribute 'Lat'`,
 * and `df[["Lat", "X"]]` (which JavaScript reads as the property "Lat,X") is `KeyError: "['X'] not in index"`.
 */
export class MissingColumnRead extends KeyError {
  override name = "KeyError";

  /**
   * @param column the property read
   * @param owner "DataFrame" or "Series", for the AttributeError's wording
   * @param listMissing for a DataFrame read whose name has commas, the parts the frame lacks
   *   (the read may have been a list `df[["A", "X"]]`)
   */
  constructor(
    readonly column: string,
    readonly owner: "DataFrame" | "Series" = "DataFrame",
    readonly listMissing?: readonly (string | number)[],
  ) {
    super(labelOf(column));
  }

  /** The error pandas raises for the dot form `df.Lat`. */
  asAttributeError(): PythonError {
    return new AttributeError(this.owner, this.column);
  }

  /**
   * The error pandas raises for the read as written at 1-based `column` of `codeLine`: V8 places
   * a dot read at the property name and a bracket read at its `[`.
   */
  asWritten(codeLine: string, column: number): PythonError {
    if (codeLine[column - 1] !== "[") return this.asAttributeError();
    const listRead = /^\[\s*\[/.test(codeLine.slice(column - 1));
    if (listRead && this.listMissing && this.listMissing.length > 0)
      return new KeyError(`${pyRepr(this.listMissing)} not in index`);
    return this;
  }
}
