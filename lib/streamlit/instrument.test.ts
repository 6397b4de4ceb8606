import { transform } from "sucrase";
import { describe, expect, it } from "vitest";
import { instrumentSteps } from "./instrument";

const compile = (source: string) =>
  transform(source, { transforms: ["typescript", "imports"], disableESTransforms: true }).code;
const stepped = (source: string) => instrumentSteps(compile(source));

type Body = (...args: unknown[]) => Promise<unknown>;
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => Body;

/**
 * Runs instrumented code as the script runner does (the step functions are parameters), with
 * `names` as the script's other free names; every step and every give-way after an await is logged.
 * The tests check what the code does, not how its text is spelled.
 */
async function runStepped(code: string, log: string[], names: Record<string, unknown> = {}): Promise<unknown> {
  const step = async (line: number) => void log.push(`step ${line}`);
  const after = async (line: number, operand: unknown) => {
    const value = await operand;
    log.push(`after ${line}`);
    return value;
  };
  return new AsyncFunction("__step", "__after", ...Object.keys(names), code)(step, after, ...Object.values(names));
}

describe("instrumentSteps", () => {
  it("puts a step before each top-level statement, on its own line, and keeps the line count", async () => {
    // The first line needs no step: the session starts there.
    const source = `const a = 1;\n\nst.text(a);\nst.text(a + 1)\n`;
    const { code, stepLines } = stepped(source);
    expect(stepLines).toEqual([3, 4]);
    const lines = code.split("\n");
    expect(lines).toHaveLength(source.split("\n").length);
    // The step for a line sits on that line, so errors still point at the reader's line.
    expect(lines[2]).toContain("__step(3)");
    expect(lines[2]).toContain("st.text(a);");
    const log: string[] = [];
    await runStepped(code, log, { st: { text: (v: unknown) => void log.push(`text ${String(v)}`) } });
    expect(log).toEqual(["step 3", "text 1", "step 4", "text 2"]);
  });

  it("an import at the top of the script gets no step of its own", () => {
    const source = `import * as st from "streamlit";\nconst a = 1;\n\nst.text(a);\nst.text(a + 1)\n`;
    const { code, stepLines } = stepped(source);
    expect(stepLines).toEqual([2, 4, 5]);
    expect(code.split("\n")).toHaveLength(source.split("\n").length);
  });

  it("steps inside if/else, for and try blocks but not inside functions, objects or classes", () => {
    const source = [
      "if (x) {",
      "  st.text(1);",
      "} else {",
      "  st.text(2);",
      "}",
      "for (const r of rows) {",
      "  st.text(r);",
      "}",
      "try {",
      "  st.text(3);",
      "} finally {",
      "  st.text(4);",
      "}",
      "function f() {",
      "  st.text(5);",
      "}",
      "const g = () => {",
      "  st.text(6);",
      "};",
      "const o = {",
      "  a: 1,",
      "};",
      "class K {",
      "  m() {}",
      "}",
    ].join("\n");
    const { stepLines } = stepped("const x = 1, rows = [1];\n" + source);
    expect(stepLines).toEqual([2, 3, 5, 7, 8, 10, 11, 13, 15, 18, 21, 24]);
  });

  it("leaves lines that continue a statement alone", () => {
    const source = [
      "const a = [1, 2]",
      "  .map((n) => n * 2)",
      "  .filter(Boolean);",
      "const b = a.length > 1",
      "  ? 'many'",
      "  : 'one';",
      "const c =",
      "  3;",
      "if (b)",
      "  st.text(c);",
      "const t = `x",
      "st.text(1)`;",
      "const re = /a\\/b/g;",
      "st.text(re)",
    ].join("\n");
    expect(stepped("let st: any;\n" + source).stepLines).toEqual([2, 5, 8, 10, 12, 14, 15]);
  });

  it("wraps the operand of a top-level await so the session gives way once it settles, and no other await", async () => {
    const source = [
      "const url = '/a.csv';",
      "const a = await load(url).then((x) => x);",
      "const b = await (async () => { return await inner(); })();",
      "for await (const x of gen()) {",
      "  await st.cacheResource(function getLock() { return x; })();",
      "}",
      "const c = f(await g());",
      "return [a, b, c];",
    ].join("\n");
    const { code, awaitLines } = stepped(source);
    expect(awaitLines).toEqual([2, 3, 5]);
    expect(code.split("\n")).toHaveLength(source.split("\n").length);
    const log: string[] = [];
    const result = await runStepped(code, log, {
      load: async (url: string) => `loaded ${url}`,
      inner: async () => "inner",
      gen: async function* () {
        yield 1;
        yield 2;
      },
      st: { cacheResource: (fn: () => number) => async () => void log.push(`resource ${fn()}`) },
      f: (v: string) => `f(${v})`,
      g: async () => "g",
    });
    expect(result).toEqual(["loaded /a.csv", "inner", "f(g)"]);
    // A give-way after each top-level await once it settled (each loop turn too); none for the await inside f(...).
    expect(log).toEqual([
      "step 2",
      "after 2",
      "step 3",
      "after 3",
      "step 4",
      "step 5",
      "resource 1",
      "after 5",
      "step 5",
      "resource 2",
      "after 5",
      "step 7",
      "step 8",
    ]);
  });

  it("keeps scripts runnable: the instrumented code calls the step function once per statement", async () => {
    const source = `const seen: number[] = [];\nfor (let i = 0; i < 3; i++) {\n  seen.push(i);\n}\nreturn seen;\n`;
    const log: string[] = [];
    const result = await runStepped(stepped(source).code, log);
    expect(result).toEqual([0, 1, 2]);
    expect(log).toEqual(["step 2", "step 3", "step 3", "step 3", "step 5"]);
  });
});
