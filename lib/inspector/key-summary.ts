/**
 * The arguments of a cached call, as the inspector shows and compares them. Events carry them as
 * structured data ({@link KeyArgument}); this is the one place they become display text.
 */
import type { KeyArgument } from "../streamlit/types";

/** The arguments as the inspector writes them inside a call: `url="/data/x.csv", n=3` ("" for none). */
export function keySummary(args: readonly KeyArgument[]): string {
  return args.map((a) => `${a.name}=${a.repr}`).join(", ");
}

/** An argument whose value differs between two calls of one function. */
export interface ArgumentChange {
  name: string;
  /** Its representation in the earlier call, or undefined if the earlier call did not pass it. */
  before?: string;
  /** Its representation in this call, or undefined if this call does not pass it. */
  after?: string;
}

/** The arguments that differ between an earlier call and this one: this call's order, then those left out. */
export function changedArguments(before: readonly KeyArgument[], after: readonly KeyArgument[]): ArgumentChange[] {
  const old = new Map(before.map((a) => [a.name, a.repr]));
  const changes: ArgumentChange[] = [];
  for (const arg of after) {
    const was = old.get(arg.name);
    if (was !== arg.repr) changes.push({ name: arg.name, before: was, after: arg.repr });
    old.delete(arg.name);
  }
  for (const [name, repr] of old) changes.push({ name, before: repr });
  return changes;
}
