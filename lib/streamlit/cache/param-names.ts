/**
 * Parameter names of a function, read from its source text. Streamlit names every argument of a
 * call after its parameter (so the key is the same however the call is written) and leaves out
 * parameters whose name starts with `_`; JavaScript has no keyword arguments, so the names come
 * from the function's source.
 */

/**
 * Walks `text` from `from`, stepping over string literals (a comma or bracket inside quotes belongs
 * to a default value, not to the parameter list), and calls `visit` with each character outside them
 * and the bracket depth once that character is counted. Returns the index where `visit` first
 * returned true, or -1.
 */
function scanOutsideStrings(
  text: string,
  from: number,
  visit: (ch: string, index: number, depth: number) => boolean,
): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    if (visit(ch, i, depth)) return i;
  }
  return -1;
}

/** The text between the parenthesis at `open` and the one that closes it (to the end if none does). */
function balancedList(source: string, open: number): string {
  const close = scanOutsideStrings(
    source,
    open,
    (ch, _i, depth) => depth === 0 && (ch === ")" || ch === "]" || ch === "}"),
  );
  return close < 0 ? source.slice(open + 1) : source.slice(open + 1, close);
}

/** Splits at commas that are not nested in brackets or strings. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let start = 0;
  scanOutsideStrings(list, 0, (ch, i, depth) => {
    if (ch === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
    return false;
  });
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Names of the parameters in `fn.toString()`, in order. A destructured parameter (`{ a, b }`)
 * has no name and is called `arg<i>` (its position), so it is hashed but can never be skipped;
 * a rest parameter is written `...name`: like Python's `*args`, whose values Streamlit names
 * `None` and always hashes, its values are hashed whatever the name.
 */
export function parseParamNames(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, " ");
  const arrowSingle = /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(text);
  if (arrowSingle) return [arrowSingle[1]];
  const open = text.indexOf("(");
  if (open < 0) return [];
  return splitTopLevel(balancedList(text, open)).map((param, i) => {
    const match = /^(\.\.\.)?\s*([A-Za-z_$][\w$]*)/.exec(param);
    return match ? `${match[1] ?? ""}${match[2]}` : `arg${i}`;
  });
}
