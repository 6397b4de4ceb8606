/**
 * The runnable examples: real TypeScript files under content/examples/<group>/<name>.ts, checked by
 * `npm run typecheck` and run against lib/ by examples.test.ts, referenced from MDX by name.
 *
 * Each file opens with a few lines for the type checker only (an `import type` and `declare`s of
 * the globals `st` and `dfd` the sandbox provides), then the {@link EXAMPLE_START} marker line. The
 * reader sees, edits and runs only what follows the marker, so line numbers in errors match the editor.
 */

/** The marker line that ends the type-checking header of an example file. */
export const EXAMPLE_START = "// ---- example ----";

/** Settings of one example; every field is optional. */
export interface ExampleSettings {
  /** Heading shown above the playground. */
  title?: string;
  /** A run longer than this is stopped and the sandbox restarted (default {@link DEFAULT_TIME_LIMIT_MS}). */
  timeLimitMs?: number;
}

/** The time limit of a run unless an example sets its own. */
export const DEFAULT_TIME_LIMIT_MS = 10_000;

/** Per-example settings, by example name (the file's path under content/examples without `.ts`). */
export const EXAMPLE_SETTINGS: Record<string, ExampleSettings> = {
  "basics/rerun-counter": { title: "A rerun, and a cached function" },
  "mutation/uber-cache-resource": { title: "st.cacheResource: one shared object" },
  "mutation/uber-cache-data": { title: "st.cacheData: a copy per run" },
  "tuning/ttl": { title: "ttl: an entry that expires" },
  "tuning/max-entries": { title: "maxEntries: the least recently used entry goes" },
  "tuning/clear-one": { title: ".clear(arg): remove one entry" },
  "tuning/validate": { title: "validate: drop a broken resource" },
  "tuning/excluded-argument": { title: "_argument: left out of the key" },
  "tuning/unhashable": { title: "An argument that cannot be hashed" },
};

/** Splits an example file into its type-checking header and the code the reader sees. */
export function exampleBody(name: string, fileText: string): string {
  const lines = fileText.replace(/\r\n/g, "\n").split("\n");
  const start = lines.findIndex((line) => line.trim() === EXAMPLE_START);
  if (start < 0) throw new Error(`Example "${name}" has no "${EXAMPLE_START}" line: put it after the declarations for the type checker.`);
  return lines.slice(start + 1).join("\n").replace(/\n*$/, "\n");
}
