/**
 * Python-style exceptions raised by the pandas compatibility layer, and Python's `repr` for the
 * values their messages quote. The runner shows any {@link PythonError} as `type: message`, so a
 * `KeyError("['Lat'] not found in axis")` prints exactly as pandas prints it.
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
  /** The key (or message) the error was raised with. */
  readonly key: unknown;

  constructor(key: unknown) {
    super("KeyError", pyRepr(key));
    this.key = key;
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
 * A read of a column a DataFrame lacks, made by a script. pandas raises `KeyError: 'Lat'` for
 * `df["Lat"]` but `AttributeError: 'DataFrame' object has no attribute 'Lat'` for `df.Lat`;
 * JavaScript cannot tell the two apart at run time, so the runner, which sees the code, picks
 * the form with {@link MissingColumnRead.asAttributeError}.
 */
export class MissingColumnRead extends KeyError {
  constructor(readonly column: string) {
    super(column);
  }

  /** The error pandas raises for the dot form `df.Lat`. */
  asAttributeError(): PythonError {
    return new PythonError("AttributeError", `'DataFrame' object has no attribute ${pyStrRepr(this.column)}`);
  }
}
