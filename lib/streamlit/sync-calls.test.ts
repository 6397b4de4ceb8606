/**
 * Issue 10, section 1: a plain cached function stays plain (Streamlit's cache_utils.py returns the
 * value itself), an `async` one returns a promise (Streamlit 1.64's async-aware caching), and every
 * clear takes effect before the next line runs, awaited or not.
 */
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "./index";
import { eventOf, kinds, ok, testServer } from "./test-support/harness";
import type { RunResult } from "./types";

const json = (result: RunResult) =>
  result.elements.filter((e) => e.type === "json").map((e) => (e as { value: unknown }).value);

describe("sync stays sync (cache_utils.py: the wrapper returns the value)", () => {
  it("the seed's counter reads like the Python: no await, a list on the miss and on every hit", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = `const createList = st.cacheResource(function createList() { return [1, 2, 3]; });
const l = createList();
l[0] += 1;
st.json([Array.isArray(l), l[0]]);`;
    expect(json(ok(await session.run(src)))).toEqual([[true, 2]]);
    expect(json(ok(await session.run(src)))).toEqual([[true, 3]]);
  });

  it("cacheData hands a plain value on the miss and a plain copy on a hit, within one line", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`const f = st.cacheData(function f(n: number) { return { n }; });
const a = f(1);
const b = f(1);
st.json([a instanceof Promise, b instanceof Promise, a.n, b.n, a === b]);`),
    );
    expect(json(result)).toEqual([[false, false, 1, 1, false]]);
    expect(kinds(result, "f")).toEqual(["miss", "compute", "store", "hit", "copy"]);
  });

  it("an async function returns a promise on the miss and on a hit, as Streamlit does for async def", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`const f = st.cacheData(async function f() { return 7; });
const miss = f();
const first = await miss;
const hit = f();
st.json([miss instanceof Promise, hit instanceof Promise, first, await hit]);`),
    );
    expect(json(result)).toEqual([[true, true, 7, 7]]);
  });

  it("a plain function reads an entry persisted by an earlier server, in the same tick", async () => {
    const persistStore = createMemoryStore();
    const src = `const f = st.cacheData(function f(n: number) { st.text("computed"); return { n, at: "first" }; }, { persist: "disk" });
const v = f(5);
st.json([v instanceof Promise, v.n]);`;
    ok(await testServer({ persistStore }).server.createSession().run(src));
    const restarted = ok(await testServer({ persistStore }).server.createSession().run(src));
    expect(json(restarted)).toEqual([[false, 5]]);
    expect(eventOf(restarted, "hit")?.fromPersistStore).toBe(true);
    expect(restarted.elements[0]).toEqual({ type: "text", body: "computed" });
  });
});

describe("a plain function that returns a promise", () => {
  it("cacheData refuses it with UnserializableReturnValueError, and says to declare the function async", async () => {
    const { server } = testServer();
    const result = await server.createSession().run(`const loadData = st.cacheData((url: string) => dfd.readCSV(url));
const df = await loadData("/data/uber-raw-data-sep14-10k.csv");`);
    expect(result.error).toMatchObject({ type: "UnserializableReturnValueError", line: 2 });
    expect(result.error!.message).toContain("`loadData` is not `async` but returned a Promise: declare it `async`");
  });
});

describe("clears take effect before the next line, awaited or not", () => {
  it("st.cacheData.clear() without await empties every data function before the next line", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = (clear: string) => `const f = st.cacheData(function f() { return 1; });
const g = st.cacheData(function g() { return 2; });
f(); g();
${clear}
f(); g();`;
    ok(await session.run(src("")));
    const result = ok(await session.run(src("st.cacheData.clear();")));
    expect(kinds(result, "f").filter((k) => k === "hit" || k === "miss")).toEqual(["hit", "miss"]);
    expect(kinds(result, "g").filter((k) => k === "hit" || k === "miss")).toEqual(["hit", "miss"]);
  });

  it("st.cacheResource.clear(), f.clear() and f.clear(arg) without await, each seen by the very next line", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`const r = st.cacheResource(function r(n: number) { return { n }; });
const d = st.cacheData(function d(n: number) { return n; });
const a = r(1);
st.cacheResource.clear();
const b = r(1);
d(1); d(2);
d.clear(1);
d(1); d(2);
d.clear();
d(2);
st.json(a === b);`),
    );
    expect(json(result)).toEqual([false]);
    expect(kinds(result, "d").filter((k) => k === "hit" || k === "miss")).toEqual([
      "miss",
      "miss",
      "miss",
      "hit",
      "miss",
    ]);
  });

  it("a cleared persisted entry is never read again, though the store deletes it later", async () => {
    const persistStore = createMemoryStore();
    const { server } = testServer({ persistStore });
    const session = server.createSession();
    const src = `const f = st.cacheData(function f() { return 1; }, { persist: "disk" });
f();
f.clear();
f();`;
    ok(await session.run(`const f = st.cacheData(function f() { return 1; }, { persist: "disk" });\nf();`));
    expect(await persistStore.keys()).toHaveLength(1);
    const result = ok(await session.run(src));
    expect(kinds(result, "f").filter((k) => k === "hit" || k === "miss")).toEqual(["hit", "miss"]);
    // The second miss stored the value again; a fresh server reads that one.
    expect(await persistStore.keys()).toHaveLength(1);
  });
});

describe("async computations and clears (Streamlit's async cache tests)", () => {
  it("a clear while an async computation runs: its stale value is not stored, and the caller waiting on it computes anew", async () => {
    const { server } = testServer();
    let open!: () => void;
    (globalThis as { gate?: Promise<void> }).gate = new Promise<void>((resolve) => (open = resolve));
    const def = `const f = st.cacheData(async function f() { await (globalThis as any).gate; return "value"; });`;
    const a = server.createSession().run(`${def}\nst.text(await f());`);
    const waiter = server.createSession().run(`${def}\nst.text(await f());`);
    const clearer = ok(await server.createSession().run(`${def}\nf.clear();`));
    expect(kinds(clearer, "f")).toEqual(["clear"]);
    open();
    const [first, second] = (await Promise.all([a, waiter])).map(ok);
    expect(kinds(first, "f")).toEqual(["miss", "compute"]);
    expect(kinds(second, "f")).toEqual(["wait", "miss", "compute", "store"]);
    expect(server.snapshot()[0].entries).toHaveLength(1);
  });

  it("fifty sessions asking for one missing async key compute it once", async () => {
    const { server } = testServer();
    const src = `const f = st.cacheData(async function f() { await new Promise((r) => setTimeout(r, 5)); return 1; });\nawait f();`;
    const results = (await Promise.all(Array.from({ length: 50 }, () => server.createSession().run(src)))).map(ok);
    expect(results.filter((r) => kinds(r, "f").includes("compute"))).toHaveLength(1);
  });
});

describe("a persist store that does not answer", () => {
  it("does not hold the first run back for longer than the wait, and its entries join later", async () => {
    const { PersistMirror } = await import("./cache/persist-mirror");
    let answer!: (keys: string[]) => void;
    const slow = {
      keys: () => new Promise<string[]>((resolve) => (answer = resolve)),
      get: async () => ({ late: true }),
      set: async () => {},
      delete: async () => {},
    };
    const mirror = new PersistMirror(slow);
    await mirror.load(20);
    expect(mirror.get("cache-lab:x")).toBeUndefined();
    expect(String(mirror.lastError)).toContain("did not answer within 20 ms");
    answer(["cache-lab:x"]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(mirror.get("cache-lab:x")).toEqual({ late: true });
  });
});
