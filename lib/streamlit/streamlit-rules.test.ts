/**
 * Issue 10, section 2: Streamlit's finer caching rules, each through `session.run(source)` as a
 * reader would write it, each naming the Streamlit file it follows (the version copied is in
 * README.md). ttl strings against real pandas: cache/duration.test.ts.
 */
import { describe, expect, it } from "vitest";
import { createMemoryStore } from "./index";
import { kinds, ok, testServer } from "./test-support/harness";
import type { RunResult } from "./types";

const json = (result: RunResult) =>
  result.elements.filter((e) => e.type === "json").map((e) => (e as { value: unknown }).value);

describe("ttl (time_util.py, cache_resource_api.py)", () => {
  it("a pandas duration string sets the ttl; an unreadable one fails the call with StreamlitBadTimeStringError", async () => {
    const { server, clock } = testServer();
    const session = server.createSession();
    const src = `const f = st.cacheData(function f() { return 1; }, { ttl: "1h 30m" });\nf();`;
    ok(await session.run(src));
    clock.advance(5_400_000 - 1);
    expect(kinds(ok(await session.run(src)))).toContain("hit");
    clock.advance(1);
    expect(kinds(ok(await session.run(src)))).toContain("miss");
    const bad = await session.run(`const g = st.cacheData(function g() { return 1; }, { ttl: "5 parsecs" });\ng();`);
    expect(bad.error).toEqual({
      type: "StreamlitBadTimeStringError",
      message:
        "Time string doesn't look right. It should be formatted as`'1d2h34m'` or `2 days`, for example. Got: 5 parsecs",
      line: 2,
      column: 1,
    });
  });
});

describe("maxEntries and scope are refused as Streamlit refuses them", () => {
  it("maxEntries below 1 fails the first store with cachetools' ValueError; a string with Python's TypeError (cachetools via cache_resource_api.py)", async () => {
    const { server } = testServer();
    const zero = await server
      .createSession()
      .run(`const f = st.cacheResource(function f() { return {}; }, { maxEntries: 0 });\nf();`);
    expect(zero.error).toMatchObject({ type: "ValueError", message: "value too large", line: 2 });
    const text = await server
      .createSession()
      .run(`const g = st.cacheData(function g() { return 1; }, { maxEntries: "3" as never });\ng();`);
    expect(text.error).toMatchObject({
      type: "TypeError",
      message: "'>' not supported between instances of 'int' and 'str'",
      line: 2,
    });
  });

  it("a fractional maxEntries keeps as many entries as fit under it, as cachetools compares sizes", async () => {
    const { server } = testServer();
    const result = ok(
      await server
        .createSession()
        .run(
          `const f = st.cacheData(function f(n: number) { return n; }, { maxEntries: 2.5 });\nf(1); f(2); f(3); f(1);`,
        ),
    );
    expect(kinds(result, "f").filter((k) => k === "evict" || k === "miss" || k === "hit")).toEqual([
      "miss",
      "miss",
      "miss",
      "evict",
      "miss",
      "evict",
    ]);
  });

  it("an unknown scope raises StreamlitAPIException where the function is defined (cache_resource_api.py)", async () => {
    const { server } = testServer();
    const result = await server
      .createSession()
      .run(`const f = st.cacheResource(function f() { return 1; }, { scope: "user" as never });`);
    expect(result.error).toMatchObject({
      type: "StreamlitAPIException",
      message: "Unsupported scope option 'user'. Valid values are 'global' or 'session'.",
      line: 1,
    });
  });
});

describe("expiry, eviction and release (ttl_cleanup_cache.py, cache_resource_api.py)", () => {
  it("with ttl and maxEntries, expired entries leave before a live entry is evicted", async () => {
    const { server, clock } = testServer();
    const session = server.createSession();
    const src = (calls: string) =>
      `const f = st.cacheResource(function f(n: number) { return { n }; }, { ttl: 60, maxEntries: 2 });\n${calls}`;
    ok(await session.run(src("f(1);")));
    clock.advance(30_000);
    ok(await session.run(src("f(2);")));
    clock.advance(10_000);
    ok(await session.run(src("f(1);"))); // 1 is now the most recently used, 2 the least
    clock.advance(21_000); // 1 (written at 0 s) has expired, 2 (written at 30 s) has not
    const result = ok(await session.run(src("f(3); f(2);")));
    expect(kinds(result, "f")).toEqual(["miss", "compute", "expire", "store", "hit"]);
  });

  it("a clear releases expired entries first, then the least recently used; an onRelease that throws does not stop it and shows as a warning", async () => {
    const { server, clock } = testServer();
    const session = server.createSession();
    const src = (calls: string) => `st.sessionState.log ??= [];
const f = st.cacheResource(function f(n: number) { return { n }; }, {
  ttl: 60,
  onRelease: (v) => { st.sessionState.log.push(v.n); if (v.n === 2) throw new Error("cannot close 2"); },
});
${calls}
st.json(st.sessionState.log);`;
    ok(await session.run(src("f(1);")));
    clock.advance(30_000);
    ok(await session.run(src("f(2); f(3); f(1);")));
    clock.advance(31_000); // 1 (written at 0 s) expired; LRU order of the live ones: 2, 3
    const result = ok(await session.run(src("f.clear();")));
    expect(json(result)).toEqual([[1, 2, 3]]);
    expect(result.elements.filter((e) => e.type === "warning")).toEqual([
      { type: "warning", body: "Error clearing resource cache: cannot close 2" },
    ]);
    expect(server.snapshot()[0].entries).toEqual([]);
  });

  it("st.cacheResource.clear() goes on past a failing onRelease too, and validate=false drops without releasing", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`const log: string[] = [];
const bad = st.cacheResource(function bad() { return "b"; }, { onRelease: () => { throw new Error("boom"); } });
const good = st.cacheResource(function good() { return "g"; }, { onRelease: (v) => log.push(v), validate: () => log.length > 0 });
bad(); good();
good(); // validate is false: dropped and computed again, not released
st.cacheResource.clear();
st.json(log);`),
    );
    expect(json(result)).toEqual([["g"]]);
    expect(result.elements.filter((e) => e.type === "warning").map((e) => (e as { body: string }).body)).toEqual([
      "Error clearing resource cache: boom",
    ]);
  });
});

describe("scope: 'session' (cache_resource_api.py: one cache per session)", () => {
  it("f.clear() clears only the calling session's entries; st.cacheResource.clear() clears every session's", async () => {
    const { server } = testServer();
    const [a, b] = [server.createSession(), server.createSession()];
    const def = `const f = st.cacheResource(function f() { return {}; }, { scope: "session" });`;
    ok(await a.run(`${def}\nf();`));
    ok(await b.run(`${def}\nf();`));
    ok(await b.run(`${def}\nf.clear();`));
    expect(kinds(ok(await a.run(`${def}\nf();`)), "f")).toContain("hit");
    expect(kinds(ok(await b.run(`${def}\nf();`)), "f")).toContain("miss");
    ok(await b.run(`${def}\nst.cacheResource.clear();`));
    expect(kinds(ok(await a.run(`${def}\nf();`)), "f")).toContain("miss");
  });

  it("the mutation warning of a session-scoped resource speaks of this session, not every session", async () => {
    const { server } = testServer();
    const body = async (scope: string) =>
      ok(
        await server
          .createSession()
          .run(`const f = st.cacheResource(function f() { return [1]; }${scope});\nf().push(2);`),
      ).elements.find((e) => e.type === "warning") as { body: string };
    expect((await body(`, { scope: "session" }`)).body).toContain("every later call in this session");
    expect((await body(`, { scope: "session" }`)).body).not.toContain("every session");
    expect((await body("")).body).toContain("in every session");
  });
});

describe("value keys (cache_utils.py _make_value_key, hashing.py)", () => {
  it("rest parameters are always hashed, like Python's *args, even when named with _", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession()
        .run(`const f = st.cacheData(function f(_conn: unknown, ..._rest: number[]) { return _rest.length; });
f({}, 1); f({}, 2); f({}, 1, 2); f({ other: true }, 1);`),
    );
    expect(kinds(result, "f").filter((k) => k === "hit" || k === "miss")).toEqual(["miss", "miss", "miss", "hit"]);
  });

  it("an instance of the reader's own class is unhashable (UnhashableParamError) unless hashFuncs covers its class", async () => {
    const { server } = testServer();
    const bad = await server.createSession().run(`class Point { constructor(public x: number) {} }
const f = st.cacheData(function f(p: Point) { return p.x; });
f(new Point(1));`);
    expect(bad.error).toMatchObject({ type: "UnhashableParamError", line: 3 });
    expect(bad.error!.message).toContain("Cannot hash argument 'p' (of type `Point`) in 'f'.");
    const good = ok(
      await server.createSession().run(`class Point { constructor(public x: number) {} }
const f = st.cacheData(function f(p: Point) { return p.x; }, { hashFuncs: { Point: (p: Point) => p.x } });
f(new Point(1)); f(new Point(1)); f(new Point(2));`),
    );
    expect(kinds(good, "f").filter((k) => k === "hit" || k === "miss")).toEqual(["miss", "hit", "miss"]);
  });
});

describe("widgets in cached functions (elements/lib/policies.py, CachedWidgetWarning)", () => {
  it("a widget inside a cached function shows Streamlit's cached-widget warning, and still works", async () => {
    const { server } = testServer();
    const result = ok(
      await server.createSession().run(`const f = st.cacheData(function f() { return st.checkbox("Show"); });
st.json(f());`),
    );
    expect(result.elements[0]).toEqual({
      type: "exception",
      error: {
        type: "CachedWidgetWarning",
        message:
          "Your script uses a widget command in a cached function\n(function decorated with `st.cacheData` or `st.cacheResource`).\n" +
          'This code will only be called when we detect a cache "miss",\nwhich can lead to unexpected results.\n\n' +
          "To fix this, move all widget commands outside the cached function.",
      },
    });
    expect(result.elements.slice(1).map((e) => e.type)).toEqual(["checkbox", "json"]);
    const outside = ok(await server.createSession().run(`st.checkbox("Show");`));
    expect(outside.elements.map((e) => e.type)).toEqual(["checkbox"]);
  });
});

describe("st.cacheData.clear() and the persist store (cache_data_api.py clear_all)", () => {
  it("also removes persisted entries of functions this run has not defined", async () => {
    const persistStore = createMemoryStore();
    const def = `const f = st.cacheData(function f() { return 1; }, { persist: "disk" });`;
    ok(await testServer({ persistStore }).server.createSession().run(`${def}\nf();`));
    expect(await persistStore.keys()).toHaveLength(1);
    const restarted = testServer({ persistStore }).server.createSession();
    ok(await restarted.run(`st.cacheData.clear();`));
    expect(await persistStore.keys()).toEqual([]);
    const after = ok(await restarted.run(`${def}\nf();`));
    expect(kinds(after, "f")).toEqual(["miss", "compute", "store"]);
  });
});
