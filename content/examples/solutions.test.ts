import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listSolutions, loadExample, loadSolution } from "@/lib/content/load-example";
import { testServer } from "@/lib/streamlit/test-support/harness";
import type { Element, RunResult, TableElement } from "@/lib/streamlit/types";

// The "Show solution" and "Apply fix" of each "Try it" item: the solution files run in the
// emulation and do what the item promises.
const tables = (result: RunResult) => result.elements.filter((e): e is TableElement => e.type === "dataframe" || e.type === "table");
const mutationWarnings = (result: RunResult) => result.elements.filter((e: Element) => e.type === "warning" && e.mutation);

async function runTimes(source: string, times: number): Promise<RunResult[]> {
  const { server } = testServer();
  const session = server.createSession();
  const results: RunResult[] = [];
  for (let i = 0; i < times; i++) results.push(await session.run(source));
  server.dispose();
  return results;
}

const uses = fs
  .readdirSync(path.join(process.cwd(), "content"))
  .filter((file) => file.endsWith(".mdx"))
  .flatMap((file) =>
    [...fs.readFileSync(path.join(process.cwd(), "content", file), "utf8").matchAll(/<Solution\s+example="([^"]+)"\s+name="([^"]+)"/g)].map(
      (m) => ({ example: m[1], name: m[2] }),
    ),
  );

describe("the solutions of the 'Try it' items", () => {
  it("are found, and each is used by a <Solution> in a tutorial", () => {
    expect(listSolutions()).toEqual([
      { example: "mutation/uber-cache-resource", name: "copy" },
      { example: "mutation/uber-cache-resource", name: "no-inplace" },
    ]);
    expect([...uses].sort((a, b) => a.name.localeCompare(b.name))).toEqual(listSolutions());
  });

  it("are not examples of their own", () => {
    expect(() => loadExample("mutation/uber-cache-resource.solution-copy")).toThrow(/Unknown example/);
    expect(() => loadSolution("mutation/uber-cache-resource", "nope")).toThrow(/No solution "nope"/);
  });

  it("copy: the cacheResource side works on every run, because the script drops Lat from its own copy", async () => {
    const solution = loadSolution("mutation/uber-cache-resource", "copy");
    expect(solution).toContain("const df = (await loadData(DATA_URL)).copy();");
    for (const result of await runTimes(solution, 3)) {
      expect(result.error).toBeUndefined();
      expect(tables(result).map((t) => t.table.columns)).toEqual([
        ["Date/Time", "Lat", "Lon", "Base"],
        ["Date/Time", "Lon", "Base"],
      ]);
      expect(mutationWarnings(result)).toEqual([]);
    }
  });

  it("no-inplace: drop returns a new DataFrame and every run shows both tables", async () => {
    const solution = loadSolution("mutation/uber-cache-resource", "no-inplace");
    expect(solution).toContain('const withoutLat = df.drop({ columns: ["Lat"] });');
    expect(solution).not.toContain("inplace: true");
    for (const result of await runTimes(solution, 3)) {
      expect(result.error).toBeUndefined();
      expect(tables(result).map((t) => t.table.columns)).toEqual([
        ["Date/Time", "Lat", "Lon", "Base"],
        ["Date/Time", "Lon", "Base"],
      ]);
      expect(mutationWarnings(result)).toEqual([]);
    }
  });

  it("the original still fails on its second run, so each solution fixes something", async () => {
    const [, second] = await runTimes(loadExample("mutation/uber-cache-resource").source, 2);
    expect(second.error?.type).toBe("KeyError");
  });
});
