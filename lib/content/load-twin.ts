/**
 * Reads the Python twin of an example (`<name>.py` beside `<name>.ts`) at build time and in tests.
 * Server-only: it uses node:fs.
 */
import fs from "node:fs";
import path from "node:path";
import { TWIN_ANCHORS } from "@/content/examples/twin-anchors";
import type { LineAnchor } from "@/lib/twin/align-lines";
import { EXAMPLES_DIR } from "./load-example";

/** The path of an example's Python twin. */
export function twinPath(name: string): string {
  return path.join(EXAMPLES_DIR, `${name}.py`);
}

/** The Python twin of an example; a missing twin throws, which fails the build with its path. */
export function loadTwin(name: string): string {
  const file = twinPath(name);
  if (!fs.existsSync(file))
    throw new Error(`Example "${name}" has no Python twin: write ${path.relative(process.cwd(), file)}.`);
  return fs.readFileSync(file, "utf8").replace(/\r\n/g, "\n").replace(/\n*$/, "\n");
}

/** The lines of an example the tutorials point at, each paired with its line in the twin. */
export function twinAnchors(name: string): LineAnchor[] {
  return (TWIN_ANCHORS[name] ?? []).map(({ ts, py }) => ({ ts, py }));
}
