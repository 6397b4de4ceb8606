/** Type-tagged hashing and parameter names (durations: duration.test.ts). */
import { describe, expect, it } from "vitest";
import { Hasher, hashInto, shortRepr, UnhashableValue, UserHashFailure } from "./hashing";
import { parseParamNames } from "./param-names";

const digest = (value: unknown, hashFuncs?: Parameters<typeof hashInto>[2]) => {
  const h = new Hasher();
  hashInto(h, value, hashFuncs);
  return h.digest();
};

describe("hashInto", () => {
  it("tags every value with its type, so look-alikes never collide", () => {
    const values = [
      null,
      undefined,
      false,
      0,
      "0",
      "",
      [],
      {},
      [0],
      { 0: 0 },
      new Map(),
      new Set(),
      1,
      true,
      "1",
      [1, 2],
      [[1], 2],
      1n,
      new Date(0),
      /0/,
    ];
    expect(new Set(values.map((v) => digest(v))).size).toBe(values.length);
  });

  it("cannot tell 1 from 1.0 (JavaScript has one number type) but tells NaN, -0-free values and big numbers apart", () => {
    expect(digest(1)).toBe(digest(1.0));
    expect(digest(NaN)).toBe(digest(Number("x")));
    expect(digest(0.1 + 0.2)).not.toBe(digest(0.3));
  });

  it("hashes by content, in key order like a Python dict, and survives cycles", () => {
    expect(digest({ a: 1, b: [1, 2] })).toBe(digest({ a: 1, b: [1, 2] }));
    expect(digest({ a: 1, b: 2 })).not.toBe(digest({ b: 2, a: 1 }));
    const cyclic: Record<string, unknown> = { name: "x" };
    cyclic.self = cyclic;
    const other: Record<string, unknown> = { name: "x" };
    other.self = other;
    expect(digest(cyclic)).toBe(digest(other));
    expect(digest(new Uint8Array([1, 2]))).not.toBe(digest(new Uint8Array([1, 3])));
  });

  it("instances of a script's own classes are unhashable unless hashFuncs names the class", () => {
    class A {
      constructor(public x: number) {}
    }
    expect(() => digest(new A(1))).toThrow(UnhashableValue);
    expect(() => digest({ inner: [new A(1)] })).toThrow(UnhashableValue);
    const withFuncs = (v: unknown) => {
      const h = new Hasher();
      hashInto(h, v, { A: (a: A) => a.x });
      return h.digest();
    };
    expect(withFuncs(new A(1))).toBe(withFuncs(new A(1)));
    expect(withFuncs(new A(1))).not.toBe(withFuncs(new A(2)));
  });

  it("refuses functions, symbols, promises, weak collections and generators", () => {
    function* gen() {}
    for (const bad of [
      () => 1,
      Symbol("s"),
      Promise.resolve(),
      new WeakMap(),
      new WeakSet(),
      gen(),
      { nested: [() => 1] },
    ]) {
      expect(() => digest(bad)).toThrow(UnhashableValue);
    }
  });

  it("hashFuncs replace a type's hash, and their failures are reported", () => {
    class Conn {
      constructor(
        public url: string,
        public id: number,
      ) {}
    }
    const byUrl = { Conn: (c: Conn) => c.url };
    expect(digest(new Conn("a", 1), byUrl)).toBe(digest(new Conn("a", 2), byUrl));
    expect(() =>
      digest(new Conn("a", 1), {
        Conn: () => {
          throw new Error("no");
        },
      }),
    ).toThrow(UserHashFailure);
  });
});

describe("shortRepr", () => {
  it("keeps key summaries short", () => {
    expect(shortRepr("/data/uber-raw-data-sep14-10k.csv")).toBe(`"/data/uber-raw-da…p14-10k.csv"`);
    expect(shortRepr([1, 2, 3])).toBe("[3 items]");
    expect(shortRepr({ a: 1 })).toBe("{…}");
    expect(shortRepr(new Map())).toBe("Map{…}");
  });
});

describe("parseParamNames", () => {
  it("reads names from every function form sucrase emits", () => {
    expect(parseParamNames("function load(url, nrows = 10) { return 1; }")).toEqual(["url", "nrows"]);
    expect(parseParamNames("async function load(_conn, query) {}")).toEqual(["_conn", "query"]);
    expect(parseParamNames("async (url) => fetch(url)")).toEqual(["url"]);
    expect(parseParamNames("url => url")).toEqual(["url"]);
    expect(parseParamNames("async url => url")).toEqual(["url"]);
    expect(parseParamNames("(a, { b, c } = {}, [d], ...rest) => 1")).toEqual(["a", "arg1", "arg2", "...rest"]);
    expect(parseParamNames('function f(a = "(,)", b = (1, 2)) {}')).toEqual(["a", "b"]);
    expect(parseParamNames("function f(/* x, */ y) {}")).toEqual(["y"]);
    expect(parseParamNames("() => 1")).toEqual([]);
  });
});
