import { transform } from "sucrase";
import { describe, expect, it } from "vitest";
import { instrumentSteps } from "./instrument";

const compile = (source: string) => transform(source, { transforms: ["typescript", "imports"], disableESTransforms: true }).code;
const stepped = (source: string) => instrumentSteps(compile(source));

describe("instrumentSteps", () => {
  it("puts a step before each top-level statement, on its own line, and keeps the line count", () => {
    const source = `import * as st from "streamlit";\nconst a = 1;\n\nst.text(a);\nst.text(a + 1)\n`;
    const { code, stepLines } = stepped(source);
    expect(stepLines).toEqual([2, 4, 5]);
    expect(code.split("\n")).toHaveLength(source.split("\n").length);
    expect(code.split("\n")[3]).toBe("await __step(4);st.text(a);");
  });

  it("steps inside if/else, for and try blocks but not inside functions, objects or classes", () => {
    const source = [
      "if (x) {", "  st.text(1);", "} else {", "  st.text(2);", "}",
      "for (const r of rows) {", "  st.text(r);", "}",
      "try {", "  st.text(3);", "} finally {", "  st.text(4);", "}",
      "function f() {", "  st.text(5);", "}",
      "const g = () => {", "  st.text(6);", "};",
      "const o = {", "  a: 1,", "};",
      "class K {", "  m() {}", "}",
    ].join("\n");
    const { stepLines } = stepped("const x = 1, rows = [1];\n" + source);
    expect(stepLines).toEqual([2, 3, 5, 7, 8, 10, 11, 13, 15, 18, 21, 24]);
  });

  it("leaves lines that continue a statement alone", () => {
    const source = [
      "const a = [1, 2]", "  .map((n) => n * 2)", "  .filter(Boolean);",
      "const b = a.length > 1", "  ? 'many'", "  : 'one';",
      "const c =", "  3;",
      "if (b)", "  st.text(c);",
      "const t = `x", "st.text(1)`;",
      "const re = /a\\/b/g;",
      "st.text(re)",
    ].join("\n");
    expect(stepped("let st: any;\n" + source).stepLines).toEqual([2, 5, 8, 10, 12, 14, 15]);
  });

  it("wraps the operand of a top-level await so the session gives way once it settles, and no other await", () => {
    const source = [
      "const a = await load(url).then((x) => x);",
      "const b = await (async () => { return await inner(); })();",
      "for await (const x of gen()) {",
      "  await st.cacheResource(function getLock() { return 1; })();",
      "}",
      "const c = f(await g());",
    ].join("\n");
    const { code, awaitLines } = stepped("let st: any, url = '', load: any, inner: any, gen: any, f: any, g: any;\n" + source);
    const lines = code.split("\n");
    expect(awaitLines).toEqual([2, 3, 5]);
    expect(lines[1]).toBe("await __step(2);const a = await __after(2, load(url).then((x) => x));");
    expect(lines[2]).toBe("await __step(3);const b = await __after(3, (async () => { return await inner(); })());");
    expect(lines[3]).toBe("await __step(4);for await (const x of gen()) {");
    expect(lines[4]).toBe("  await __step(5);await __after(5, st.cacheResource(function getLock() { return 1; })());");
    expect(lines[6]).toBe("await __step(7);const c = f(await g());");
  });

  it("keeps scripts runnable: the instrumented code calls the step function once per statement", async () => {
    const source = `const seen: number[] = [];\nfor (let i = 0; i < 3; i++) {\n  seen.push(i);\n}\nreturn seen;\n`;
    const code = instrumentSteps(compile(source)).code;
    const lines: number[] = [];
    const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (step: (line: number) => Promise<void>) => Promise<number[]>;
    const result = await new AsyncFunction("__step", code)(async (line) => void lines.push(line));
    expect(result).toEqual([0, 1, 2]);
    expect(lines).toEqual([2, 3, 3, 3, 5]);
  });
});
