/** The console scripts print through: what each call prints, and which run's terminal it reaches. */
import { describe, expect, it } from "vitest";
import { createScriptConsole, formatConsoleArgs } from "./script-console";
import { ok, testServer } from "./test-support/harness";
import type { RunProgress, TerminalLine } from "./types";

describe("formatConsoleArgs", () => {
  it("prints strings raw and other values as Node's util.inspect does, joined by spaces", () => {
    expect(formatConsoleArgs(["rows:", 3, true, null, undefined, 10n, -0])).toBe("rows: 3 true null undefined 10n -0");
    expect(formatConsoleArgs([{ a: 1, b: "x", "c d": [1, 2] }])).toBe("{ a: 1, b: 'x', 'c d': [ 1, 2 ] }");
    expect(formatConsoleArgs([[], {}, new Map([["k", 1]]), new Set([1])])).toBe(
      "[] {} Map(1) { 'k' => 1 } Set(1) { 1 }",
    );
    expect(formatConsoleArgs([function load() {}, class Model {}])).toBe("[Function: load] [class Model]");
    expect(formatConsoleArgs([new TypeError("bad")])).toBe("TypeError: bad");
    expect(formatConsoleArgs([new Date(0)])).toBe("1970-01-01T00:00:00.000Z");
  });

  it("stops at Node's depth and item limits, and marks cycles", () => {
    expect(formatConsoleArgs([{ a: { b: { c: { d: 1 } } } }])).toBe("{ a: { b: { c: [Object] } } }");
    const long = formatConsoleArgs([Array.from({ length: 102 }, (_, i) => i)]);
    expect(long.endsWith("98, 99, ... 2 more items ]")).toBe(true);
    const loop: Record<string, unknown> = { name: "x" };
    loop.self = loop;
    expect(formatConsoleArgs([loop])).toBe("{ name: 'x', self: [Circular] }");
  });

  it("substitutes %s, %d, %i, %f, %j, %o and %% in a first string, as Node does", () => {
    expect(formatConsoleArgs(["%s has %d rows (%i%%), %f", "df", 42.7, 99.9, "1.5"])).toBe(
      "df has 42.7 rows (99%), 1.5",
    );
    expect(formatConsoleArgs(["%j and %o", { a: 1 }, [1]])).toBe('{"a":1} and [ 1 ]');
    expect(formatConsoleArgs(["%s left:", "a", "extra", 1])).toBe("a left: extra 1");
    expect(formatConsoleArgs(["100%"])).toBe("100%");
  });

  it("shows a DataFrame or Series as a note of its shape, not its internals", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`const df = new dfd.DataFrame({ a: [1, 2, 3], b: ["x", "y", "z"] });
console.log(df, df["a"]);`),
    );
    expect(result.terminal).toEqual([{ level: "log", text: "DataFrame [3 rows x 2 columns] Series [3 rows]" }]);
  });
});

describe("a script's console", () => {
  it("gives log, info and debug the log level, warn and error their own, and ignores timers and groups", () => {
    const lines: TerminalLine[] = [];
    const console = createScriptConsole((line) => lines.push(line));
    console.log("a");
    console.info("b");
    console.debug("c");
    console.warn("d");
    console.error("e");
    (console.time as () => void)();
    (console.group as () => void)();
    expect(lines).toEqual([
      { level: "log", text: "a" },
      { level: "log", text: "b" },
      { level: "log", text: "c" },
      { level: "warn", text: "d" },
      { level: "error", text: "e" },
    ]);
  });

  it("puts a run's prints, a cached function's included, in that run's result and streams each one", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const source = `const square = st.cacheData((n: number) => { console.log("computing", n); return n * n; });
console.log("start");
console.warn("careful");
st.write(square(4));
console.error("done", { n: square(4) });`;
    const progress: RunProgress[] = [];
    const first = ok(await session.run(source, { onProgress: (p) => progress.push(p) }));
    const expected: TerminalLine[] = [
      { level: "log", text: "start" },
      { level: "warn", text: "careful" },
      { level: "log", text: "computing 4" },
      { level: "error", text: "done { n: 16 }" },
    ];
    expect(first.terminal).toEqual(expected);
    expect(progress.filter((p) => p.kind === "terminal").map((p) => p.line)).toEqual(expected);
    // The rerun hits the cache: the function's body, and its print, do not run again.
    const second = ok(await session.run(source));
    expect(second.terminal).toEqual([expected[0], expected[1], expected[3]]);
  });

  it("keeps each session's prints in its own result when sessions run at once", async () => {
    const { server } = testServer();
    const source = `for (let i = 0; i < 3; i++) { console.log(st.sessionState.name ?? "?", i); await Promise.resolve(); }`;
    const [a, b] = [server.createSession(), server.createSession()];
    const [ra, rb] = await Promise.all([
      a.run(`st.sessionState.name = "A";\n${source}`),
      b.run(`st.sessionState.name = "B";\n${source}`),
    ]);
    expect(ok(ra).terminal?.map((l) => l.text)).toEqual(["A 0", "A 1", "A 2"]);
    expect(ok(rb).terminal?.map((l) => l.text)).toEqual(["B 0", "B 1", "B 2"]);
  });

  it("leaves the terminal out of a result when the script printed nothing", async () => {
    const { server } = testServer();
    const result = ok(await server.createSession().run(`st.write(1);`));
    expect(result.terminal).toBeUndefined();
  });
});
