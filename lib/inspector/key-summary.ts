/**
 * Reading the key summaries lib/streamlit writes on events and entries (`url="/data/x.csv", n=3`)
 * back into named arguments, so the inspector can say which argument changed between two calls.
 */

/** One argument of a key summary. */
export interface KeyArgument {
  name: string;
  /** The argument's short representation, as the summary shows it (strings keep their quotes). */
  value: string;
}

/**
 * Splits a summary into its arguments. Strings in a summary are JSON-quoted, so a comma inside
 * quotes belongs to the value; commas elsewhere separate arguments. A part without `=` (never
 * written by lib/streamlit today) is kept whole as a nameless value.
 */
export function parseKeySummary(summary: string): KeyArgument[] {
  const parts: string[] = [];
  let current = "";
  let inString = false;
  for (let i = 0; i < summary.length; i++) {
    const ch = summary[i];
    if (inString) {
      current += ch;
      if (ch === "\\" && i + 1 < summary.length) current += summary[++i];
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
      current += ch;
    } else if (ch === "," && summary[i + 1] === " ") {
      parts.push(current);
      current = "";
      i++;
    } else {
      current += ch;
    }
  }
  if (current !== "" || parts.length > 0) parts.push(current);
  return parts.map((part) => {
    const eq = part.indexOf("=");
    return eq > 0 && /^[A-Za-z_$][\w$]*$/.test(part.slice(0, eq)) ? { name: part.slice(0, eq), value: part.slice(eq + 1) } : { name: "", value: part };
  });
}

/** An argument whose value differs between two calls of one function. */
export interface ArgumentChange {
  name: string;
  /** Its value in the earlier call, or undefined if the earlier call did not pass it. */
  before?: string;
  /** Its value in this call, or undefined if this call does not pass it. */
  after?: string;
}

/** The arguments that differ between an earlier call's summary and this one's, in this call's order. */
export function changedArguments(before: string, after: string): ArgumentChange[] {
  const old = new Map(parseKeySummary(before).map((a) => [a.name, a.value]));
  const now = parseKeySummary(after);
  const changes: ArgumentChange[] = [];
  for (const arg of now) {
    const was = old.get(arg.name);
    if (was !== arg.value) changes.push({ name: arg.name, before: was, after: arg.value });
    old.delete(arg.name);
  }
  for (const [name, value] of old) changes.push({ name, before: value });
  return changes;
}
