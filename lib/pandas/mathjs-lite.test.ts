/**
 * The mathjs stand-in gives what mathjs gives (checked against the real mathjs, loaded here as an
 * ES module, which the stand-in in Node's require cache does not shadow), and danfojs' statistics
 * run on it.
 */
// @ts-expect-error mathjs 9's package.json "exports" hides its type declarations from TypeScript.
import * as realModule from "mathjs";
import { beforeAll, describe, expect, it } from "vitest";
import { publicFetch } from "../streamlit/test-support/public-fetch";
import { createPandasModule, type Danfo } from "./index";
import * as lite from "./mathjs-lite";

const real = realModule as Record<"mean" | "median" | "mode" | "std" | "variance", (values: unknown[]) => unknown>;

let dfd: Danfo;
beforeAll(async () => {
  dfd = createPandasModule((await import("danfojs")) as Danfo, publicFetch());
});

/** The same outcome: equal values (to the last bits of rounding), or the same error message. */
function same(fn: "mean" | "median" | "mode" | "std" | "variance", values: unknown[]): void {
  const run = (impl: Record<string, (v: unknown[]) => unknown>) => {
    try {
      return { value: impl[fn]([...values]) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  };
  const expected = run(real);
  const actual = run(lite as unknown as Record<string, (v: unknown[]) => unknown>);
  if (typeof expected.value === "number" && typeof actual.value === "number" && Number.isFinite(expected.value)) {
    expect(Math.abs(actual.value - expected.value), `${fn}(${JSON.stringify(values)})`).toBeLessThanOrEqual(
      1e-12 * Math.max(1, Math.abs(expected.value)),
    );
  } else {
    expect(actual, `${fn}(${JSON.stringify(values)})`).toEqual(expected);
  }
}

describe("mathjs-lite matches mathjs", () => {
  const cases: unknown[][] = [
    [40.7, 40.75, 40.71, 40.73],
    [3, 1, 2],
    [5],
    [1, 2, 2, 1],
    [1, 2, 2, 1, 3, 3],
    [-74.0, -73.95, -73.99, -74.01, -73.97],
    [true, false, true],
    ["1", "2", "4"],
    ["a", "b", "a"],
    [1, NaN, 3],
    [],
  ];
  let seed = 7;
  const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 20; i++)
    cases.push(Array.from({ length: 1 + Math.floor(rand() * 30) }, () => Math.round(rand() * 40 - 20) / 4));

  for (const fn of ["mean", "median", "mode", "std", "variance"] as const) {
    it(fn, () => {
      for (const values of cases) same(fn, values);
    });
  }
});

describe("danfojs statistics on the stand-in", () => {
  it("Series, DataFrame and groupby", () => {
    const s = new dfd.Series([1, 2, 2, 5]);
    expect([s.median(), s.mode(), s.std(), s.var()]).toEqual([
      2,
      [2],
      real.std([1, 2, 2, 5]),
      real.variance([1, 2, 2, 5]),
    ]);
    expect(
      (new dfd.DataFrame({ x: [1, 3, 10, 14], y: [2, 2, 5, 9] }).median({ axis: 0 }) as InstanceType<Danfo["Series"]>)
        .values,
    ).toEqual([6.5, 3.5]);
    const df = new dfd.DataFrame({ g: ["a", "a", "b", "b"], x: [1, 3, 10, 14] });
    const grouped = df.groupby(["g"]).agg({ x: ["median", "std"] });
    expect(grouped.values).toEqual([
      ["a", 2, real.std([1, 3])],
      ["b", 12, real.std([10, 14])],
    ]);
  });

  it("dfd.readExcel and dfd.toExcel say why they are not available", () => {
    const df = new dfd.DataFrame({ x: [1] });
    expect(() => dfd.toExcel(df, { fileName: "out.xlsx" })).toThrow(
      "dfd.toExcel is not available in Cache Lab's sandbox",
    );
  });
});
