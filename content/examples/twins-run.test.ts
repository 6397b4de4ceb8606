import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testServer } from "@/lib/streamlit/test-support/harness";
import type { Element, RunResult } from "@/lib/streamlit/types";
import { listExamples, loadExample } from "@/lib/content/load-example";
import { twinPath } from "@/lib/content/load-twin";

// Real pandas: /usr/bin/python3 has it here and in CI (python3-pandas from apt).
const PYTHON = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const RUNS = 2;
const names = listExamples();

type Shown = (string | number | unknown)[];

/** What an element shows, in the shape run_twins.py records it. */
function shown(element: Element): Shown | null {
  switch (element.type) {
    case "subheader":
    case "caption":
    case "text":
    case "info":
    case "warning":
      // The emulation's own mutation warning is not Streamlit's, so the twin does not show it.
      return "mutation" in element && element.mutation ? null : [element.type, element.body];
    case "json":
      return ["json", element.value];
    case "metric":
      return ["metric", element.label, element.value];
    case "dataframe":
      return ["dataframe", element.table.columns];
    case "exception":
      return ["exception", element.error.type];
    case "button":
      return ["button", element.label];
    default:
      return [element.type];
  }
}

const emulated = (result: RunResult): Shown[] => [
  ...result.elements.map(shown).filter((e): e is Shown => e !== null),
  ...(result.error ? [["error", result.error.type]] : []),
];
// A metric's value is text in the emulation; Python passes numbers, which Streamlit shows as text.
const fromPython = (runs: Shown[][]) => runs.map((run) => run.map((e) => (e[0] === "metric" ? ["metric", e[1], String(e[2])] : e[0] === "error" ? e.slice(0, 2) : e)));

function runTwins(): Record<string, Shown[][]> {
  const script = path.join(import.meta.dirname, "test-support", "run_twins.py");
  const out = execFileSync(PYTHON, [script, path.join(process.cwd(), "public", "data"), String(RUNS), ...names.map(twinPath)], { encoding: "utf8", maxBuffer: 8 << 20 });
  return JSON.parse(out) as Record<string, Shown[][]>;
}

describe("each Python twin, run twice on real pandas, shows what its TypeScript shows on the emulation", () => {
  const python = runTwins();
  it.each(names)("%s", async (name) => {
    const { server } = testServer();
    const session = server.createSession();
    const runs: Shown[][] = [];
    for (let i = 0; i < RUNS; i++) runs.push(emulated(await session.run(loadExample(name).source)));
    server.dispose();
    expect(fromPython(python[twinPath(name)])).toEqual(runs);
  });
});
