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

/** How a solution file is named: `<example>.solution-<name>.ts`, beside its example. */
const SOLUTION_MARK = ".solution-";

/** Every example name: the `.ts` files in the group folders, tests and solutions excluded. */
export function listExamples(): string[] {
  return fs
    .readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(EXAMPLES_DIR, dir.name))
        .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.includes(SOLUTION_MARK))
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

/**
 * The code of one solution of a "Try it" item: `<example>.solution-<name>.ts` beside the example,
 * with the same type-checking header. A missing file throws, which fails the build.
 */
export function loadSolution(example: string, name: string): string {
  loadExample(example);
  const file = path.join(EXAMPLES_DIR, `${example}${SOLUTION_MARK}${name}.ts`);
  if (!fs.existsSync(file)) {
    throw new Error(`No solution "${name}" for example "${example}" in a <Solution>: write ${file}.`);
  }
  return exampleBody(`${example}${SOLUTION_MARK}${name}`, fs.readFileSync(file, "utf8"));
}

/** Every solution as `{ example, name }`, for the test that runs them all. */
export function listSolutions(): { example: string; name: string }[] {
  return fs
    .readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(EXAMPLES_DIR, dir.name))
        .filter((file) => file.endsWith(".ts") && file.includes(SOLUTION_MARK))
        .map((file) => {
          const [base, name] = file.slice(0, -3).split(SOLUTION_MARK);
          return { example: `${dir.name}/${base}`, name };
        }),
    )
    .sort((a, b) => `${a.example}:${a.name}`.localeCompare(`${b.example}:${b.name}`));
}
