/** What a `<MultiSession>` starts with when the tutorial does not say, shared by the tutorial page and its embed. */

/** The schedule "Run all at once" and "Step through" start with when none is given. */
export const DEFAULT_SCHEDULE = "A, then B";

/** The names of `count` sessions, 2 to 4 (default 2): A, B, C, D. */
export function sessionNames(count = 2): string[] {
  return "ABCD".slice(0, Math.min(4, Math.max(2, count))).split("");
}
