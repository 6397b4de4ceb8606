/**
 * Parameter names of a function, read from its source text. Streamlit names every argument of a
 * call after its parameter (so the key is the same however the call is written) and leaves out
 * parameters whose name starts with `_`; JavaScript has no keyword arguments, so the names come
 * from the function's source.
 */

/** The text between the parentheses of a parameter list starting at `open`, and the index after it. */
function balancedList(source: string, open: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      depth--;
      if (depth === 0) return source.slice(open + 1, i);
    }
  }
  return source.slice(open + 1);
}

/** Splits at commas that are not nested in brackets or strings. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Names of the parameters in `fn.toString()`, in order. A destructured parameter (`{ a, b }`)
 * has no name and is called `arg<i>` (its position), so it is hashed but can never be skipped;
 * a rest parameter keeps its name.
 */
export function parseParamNames(source: string): string[] {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, " ");
  const arrowSingle = /^\s*(?:async\s+)?([A-Za-z_$][\w$]*)\s*=>/.exec(text);
  if (arrowSingle) return [arrowSingle[1]];
  const open = text.indexOf("(");
  if (open < 0) return [];
  return splitTopLevel(balancedList(text, open)).map((param, i) => {
    const match = /^(?:\.\.\.)?\s*([A-Za-z_$][\w$]*)/.exec(param);
    return match ? match[1] : `arg${i}`;
  });
}
