import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCompletions, COMPLETIONS_MODULE, renderCompletionsModule, writeCompletions } from "./build-completions";

describe("the members of st and dfd listed before the worker loads (scripts/build-completions.ts)", () => {
  const completions = buildCompletions();
  const st = new Map(completions.st.map((member) => [member.name, member]));
  const dfd = new Map(completions.dfd.map((member) => [member.name, member]));

  it("lists st's members from lib/streamlit/api.ts, with signature and documentation", () => {
    expect(st.get("cacheData")).toMatchObject({
      kind: "property",
      detail: "(property) StApi.cacheData: CacheDataApi",
      documentation: expect.stringContaining("hands every caller a fresh copy"),
    });
    expect(st.get("cacheResource")?.documentation).toContain("hands every caller the same object");
    expect(st.get("dataframe")).toMatchObject({
      kind: "method",
      detail: "(method) StApi.dataframe(data: unknown): void",
      documentation: expect.stringContaining("An interactive table of a DataFrame"),
    });
    expect(st.get("spinner")?.detail).toMatch(
      /^\(method\) StApi\.spinner<T>\(text: string, work: \(\) => T \| Promise<T>\): Promise<T>$/,
    );
    // Only what scripts see: none of the engine behind st.
    for (const internal of ["compileScript", "createStApi", "registry"]) expect(st.has(internal), internal).toBe(false);
  });

  it("lists dfd's exports from danfojs' own declarations, JSDoc tags included", () => {
    expect(dfd.get("DataFrame")?.detail).toContain("class DataFrame");
    expect(dfd.get("readCSV")?.detail).toContain("readCSV: (file: any, options?: CsvInputOptionsBrowser");
    expect(dfd.get("readCSV")?.documentation).toMatch(/^Reads a CSV file[\s\S]*\*@returns\* — DataFrame/);
    expect(dfd.has("Series")).toBe(true);
  });

  it("writes a module the editor imports, sorted and stable", () => {
    expect(completions.st.map((m) => m.name)).toEqual(
      [...completions.st.map((m) => m.name)].sort((a, b) => a.localeCompare(b)),
    );
    const text = renderCompletionsModule(completions);
    expect(text).toContain("export const MEMBER_COMPLETIONS: MemberCompletions = {");
    writeCompletions();
    expect(fs.readFileSync(path.join(process.cwd(), COMPLETIONS_MODULE), "utf8")).toBe(text);
    expect(writeCompletions()).toBe(false);
  });
});
