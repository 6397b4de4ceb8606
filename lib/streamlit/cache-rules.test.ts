/** Every caching rule of the shared document, through session.run(source) with a fake clock. */
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "./index";
import { eventOf, kinds, ok, testServer, texts } from "./test-support/harness";
import type { RunProgress } from "./types";

describe("keys", () => {
  it("a positional argument is keyed by value and type: 1 and true differ, equal objects share a key", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = (arg: string) =>
      `const f = st.cacheData(function f(x: unknown) { return String(x); });\nst.text(await f(${arg}));`;
    expect(kinds(ok(await session.run(src("1"))))).toContain("miss");
    expect(kinds(ok(await session.run(src("1.0"))))).toContain("hit"); // JS cannot tell 1 from 1.0
    expect(kinds(ok(await session.run(src("true"))))).toContain("miss");
    expect(kinds(ok(await session.run(src('"1"'))))).toContain("miss");
    expect(kinds(ok(await session.run(src("{ a: [1, 2] }"))))).toContain("miss");
    expect(kinds(ok(await session.run(src("{ a: [1, 2] }"))))).toContain("hit");
    expect(kinds(ok(await session.run(src("null"))))).toContain("miss");
    expect(kinds(ok(await session.run(src("undefined"))))).toContain("miss");
  });

  it("f() and f(1) differ (defaults are not filled in); parameters starting with _ are left out", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = (call: string) =>
      `const f = st.cacheData(function f(x = 1, _conn?: object) { return x; });\nst.text(await ${call});`;
    expect(kinds(ok(await session.run(src("f()"))))).toContain("miss");
    expect(kinds(ok(await session.run(src("f(1)"))))).toContain("miss");
    expect(kinds(ok(await session.run(src("f(1, { id: 1 })"))))).toContain("hit");
    expect(kinds(ok(await session.run(src("f(1, () => 2)"))))).toContain("hit");
  });

  it("DataFrames hash by content: two loads of the same file share a key", async () => {
    const { server } = testServer();
    const src = `const rows = st.cacheData(function rows(df: any) { return df.shape[0]; });
const a = await dfd.readCSV("/data/uber-raw-data-sep14-10k.csv");
const b = await dfd.readCSV("/data/uber-raw-data-sep14-10k.csv");
st.text(await rows(a));
st.text(await rows(b));
b.drop({ columns: ["Base"], inplace: true });
st.text(await rows(b));`;
    const result = ok(await server.createSession().run(src));
    expect(kinds(result, "rows")).toEqual(["miss", "compute", "store", "hit", "copy", "miss", "compute", "store"]);
  });

  it("hashFuncs replaces the hash of a type", async () => {
    const { server } = testServer();
    const src = `class Conn { constructor(public url: string, public opened: number) {} }
const q = st.cacheData(function q(c: Conn) { return c.url; }, { hashFuncs: { Conn: (c: Conn) => c.url } });
st.text(await q(new Conn("db://a", 1)));
st.text(await q(new Conn("db://a", 2)));`;
    expect(kinds(ok(await server.createSession().run(src)), "q")).toEqual(["miss", "compute", "store", "hit", "copy"]);
  });
});

describe("errors that teach", () => {
  it("an unhashable argument raises UnhashableParamError naming the argument, its type, the function and the _ fix", async () => {
    const { server } = testServer();
    const result = await server.createSession()
      .run(`const run = st.cacheData(function run(callback: () => number) { return callback(); });
st.text(await run(() => 1));`);
    expect(result.error).toMatchObject({ type: "UnhashableParamError", line: 2 });
    expect(result.error!.message).toContain("Cannot hash argument 'callback' (of type `function`) in 'run'");
    expect(result.error!.message).toContain("(_callback, ...)");
  });

  it("an unhashable value inside an argument names the inner type", async () => {
    const { server } = testServer();
    const result = await server.createSession().run(`const f = st.cacheResource(function f(opts: object) { return 1; });
await f({ ready: Promise.resolve(1) });`);
    expect(result.error!.type).toBe("UnhashableParamError");
    expect(result.error!.message).toContain("it contains a value of type `Promise`");
  });

  it("an uncopyable cacheData result raises UnserializableReturnValueError suggesting cacheResource, and stores nothing", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = `const connect = st.cacheData(function connect() { return { query: (sql: string) => sql }; });\nawait connect();`;
    const result = await session.run(src);
    expect(result.error!.type).toBe("UnserializableReturnValueError");
    expect(result.error!.message).toContain("`connect()`");
    expect(result.error!.message).toContain("st.cacheResource");
    expect(server.snapshot()[0].entries).toEqual([]);
  });

  it("a hash function that throws raises UserHashError in Streamlit's words (hashing.py), naming the hash function", async () => {
    const { server } = testServer();
    const result = await server.createSession()
      .run(`function badDateHash(d: Date): number { throw new RangeError("bad date"); }
const f = st.cacheData(function f(d: Date) { return 1; }, { hashFuncs: { Date: badDateHash } });
f(new Date(0));`);
    // Streamlit shows a UserHashError under the original error's type (elements/exception.py, alternate_name).
    expect(result.error).toMatchObject({ type: "RangeError", line: 3 });
    expect(result.error!.message).toBe(
      "bad date\n\nThis error is likely due to a bug in `badDateHash()`, which is a\n" +
        "user-defined hash function that was passed into the `st.cacheData` decorator of\n`f()`.\n\n" +
        "`badDateHash()` failed when hashing an object of type\n`Date`.  If you don't know where that object is coming from,\n" +
        "try looking at the hash chain below for an object that you do recognize, then\npass that to `hashFuncs` instead:\n\n" +
        "```\nObject of type Date: 1970-01-01T00:00:00.000Z\n```\n\n" +
        "If you think this is actually a Streamlit bug, please\n[file a bug report here](https://github.com/streamlit/streamlit/issues/new/choose).",
    );
  });

  it("an unsupported persist value is an error", async () => {
    const { server } = testServer();
    const result = await server
      .createSession()
      .run(`st.cacheData(function f() { return 1; }, { persist: "memory" as never });`);
    expect(result.error).toMatchObject({
      type: "StreamlitAPIException",
      line: 1,
      message: "Unsupported persist option 'memory'. Valid values are 'disk' or None.",
    });
  });
});

describe("cacheData copies, cacheResource shares", () => {
  it("cacheData: the miss returns the original, every hit a fresh equal copy", async () => {
    const { server } = testServer();
    const src = `const f = st.cacheData(function f() { return { rows: [1, 2, 3] }; });
const a = await f();
const b = await f();
const c = await f();
a.rows.push(4);
st.json([a === b, b === c, b.rows.length, c.rows.length]);`;
    const result = ok(await server.createSession().run(src));
    expect(result.elements).toEqual([{ type: "json", value: [false, false, 3, 3] }]);
    const ids = result.events.filter((e) => e.kind === "compute" || e.kind === "copy").map((e) => e.objectId);
    expect(new Set(ids).size).toBe(3);
  });

  it("cacheResource: every caller gets the very same object", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`const f = st.cacheResource(function f() { return new Map(); });
const a = await f();
const b = await f();
st.json(a === b);`),
    );
    expect(result.elements[0]).toEqual({ type: "json", value: true });
    const ids = result.events.filter((e) => e.kind === "store" || e.kind === "hit").map((e) => e.objectId);
    expect(new Set(ids).size).toBe(1);
  });
});

describe("TTL and LRU", () => {
  it("an entry expires ttl after it was written; reads do not extend it", async () => {
    const { server, clock } = testServer();
    const session = server.createSession();
    const src = `const f = st.cacheData(function f() { return 1; }, { ttl: "10s" });\nawait f();`;
    expect(kinds(ok(await session.run(src)))).toContain("miss");
    clock.advance(9_000);
    expect(kinds(ok(await session.run(src)))).toContain("hit");
    expect(server.snapshot()[0].entries[0]).toMatchObject({ ageMs: 9_000, ttlLeftMs: 1_000, hits: 1 });
    clock.advance(1_000);
    const expired = ok(await session.run(src));
    expect(kinds(expired)).toEqual(["expire", "miss", "compute", "store"]);
    expect(eventOf(expired, "miss")!.reason).toBe("expired");
  });

  it("ttl accepts seconds as a number and strings like 1h and 30m", async () => {
    const { server, clock } = testServer();
    const session = server.createSession();
    const src = `const f = st.cacheResource(function f() { return {}; }, { ttl: 90 });\nconst g = st.cacheResource(function g() { return {}; }, { ttl: "1h 30m" });\nawait f(); await g();`;
    ok(await session.run(src));
    clock.advance(90_000);
    expect(kinds(ok(await session.run(src)), "f")).toContain("expire");
    clock.advance(5_400_000 - 90_000 - 1);
    expect(kinds(ok(await session.run(src)), "g")).toEqual(["hit"]);
  });

  it("maxEntries keeps the most recently used entries, reads and writes both count", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = (calls: string) =>
      `const f = st.cacheData(function f(n: number) { return n * 10; }, { maxEntries: 2 });\n${calls}`;
    ok(await session.run(src("await f(1); await f(2);")));
    const third = ok(await session.run(src("await f(1); await f(3);")));
    expect(third.events.filter((e) => e.kind === "evict").map((e) => e.args)).toEqual([[{ name: "n", repr: "2" }]]);
    const again = ok(await session.run(src("await f(2);")));
    expect(eventOf(again, "miss")!.reason).toBe("evicted");
    expect(again.events.filter((e) => e.kind === "evict").map((e) => e.args)).toEqual([[{ name: "n", repr: "1" }]]);
  });
});

describe("clear", () => {
  it("f.clear(args) drops one entry by the same key rules; f.clear() drops all", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = (tail: string) =>
      `const f = st.cacheData(function f(n: number) { return n; });\nawait f(1); await f(2);\n${tail}`;
    ok(await session.run(src("")));
    const cleared = ok(await session.run(src("await f.clear(1); await f(1); await f(2);")));
    expect(kinds(cleared, "f").filter((k) => k === "hit" || k === "miss")).toEqual(["hit", "hit", "miss", "hit"]);
    expect(eventOf(cleared, "miss")!.reason).toBe("cleared");
    ok(await session.run(src("await f.clear();")));
    expect(server.snapshot()[0].entries).toEqual([]);
  });

  it("st.cacheData.clear() empties every data cache and leaves resources; server.clearCaches() empties both", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = (tail: string) => `const d = st.cacheData(function d() { return 1; });
const r = st.cacheResource(function r() { return {}; });
await d(); await r();
${tail}`;
    ok(await session.run(src("await st.cacheData.clear();")));
    expect(server.snapshot().map((f) => f.entries.length)).toEqual([0, 1]);
    ok(await session.run(src("")));
    await server.clearCaches();
    expect(server.snapshot().map((f) => f.entries.length)).toEqual([0, 0]);
  });
});

describe("validate and onRelease", () => {
  it("validate runs on hits only; false drops the entry and computes again", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = `st.sessionState.checks ??= 0;
const open = st.cacheResource(function open() { return { alive: true }; }, {
  validate: (conn) => { st.sessionState.checks += 1; return conn.alive; },
});
const conn = await open();
st.text(String(st.sessionState.checks));
conn.alive = false;`;
    expect(texts(ok(await session.run(src)))).toEqual(["0"]);
    const second = ok(await session.run(src));
    expect(texts(second)).toEqual(["1"]);
    expect(kinds(second, "open")).toEqual(["invalid", "miss", "compute", "store"]);
    expect(eventOf(second, "miss")!.reason).toBe("invalid");
  });

  it("onRelease is called when an entry is evicted, expires (at the next write) or is cleared (ttl_cleanup_cache.py)", async () => {
    const { server, clock } = testServer();
    const session = server.createSession();
    const src = (tail: string) => `st.sessionState.released ??= [];
const f = st.cacheResource(function f(n: number) { return { n }; }, {
  maxEntries: 2, ttl: 60, onRelease: (v) => st.sessionState.released.push(v.n),
});
${tail}
st.json(st.sessionState.released);`;
    ok(await session.run(src("f(1); f(2); f(3);")));
    clock.advance(60_000);
    // 2 and 3 have expired: reading 2 misses, and both leave (oldest first) when the new 2 is written.
    const second = ok(await session.run(src("f(2);")));
    expect(second.elements.at(-1)).toEqual({ type: "json", value: [1, 2, 3] });
    expect(kinds(second, "f")).toEqual(["expire", "miss", "compute", "release", "expire", "release", "store"]);
    const last = ok(await session.run(src("f.clear();")));
    expect(last.elements.at(-1)).toEqual({ type: "json", value: [1, 2, 3, 2] });
    expect(kinds(last, "f")).toEqual(["clear", "release", "clear"]);
  });
});

describe("persist", () => {
  it("persist: 'disk' entries survive a new server sharing the store, and ignore ttl", async () => {
    const persistStore = createMemoryStore();
    const src = `const load = st.cacheData(async function load(url: string) { return await dfd.readCSV(url); }, { persist: "disk", ttl: 1 });
const df = await load("/data/uber-raw-data-sep14-10k.csv");
st.text(df.shape.join("x"));`;
    const first = testServer({ persistStore });
    expect(kinds(ok(await first.server.createSession().run(src)))).toEqual(["miss", "compute", "store"]);
    const second = testServer({ persistStore });
    second.clock.advance(3_600_000);
    const result = ok(await second.server.createSession().run(src));
    expect(texts(result)).toEqual(["10000x4"]);
    expect(kinds(result)).toEqual(["hit", "copy"]);
    expect(eventOf(result, "hit")!.fromPersistStore).toBe(true);
    expect(eventOf(result, "hit")!.args).toEqual([{ name: "url", repr: '"/data/uber-raw-da…p14-10k.csv"' }]);
    await second.server.clearCaches();
    expect(await persistStore.keys()).toEqual([]);
  });

  it("an entry persisted by an older Cache Lab (a display string, no args) is read with the call's arguments", async () => {
    const persistStore = createMemoryStore();
    const src = `const f = st.cacheData(function f(n: number) { return n * 2; }, { persist: "disk" });\nst.json(f(21));`;
    const first = testServer({ persistStore });
    ok(await first.server.createSession().run(src));
    const [key] = await persistStore.keys();
    const { args, ...rest } = (await persistStore.get(key)) as Record<string, unknown>;
    expect(args).toBeUndefined();
    await persistStore.set(key, { ...rest, keySummary: "n=21" });
    const result = ok(await testServer({ persistStore }).server.createSession().run(src));
    expect(eventOf(result, "hit")).toMatchObject({ fromPersistStore: true, args: [{ name: "n", repr: "21" }] });
    expect(result.elements).toEqual([{ type: "json", value: 42 }]);
  });
});

describe("exceptions, concurrency, replay and spinners", () => {
  it("an exception inside the function is not cached: the next call runs it again", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = `st.sessionState.calls = (st.sessionState.calls ?? 0) + 1;
const flaky = st.cacheData(function flaky() {
  if (st.sessionState.calls === 1) throw new Error("network down");
  return "ok";
});
st.text(await flaky());`;
    const first = await session.run(src);
    expect(first.error).toMatchObject({ type: "Error", message: "network down", line: 3 });
    expect(kinds(first)).toEqual(["miss"]);
    const second = ok(await session.run(src));
    expect(texts(second)).toEqual(["ok"]);
    expect(eventOf(second, "miss")!.reason).toBe("first-call");
  });

  it("50 sessions asking for the same missing key at once compute it once; the others wait, then hit", async () => {
    const { server } = testServer();
    const src = `const slow = st.cacheData(async function slow() {
  await new Promise((resolve) => setTimeout(resolve, 20));
  return [1, 2, 3];
});
st.text((await slow()).length);`;
    const spinners: RunProgress[][] = Array.from({ length: 50 }, () => []);
    const results = await Promise.all(
      spinners.map((progress) =>
        server.createSession().run(src, { onProgress: (p) => p.kind !== "element" && progress.push(p) }),
      ),
    );
    // Every session shows the spinner while the value is being computed: one computes, 49 wait.
    for (const progress of spinners) expect(progress.map((p) => p.kind)).toEqual(["spinner-start", "spinner-end"]);
    const all = results.flatMap((r) => ok(r).events);
    expect(all.filter((e) => e.kind === "compute")).toHaveLength(1);
    expect(all.filter((e) => e.kind === "wait")).toHaveLength(49);
    expect(all.filter((e) => e.kind === "hit")).toHaveLength(49);
    expect(new Set(all.filter((e) => e.kind === "copy").map((e) => e.objectId)).size).toBe(49);
    expect(results.every((r) => texts(r)[0] === "3")).toBe(true);
  });

  it("when the computing session fails, a waiting session computes the value itself", async () => {
    const { server } = testServer();
    const src = `const shaky = st.cacheData(async function shaky(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  if (st.sessionState.fail) throw new Error("first caller failed");
  return "value";
});
st.text(await shaky());`;
    const failing = server.createSession();
    const waiting = server.createSession();
    await failing.run(`st.sessionState.fail = true;`);
    const [a, b] = await Promise.all([failing.run(src), waiting.run(src)]);
    expect(a.error).toMatchObject({ message: "first caller failed" });
    expect(kinds(b)).toEqual(["wait", "miss", "compute", "store"]);
    expect(texts(b)).toEqual(["value"]);
  });

  it("a cached call the script does not await still finishes inside the run", async () => {
    const { server } = testServer();
    const result = await server.createSession().run(`const slow = st.cacheData(async function slow() {
  await new Promise((resolve) => setTimeout(resolve, 5));
  st.text("computed");
  return 1;
});
const forgotten = slow();
st.text(typeof forgotten);`);
    expect(texts(result)).toEqual(["object", "computed"]);
    expect(kinds(result)).toEqual(["miss", "compute", "store"]);
  });

  it("the snapshot lists every function with its entries, sizes, ages and hits", async () => {
    const { server, clock } = testServer();
    const session = server.createSession();
    const src = `const d = st.cacheData(function d(n: number) { return [n, n]; }, { ttl: "1m" });
const r = st.cacheResource(function r() { return { open: true }; });
await d(1); await d(1); await r();`;
    const result = ok(await session.run(src));
    clock.advance(2_000);
    const resourceId = result.events.find((e) => e.functionName === "r" && e.kind === "store")!.objectId;
    expect(server.snapshot()).toEqual([
      {
        functionName: "d",
        cache: "data",
        scope: "global",
        entries: [
          {
            args: [{ name: "n", repr: "1" }],
            sizeBytes: 16,
            ageMs: 2_000,
            ttlLeftMs: 58_000,
            hits: 1,
            objectId: expect.any(Number),
          },
        ],
      },
      {
        functionName: "r",
        cache: "resource",
        scope: "global",
        entries: [{ args: [], sizeBytes: 0, ageMs: 2_000, ttlLeftMs: null, hits: 0, objectId: resourceId }],
      },
    ]);
  });

  it("elements made inside a cached function are replayed on every hit, nested ones included", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = `const inner = st.cacheData(function inner() { st.text("inner ran"); return 1; });
const outer = st.cacheData(async function outer() { st.text("outer ran"); return (await inner()) + 1; });
st.text(String(await outer()));`;
    const expected = ["outer ran", "inner ran", "2"];
    expect(texts(ok(await session.run(src)))).toEqual(expected);
    const hit = ok(await session.run(src));
    expect(texts(hit)).toEqual(expected);
    expect(kinds(hit)).toEqual(["hit", "copy"]);
  });

  it("a spinner shows only on a miss, and only for the outermost cached call", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const src = `const inner = st.cacheData(function inner(n: number) { return n; });
const outer = st.cacheData(async function outer(n: number) { return await inner(n); });
const quiet = st.cacheData(function quiet() { return 0; }, { showSpinner: false });
const custom = st.cacheData(function custom() { return 0; }, { showSpinner: "Loading data..." });
await outer(1); await quiet(); await custom();`;
    const run = async () => {
      const progress: RunProgress[] = [];
      ok(await session.run(src, { onProgress: (p) => progress.push(p) }));
      return progress.filter((p) => p.kind !== "element");
    };
    expect(await run()).toEqual([
      { kind: "spinner-start", id: 1, text: "Running `outer(...)`." },
      { kind: "spinner-end", id: 1 },
      { kind: "spinner-start", id: 2, text: "Loading data..." },
      { kind: "spinner-end", id: 2 },
    ]);
    expect(await run()).toEqual([]);
  });

  it("editing a cached function's body gives a fresh cache ('code changed'); the old one is still there", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const v1 = `const f = st.cacheData(function f() { return 1; });\nst.text(await f());`;
    const v2 = `const f = st.cacheData(function f() { return 2; });\nst.text(await f());`;
    ok(await session.run(v1));
    const edited = ok(await session.run(v2));
    expect(texts(edited)).toEqual(["2"]);
    expect(eventOf(edited, "miss")!.reason).toBe("code-changed");
    expect(kinds(ok(await session.run(v1)))).toContain("hit");
  });

  it("an anonymous arrow function is named after the variable it is assigned to", async () => {
    const { server } = testServer();
    const result = ok(
      await server
        .createSession()
        .run(`const loadRows: () => Promise<number[]> = st.cacheData(async () => [1]);\nawait loadRows();`),
    );
    expect(result.events[0].functionName).toBe("loadRows");
  });
});

describe("scope: 'session'", () => {
  it("each session gets its own cache, dropped (and released) when the session closes", async () => {
    const released: string[] = [];
    const { server } = testServer();
    (globalThis as { releasedForTest?: string[] }).releasedForTest = released;
    const src = `const mine = st.cacheResource(function mine() { return { who: st.sessionState.who }; }, {
  scope: "session", onRelease: (v) => (globalThis as any).releasedForTest.push(v.who),
});
st.text((await mine()).who);`;
    const a = server.createSession();
    const b = server.createSession();
    await a.run(`st.sessionState.who = "a";`);
    await b.run(`st.sessionState.who = "b";`);
    expect(texts(ok(await a.run(src)))).toEqual(["a"]);
    expect(texts(ok(await b.run(src)))).toEqual(["b"]);
    expect(kinds(ok(await a.run(src)))).toEqual(["hit"]);
    a.close();
    expect(released).toEqual(["a"]);
    expect(server.snapshot()[0].entries).toHaveLength(1);
    delete (globalThis as { releasedForTest?: string[] }).releasedForTest;
  });
});
