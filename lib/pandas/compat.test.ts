/** The pandas compatibility layer over danfojs: pandas' errors word for word, portable readCSV, fast frames. */
import { inspect } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { publicFetch } from "../streamlit/test-support/public-fetch";
import {
  createPandasModule,
  csvTextToFrame,
  type Danfo,
  frameFromColumns,
  internals,
  KeyError,
  pyRepr,
  pyStrRepr,
} from "./index";

let dfd: Danfo;
// Importing danfojs takes far longer than the default 10 s hook timeout on a busy shared machine.
beforeAll(async () => {
  dfd = createPandasModule((await import("danfojs")) as Danfo, publicFetch());
}, 120_000);

const frame = () =>
  new dfd.DataFrame({ "Date/Time": ["9/1/2014 0:01:00", "9/1/2014 0:02:00"], Lat: [40.2, 40.7], Lon: [-74.0, -73.9] });

/** What Python prints for the error `fn` raises. */
function printed(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof KeyError) return `${error.pythonType}: ${error.pythonMessage}`;
    throw error;
  }
  throw new Error("no error raised");
}

describe("Python repr", () => {
  it("quotes strings the way Python does", () => {
    expect(pyStrRepr("Lat")).toBe("'Lat'");
    expect(pyStrRepr("['Lat'] not found in axis")).toBe(`"['Lat'] not found in axis"`);
    expect(pyStrRepr(`it's "x"`)).toBe(`'it\\'s "x"'`);
    expect(pyRepr(["Lat", 3, true, null])).toBe("['Lat', 3, True, None]");
  });
});

describe("pandas errors from danfojs calls", () => {
  it("drop of an absent column raises KeyError: \"['Lat'] not found in axis\"", () => {
    const df = frame();
    df.drop({ columns: ["Lat"], inplace: true });
    expect(df.columns).toEqual(["Date/Time", "Lon"]);
    expect(printed(() => df.drop({ columns: ["Lat"], inplace: true }))).toBe(`KeyError: "['Lat'] not found in axis"`);
    expect(printed(() => df.drop({ columns: ["Lat", "Lon", "Base"] }))).toBe(
      `KeyError: "['Lat', 'Base'] not found in axis"`,
    );
    expect(printed(() => df.drop({ columns: "Lat" }))).toBe(`KeyError: "['Lat'] not found in axis"`);
    expect(printed(() => df.drop({ index: [5] }))).toBe("KeyError: '[5] not found in axis'");
  });

  it("valid drops behave as danfojs' own", () => {
    const df = frame();
    const dropped = df.drop({ columns: ["Lat"] }) as InstanceType<Danfo["DataFrame"]>;
    expect(dropped.columns).toEqual(["Date/Time", "Lon"]);
    expect(df.columns).toEqual(["Date/Time", "Lat", "Lon"]);
    expect((df.drop({ index: [0] }) as InstanceType<Danfo["DataFrame"]>).shape).toEqual([1, 3]);
  });

  it("reading a missing column raises KeyError: 'Lat', however it is written", () => {
    const df = frame();
    df.drop({ columns: ["Lat"], inplace: true });
    // Bracket and dot reads raise only in scripts the emulation runs, whose frames carry this file name.
    const inScript = (body: string) =>
      new Function("df", `${body}\n//# sourceURL=cache-lab-script-test.js`) as (df: unknown) => unknown;
    expect(printed(() => inScript(`return df["Lat"];`)(df))).toBe("KeyError: 'Lat'");
    expect(printed(() => inScript(`return df.Base;`)(df))).toBe("KeyError: 'Base'");
    expect(printed(() => df.column("Lat"))).toBe("KeyError: 'Lat'");
    expect(printed(() => inScript(`return df["Lat"];`)(df))).toBe("KeyError: 'Lat'");
    expect((inScript(`return df["Lon"];`)(df) as { values: number[] }).values).toEqual([-74.0, -73.9]);
    expect((df as unknown as Record<string, unknown>)["Base"]).toBeUndefined();
  });

  it("the missing-column trap leaves tools, library code and Series alone", async () => {
    const df = frame();
    expect(await Promise.resolve(df)).toBe(df);
    expect(() => inspect(df, { depth: 0 })).not.toThrow();
    expect(() => structuredClone({ cols: df.columns })).not.toThrow();
    expect(df).toEqual(df);
    const record = df as unknown as Record<string, unknown>;
    expect(record.$private).toBeUndefined();
    expect(record._private).toBeUndefined();
    expect((df["Lat"] as unknown as Record<string, unknown>).notThere).toBeUndefined();
    expect(({} as Record<string, unknown>).Lat).toBeUndefined();
  });
});

describe("readCSV", () => {
  it("reads a site path through the injected fetch, typing numbers like pandas", async () => {
    const df = await dfd.readCSV("/data/uber-raw-data-sep14-10k.csv");
    expect(df.shape).toEqual([10000, 4]);
    expect(df.columns).toEqual(["Date/Time", "Lat", "Lon", "Base"]);
    expect(df.dtypes).toEqual(["string", "float32", "float32", "string"]);
    expect((df.head(1) as InstanceType<Danfo["DataFrame"]>).values).toEqual([
      ["9/1/2014 0:01:00", 40.2201, -74.0021, "B02512"],
    ]);
  });

  it("a missing file raises FileNotFoundError", async () => {
    await expect(dfd.readCSV("/data/nope.csv")).rejects.toMatchObject({
      pythonType: "FileNotFoundError",
      pythonMessage: "[Errno 2] No such file or directory: '/data/nope.csv'",
    });
  });

  it("empty cells become NaN", () => {
    const df = csvTextToFrame(dfd, "a,b\n1,\n,x\n");
    expect(internals(df).$dataIncolumnFormat).toEqual([
      [1, NaN],
      [NaN, "x"],
    ]);
  });
});

describe("frameFromColumns", () => {
  it("builds a frame danfojs fully works with, making the row-major copy only on demand", () => {
    const df = frameFromColumns(
      dfd,
      [
        [1, 2, 3],
        ["a", "b", "c"],
      ],
      { columns: ["n", "s"] },
    );
    expect(Object.getOwnPropertyDescriptor(df, "$data")?.get).toBeTypeOf("function");
    expect(df.dtypes).toEqual(["int32", "string"]);
    expect(df.shape).toEqual([3, 2]);
    expect(df.values).toEqual([
      [1, "a"],
      [2, "b"],
      [3, "c"],
    ]);
    expect((df["n"] as InstanceType<Danfo["Series"]>).values).toEqual([1, 2, 3]);
    expect((df.query(df["n"].gt(1)) as InstanceType<Danfo["DataFrame"]>).shape).toEqual([2, 2]);
    df.addColumn("m", [7, 8, 9], { inplace: true });
    expect(df.columns).toEqual(["n", "s", "m"]);
    expect(internals(df).$dataIncolumnFormat).toEqual([
      [1, 2, 3],
      ["a", "b", "c"],
      [7, 8, 9],
    ]);
    expect((df.copy() as InstanceType<Danfo["DataFrame"]>).values[2]).toEqual([3, "c", 9]);
  });
});
