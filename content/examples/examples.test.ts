import { describe, expect, it } from "vitest";
import { testServer } from "@/lib/streamlit/test-support/harness";
import type { Element, RunResult, TableElement } from "@/lib/streamlit/types";
import { listExamples, loadExample } from "@/lib/content/load-example";

const tables = (result: RunResult) => result.elements.filter((e): e is TableElement => e.type === "dataframe" || e.type === "table");
const mutationWarnings = (result: RunResult) => result.elements.filter((e: Element) => e.type === "warning" && e.mutation);
const lineOf = (source: string, text: string) => source.split("\n").findIndex((line) => line.includes(text)) + 1;

async function runTimes(name: string, times: number): Promise<RunResult[]> {
  const { server } = testServer();
  const session = server.createSession();
  const source = loadExample(name).source;
  const results: RunResult[] = [];
  for (let i = 0; i < times; i++) results.push(await session.run(source));
  server.dispose();
  return results;
}

describe("every example", () => {
  // Four suites run it.each(listExamples()); a broken scan would leave them nothing to run, and pass.
  it("is found: the examples of every group", () => {
    const names = listExamples();
    expect(names.length).toBeGreaterThan(15);
    expect(new Set(names.map((n) => n.split("/")[0]))).toEqual(new Set(["basics", "concurrency", "mutation", "tuning"]));
  });

  it.each(listExamples())("%s loads and runs once without an error", async (name) => {
    const example = loadExample(name);
    expect(example.source).not.toContain("declare const");
    const [first] = await runTimes(name, 1);
    expect(first.error).toBeUndefined();
    expect(first.elements.length).toBeGreaterThan(0);
  });

  it("refuses an unknown name with the list of known ones", () => {
    expect(() => loadExample("mutation/nope")).toThrow(/Unknown example "mutation\/nope".*Known examples: .*mutation\/uber-cache-resource/);
  });
});

describe("the Uber pair of 'Mutating cached values'", () => {
  it("cacheResource: run 1 shows the table with and without Lat; run 2 fails at the drop with pandas' KeyError and the warning", async () => {
    const source = loadExample("mutation/uber-cache-resource").source;
    const [first, second] = await runTimes("mutation/uber-cache-resource", 2);
    expect(first.error).toBeUndefined();
    expect(tables(first).map((t) => t.table.columns)).toEqual([
      ["Date/Time", "Lat", "Lon", "Base"],
      ["Date/Time", "Lon", "Base"],
    ]);
    expect(tables(first)[0].table.shape).toEqual([10000, 4]);
    expect(mutationWarnings(first)).toHaveLength(1);
    expect(second.error).toMatchObject({ type: "KeyError", message: `"['Lat'] not found in axis"`, line: lineOf(source, "df.drop(") });
    expect(tables(second).map((t) => t.table.columns)).toEqual([["Date/Time", "Lon", "Base"]]);
  });

  it("cacheData: every run works and shows both tables", async () => {
    const results = await runTimes("mutation/uber-cache-data", 3);
    for (const result of results) {
      expect(result.error).toBeUndefined();
      expect(tables(result).map((t) => t.table.columns.length)).toEqual([4, 3]);
      expect(mutationWarnings(result)).toHaveLength(0);
    }
  });

  it("the tutorial's fix (copy before dropping) makes cacheResource work on every run", async () => {
    const source = loadExample("mutation/uber-cache-resource").source.replace("const df = await loadData(DATA_URL);", "const df = (await loadData(DATA_URL)).copy();");
    const { server } = testServer();
    const session = server.createSession();
    for (let i = 0; i < 3; i++) expect((await session.run(source)).error).toBeUndefined();
    server.dispose();
  });

  it("Clear cache lets the cacheResource example work once again", async () => {
    const source = loadExample("mutation/uber-cache-resource").source;
    const { server } = testServer();
    const session = server.createSession();
    await session.run(source);
    expect((await session.run(source)).error?.type).toBe("KeyError");
    await server.clearCaches();
    expect((await session.run(source)).error).toBeUndefined();
    expect((await session.run(source)).error?.type).toBe("KeyError");
    server.dispose();
  });
});

describe("the 'try it' list of the tutorial", () => {
  it("drop without inplace leaves the cached DataFrame alone", async () => {
    const source = loadExample("mutation/uber-cache-resource")
      .source.replace('df.drop({ columns: ["Lat"], inplace: true });', 'const withoutLat = df.drop({ columns: ["Lat"] });')
      .replace(/st\.dataframe\(df\);\s*$/, "st.dataframe(withoutLat);\n");
    expect(source).toContain("st.dataframe(withoutLat);");
    const { server } = testServer();
    const session = server.createSession();
    for (let i = 0; i < 3; i++) {
      const result = await session.run(source);
      expect(result.error).toBeUndefined();
      expect(tables(result).map((t) => t.table.columns.length)).toEqual([4, 3]);
    }
    server.dispose();
  });
});
