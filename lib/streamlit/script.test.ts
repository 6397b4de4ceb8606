/** Running the reader's TypeScript: imports, top-level await, and failures shown the Python way at the right line. */
import { describe, expect, it } from "vitest";
import { headerLineOffset, lateScriptError, sourceColumn } from "./script";
import { ok, testServer, texts } from "./test-support/harness";

const run = async (source: string) => testServer().server.createSession().run(source);

describe("running scripts", () => {
  it("accepts TypeScript, imports of streamlit and danfojs in every form, and top-level await", async () => {
    const result = ok(
      await run(`import * as st from "streamlit";
import * as pd from "danfojs";
import { DataFrame } from "danfojs";
import streamlit from "streamlit";
interface Row { a: number }
const rows: Row[] = [{ a: 1 }, { a: 2 }];
const df = new DataFrame(rows);
await Promise.resolve();
streamlit.text(String(df.shape[0]));
st.text(typeof pd.readCSV);`),
    );
    expect(texts(result)).toEqual(["2", "function"]);
  });

  it("measures the engine's Function header (2 lines in V8)", () => {
    expect(headerLineOffset()).toBe(2);
  });

  it("numbers runs and reports their duration on the server clock", async () => {
    const { server } = testServer();
    const session = server.createSession();
    expect((await session.run(`st.text("a");`)).runNumber).toBe(1);
    const second = await session.run(`st.text("a");`);
    expect(second).toMatchObject({ runNumber: 2, durationMs: 0, events: [] });
  });
});

describe("bad scripts give a clear error", () => {
  it("a syntax error has its line and column", async () => {
    const result = await run(`st.text("fine");\nconst x = ;\n`);
    expect(result.error).toMatchObject({ type: "SyntaxError", line: 2, column: 11 });
    expect(result.elements).toEqual([]);
  });

  it("a duplicate declaration (caught by the engine, not the transpiler) still gets its line", async () => {
    const result = await run(`let total = 1;\nst.text("x");\nlet total = 2;\n`);
    expect(result.error).toMatchObject({
      type: "SyntaxError",
      message: "Identifier 'total' has already been declared",
      line: 3,
    });
  });

  it("redeclaring a name the runner provides (st, dfd) points at the declaration", async () => {
    const result = await run(`st.text("x");\nconst dfd = 1;\n`);
    expect(result.error).toMatchObject({
      type: "SyntaxError",
      message: "Identifier 'dfd' has already been declared",
      line: 2,
    });
  });

  it("a thrown string is an Error with that text", async () => {
    const result = await run(`st.text("before");\nthrow "something went wrong";`);
    expect(result.error).toEqual({ type: "Error", message: "something went wrong" });
    expect(texts(result)).toEqual(["before"]);
  });

  it("a rejected promise that is awaited fails the run at the await", async () => {
    const result = await run(`const load = async () => { throw new RangeError("no rows"); };\n\nawait load();`);
    expect(result.error).toMatchObject({ type: "RangeError", message: "no rows", line: 1 });
    const rejected = await run(`st.text("a");\nawait Promise.reject("refused");`);
    expect(rejected.error).toEqual({ type: "Error", message: "refused" });
  });

  it("a JS TypeError points at the reader's line, even deep in a function", async () => {
    const result = await run(`function first(rows: any) {\n  return rows[0].name;\n}\n\nst.text(first([]));`);
    expect(result.error).toMatchObject({ type: "TypeError", line: 2 });
    expect(result.error!.message).toMatch(/Cannot read properties of undefined/);
  });

  it("danfojs' own errors show their ParamError name", async () => {
    const result = await run(`const df = new dfd.DataFrame({ a: [1, 2] });\ndf.drop({});`);
    expect(result.error).toMatchObject({
      type: "ParamError",
      message: "Must specify one of columns or index",
      line: 2,
    });
  });

  it("missing column access is pandas' KeyError at its line", async () => {
    const result = await run(`const df = new dfd.DataFrame({ Lon: [1, 2] });\n\nconst lat = df["Lat"];`);
    expect(result.error).toMatchObject({ type: "KeyError", message: "'Lat'", line: 3 });
  });

  it("a missing column read with a dot is pandas' AttributeError, with brackets a KeyError", async () => {
    const frame = `const df = new dfd.DataFrame({ Lon: [1, 2] });\n`;
    expect((await run(`${frame}st.text(df.Lat);`)).error).toMatchObject({
      type: "AttributeError",
      message: "'DataFrame' object has no attribute 'Lat'",
      line: 2,
    });
    expect((await run(`${frame}st.text(df?.Lat);`)).error).toMatchObject({ type: "AttributeError", line: 2 });
    expect((await run(`${frame}const n: number = df["Lat"].size;`)).error).toMatchObject({
      type: "KeyError",
      message: "'Lat'",
      line: 2,
      column: 21,
    });
  });

  it("columns point into the reader's line, though the transpiler removed types and added a prologue", async () => {
    expect((await run(`st.text(String(missingThing));`)).error).toMatchObject({
      type: "ReferenceError",
      line: 1,
      column: 16,
    });
    const typed = `function area(shape: { w: number; h: number } | null): number {\n  return shape!.w * shape!.h;\n}\nst.text(String(area(null)));`;
    expect((await run(typed)).error).toMatchObject({ type: "TypeError", line: 2, column: 17 });
    expect(sourceColumn("const a = b.c + b.c;", "const a: T = b.c + b.c;", 17)).toBe(20);
    expect(sourceColumn("x", "y", 1)).toBe(1);
  });

  it("importing another module is a ModuleNotFoundError at the import line", async () => {
    const result = await run(`st.text("a");\nimport * as np from "numpy";\nst.text(String(np));`);
    expect(result.error).toMatchObject({ type: "ModuleNotFoundError", line: 2 });
    expect(result.error!.message).toContain("No module named 'numpy'");
  });

  it("an unknown name is a ReferenceError at its line", async () => {
    const result = await run(`st.text("a");\nst.text(missingThing);`);
    expect(result.error).toMatchObject({ type: "ReferenceError", message: "missingThing is not defined", line: 2 });
  });
});

describe("lateScriptError", () => {
  it("shows an error from a callback a script left behind at the reader's line, and refuses the sandbox's own", async () => {
    const store = globalThis as { lateError?: unknown };
    const result = ok(
      await run(`const later: number = 0;
setTimeout(() => {
  try {
    throw new RangeError("thrown after the run");
  } catch (error) {
    (globalThis as { lateError?: unknown }).lateError = error;
  }
}, later);
st.text("run done");`),
    );
    expect(texts(result)).toEqual(["run done"]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(lateScriptError(store.lateError)).toMatchObject({ message: "thrown after the run", line: 4 });
    delete store.lateError;
    expect(lateScriptError(new Error("a bug in the sandbox"))).toBeNull();
    // A thrown non-Error has no stack: where the engine says it was thrown decides.
    expect(lateScriptError("just a string", "cache-lab-script-12.js")).toMatchObject({ message: "just a string" });
    expect(lateScriptError("just a string", "worker.js")).toBeNull();
  });
});
