/** cacheData's copies and the mutation fingerprint. */
import { beforeAll, describe, expect, it } from "vitest";
import { type Danfo, installPandasCompat, internals } from "../../pandas";
import { CELL_BUDGET, describeChanges, fingerprint, hashValues, PRIMITIVE_BUDGET } from "./mutation";
import { freezeValue, frozenSize, thawValue, UncopyableValue } from "./value-copy";

let dfd: Danfo;
beforeAll(async () => {
  dfd = (await import("danfojs")) as Danfo;
  installPandasCompat(dfd);
});

const roundTrip = (value: unknown) => thawValue(freezeValue(value), dfd);

describe("freeze and thaw", () => {
  it("gives equal, unshared copies of plain data, keeping shared references and cycles", () => {
    const shared = { n: 1 };
    const value: Record<string, unknown> = {
      list: [1, "a", null, true],
      nested: [[1], { x: undefined }],
      map: new Map([["k", shared]]),
      set: new Set([1]),
      date: new Date(5),
      re: /a/g,
      bytes: new Float64Array([1.5]),
      big: 10n,
      twice: [shared, shared],
    };
    value.self = value;
    const copy = roundTrip(value) as typeof value;
    expect(copy).not.toBe(value);
    expect(copy.self).toBe(copy);
    expect(copy.list).toEqual(value.list);
    expect(copy.list).not.toBe(value.list);
    expect(copy.map).toEqual(value.map);
    expect((copy.twice as object[])[0]).toBe((copy.twice as object[])[1]);
    expect((copy.twice as object[])[0]).not.toBe(shared);
    expect(copy.date).toEqual(new Date(5));
    expect(copy.bytes).toEqual(new Float64Array([1.5]));
    expect(copy.big).toBe(10n);
    expect(structuredClone(freezeValue(value))).toBeTruthy();
  });

  it("copies DataFrames and Series by their columns; each thaw is a new frame", () => {
    const df = new dfd.DataFrame({ a: [1, 2], when: [new Date(0), new Date(1)] as unknown as number[], s: ["x", "y"] });
    const frozen = freezeValue(df);
    const one = thawValue(frozen, dfd) as InstanceType<Danfo["DataFrame"]>;
    const two = thawValue(frozen, dfd) as InstanceType<Danfo["DataFrame"]>;
    expect(one).not.toBe(two);
    expect(one.values).toEqual(df.values);
    expect(one.dtypes).toEqual(df.dtypes);
    one.drop({ columns: ["a"], inplace: true });
    expect(two.columns).toEqual(["a", "when", "s"]);
    const series = roundTrip(df["s"]) as InstanceType<Danfo["Series"]>;
    expect(series.values).toEqual(["x", "y"]);
    expect(internals(series).$isSeries).toBe(true);
  });

  it("refuses functions, promises and class instances (they cannot be copied faithfully)", () => {
    class Model {}
    for (const bad of [() => 1, { f: () => 1 }, Promise.resolve(1), new Model(), Symbol("s")]) {
      expect(() => freezeValue(bad)).toThrow(UncopyableValue);
    }
  });

  it("estimates sizes", () => {
    expect(frozenSize(freezeValue([1, 2, 3]))).toBe(24);
    expect(frozenSize(freezeValue(Array.from({ length: 5000 }, () => 1)))).toBe(40_000);
  });
});

describe("mutation fingerprint", () => {
  it("names columns added or removed and shape changes of a frame", () => {
    const df = new dfd.DataFrame({ a: [1, 2], b: [3, 4] });
    const before = fingerprint(df);
    expect(describeChanges(before, df)).toEqual([]);
    df.drop({ columns: ["a"], inplace: true });
    df.addColumn("c", [5, 6], { inplace: true });
    expect(describeChanges(before, df)).toEqual(["column removed: a", "column added: c"]);
    const rows = new dfd.DataFrame({ a: [1, 2] });
    const fp = fingerprint(rows);
    rows.drop({ index: [0], inplace: true });
    expect(describeChanges(fp, rows)).toEqual(["row count 2 → 1", "shape (2, 1) → (1, 1)"]);
  });

  it("names the columns whose cells changed in place, and a series whose values did", () => {
    const df = new dfd.DataFrame({ Lat: [40.7, 40.8], Lon: [-73.9, -74.0], Base: ["B02512", "B02598"] });
    const before = fingerprint(df);
    df.replace("B02512", "B00000", { columns: ["Base"], inplace: true });
    expect(describeChanges(before, df)).toEqual(["values changed in column: Base"]);
    df.sortValues("Lat", { ascending: false, inplace: true });
    expect(describeChanges(before, df)).toEqual(["values changed in columns: Lat, Lon, Base"]);
    const series = new dfd.Series([1, 2, 3]);
    const fp = fingerprint(series);
    series.replace(2, 20, { inplace: true });
    expect(describeChanges(fp, series)).toEqual(["values changed"]);
  });

  it("hashes values with their types, and skips the cells of frames past the budget", () => {
    expect(hashValues([1, 2])).toBe(hashValues([1, 2]));
    expect(
      new Set([
        hashValues([1]),
        hashValues(["1"]),
        hashValues([null]),
        hashValues([undefined]),
        hashValues([NaN]),
        hashValues(["ab"]),
        hashValues(["a", "b"]),
      ]).size,
    ).toBe(7);
    const rows = Math.floor(CELL_BUDGET / 2) + 1;
    const big = new dfd.DataFrame({
      a: Array.from({ length: rows }, () => 0),
      b: Array.from({ length: rows }, () => 0),
    });
    const fp = fingerprint(big);
    expect(fp).toMatchObject({ kind: "frame", values: null });
    big.replace(0, 1, { columns: ["a"], inplace: true });
    expect(describeChanges(fp, big)).toEqual([]);
  });

  it("names changed items of arrays and objects, within a budget", () => {
    const list = [1, 2, 3];
    const fp = fingerprint(list);
    list[0] = 2;
    list.push(4);
    expect(describeChanges(fp, list)).toEqual(["length: 3 → 4", "[0]: 1 → 2", "[3] added"]);
    const config = { user: { name: "a" } };
    const fp2 = fingerprint(config);
    config.user.name = "b";
    expect(describeChanges(fp2, config)).toEqual([`user.name: "a" → "b"`]);
    const settings: Record<string, unknown> = { a: 1, b: 2 };
    const fp4 = fingerprint(settings);
    delete settings.a;
    settings.c = 3;
    expect(describeChanges(fp4, settings)).toEqual(["a removed", "c added"]);
    const big = Array.from({ length: PRIMITIVE_BUDGET * 10 }, () => 0);
    const fp3 = fingerprint(big);
    big[PRIMITIVE_BUDGET * 5] = 1;
    expect(describeChanges(fp3, big)).toEqual([]);
    big.push(1);
    expect(describeChanges(fp3, big)).toEqual([`length: ${PRIMITIVE_BUDGET * 10} → ${PRIMITIVE_BUDGET * 10 + 1}`]);
  });
});
