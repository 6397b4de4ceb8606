/**
 * Reads examples from disk at build time (and in tests). Server-only: it uses node:fs.
 */
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_TIME_LIMIT_MS, EXAMPLE_SETTINGS, exampleBody } from "@/content/examples/registry";

/** The folder holding the example files. */
export const EXAMPLES_DIR = path.join(process.cwd(), "content", "examples");

/** An example ready for a playground. */
export interface Example {
  /** Name used in MDX, e.g. "mutation/uber-cache-resource". */
  name: string;
  title: string;
  /** The code the reader sees and runs (the file after its header). */
  source: string;
  timeLimitMs: number;
}

/** Every example name: the `.ts` files in the group folders, tests excluded. */
export function listExamples(): string[] {
  return fs
    .readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(EXAMPLES_DIR, dir.name))
        .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
        .map((file) => `${dir.name}/${file.slice(0, -3)}`),
    )
    .sort();
}

/** Loads one example by name; an unknown name throws, which fails the build with the known names. */
export function loadExample(name: string): Example {
  const known = listExamples();
  if (!known.includes(name)) {
    throw new Error(
      `Unknown example "${name}" in a <Playground> or <SideBySide>. Known examples: ${known.join(", ")}.`,
    );
  }
  const fileText = fs.readFileSync(path.join(EXAMPLES_DIR, `${name}.ts`), "utf8");
  const settings = EXAMPLE_SETTINGS[name] ?? {};
  return {
    name,
    title: settings.title ?? name.split("/").pop() ?? name,
    source: exampleBody(name, fileText),
    timeLimitMs: settings.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
  };
}
