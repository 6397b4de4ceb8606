/**
 * The pandas layer against real pandas, word for word: each case of pandas-fixtures.json (written
 * by scripts/pandas-fixtures.py from Debian's python3-pandas; .ci/run regenerates it) is run here
 * as a reader would write it in TypeScript, through `createServer().createSession().run(source)`,
 * and must raise the same exception type and message as pandas printed (or return the same value).
 */
import { describe, expect, it } from "vitest";
import { testServer, texts } from "../streamlit/test-support/harness";
import fixtures from "./pandas-fixtures.json";

/** Python's `df` and `s` of scripts/pandas-fixtures.py, in TypeScript. */
const PROLOGUE = `const df = new dfd.DataFrame({ "Date/Time": ["9/1/2014 0:01:00", "9/1/2014 0:02:00"], Lat: [40.2, 40.7], Lon: [-74.0, -73.9] });
const s = df["Lat"];
`;

/** The TypeScript twin of each fixture: raising cases are statements, value cases expressions shown with st.write. */
const TWINS: Record<string, { raises: string } | { value: string }> = {
  "drop-columns-list": { raises: `df.drop({ columns: ["Latt"] });` },
  "drop-columns-some-missing": { raises: `df.drop({ columns: ["Lat", "Base", "Speed"] });` },
  "drop-column-string": { raises: `df.drop({ columns: "Latt" });` },
  "drop-twice-inplace": {
    raises: `df.drop({ columns: ["Lat"], inplace: true });\ndf.drop({ columns: ["Lat"], inplace: true });`,
  },
  "drop-index-number": { raises: `df.drop({ index: [5] });` },
  "drop-index-labels": { raises: `df.drop({ index: [0, "x"] });` },
  "drop-errors-ignore": { value: `df.drop({ columns: ["Latt", "Lat"], errors: "ignore" }).columns` },
  "getitem-missing": { raises: `df["Latt"];` },
  "getattr-missing": { raises: `df.Latt;` },
  "getitem-number-missing": { raises: `df[5];` },
  "getitem-list-missing": { raises: `df[["Lat", "X", "Y"]];` },
  "getitem-list": { value: `df[["Lon", "Lat"]].columns` },
  "loc-columns-missing": { raises: `df.loc({ columns: ["Lat", "X"] });` },
  "loc-rows-missing": { raises: `df.loc({ rows: [0, 7] });` },
  "loc-rows-all-missing": { raises: `df.loc({ rows: [7, 8] });` },
  "loc-rows-all-missing-strings": { raises: `df.loc({ rows: ["x"] });` },
  "iloc-rows-out-of-bounds": { raises: `df.iloc({ rows: [0, 5] });` },
  "rename-missing-raise": { raises: `df.rename({ Latt: "Latitude" }, { errors: "raise" });` },
  "rename-missing-ignore": { value: `df.rename({ Latt: "Latitude", Lat: "Latitude" }).columns` },
  "sort-values-missing": { raises: `df.sortValues("Latt");` },
  "groupby-missing": { raises: `df.groupby(["Latt"]);` },
  "groupby-column-missing": { raises: `df.groupby(["Lat"]).col(["X"]);` },
  "copy-then-getattr": { raises: `df.copy().head(1).Latt;` },
  "series-getattr-missing": { raises: `s.foo;` },
  "series-getitem-missing": { raises: `s["foo"];` },
  "series-getitem-label": { value: `s[1]` },
  "series-loc-missing": { raises: `s.loc([0, 7]);` },
  "series-iloc-out-of-bounds": { raises: `s.iloc([0, 5]);` },
};

type Fixture = { python: string; error?: { type: string; message: string }; result?: unknown };
const cases = fixtures.cases as Record<string, Fixture>;

describe(`the pandas layer raises what pandas ${fixtures.pandas} raises`, () => {
  it("has a TypeScript twin for every pandas fixture, and no twin without one", () => {
    expect(Object.keys(TWINS).sort()).toEqual(Object.keys(cases).sort());
  });

  const { server } = testServer();
  for (const [id, fixture] of Object.entries(cases)) {
    it(`${id}: ${fixture.python}`, async () => {
      const twin = TWINS[id];
      expect(twin, `no TypeScript twin for ${id}`).toBeDefined();
      const source = PROLOGUE + ("raises" in twin ? twin.raises : `st.write(JSON.stringify(${twin.value}));`);
      const result = await server.createSession().run(source);
      if (fixture.error) {
        expect(result.error && { type: result.error.type, message: result.error.message }).toEqual(fixture.error);
        // The error points at the reader's line that raised it.
        expect(result.error?.line).toBe(source.split("\n").length);
      } else {
        expect(result.error).toBeUndefined();
        expect(texts(result)).toEqual([JSON.stringify(fixture.result)]);
      }
    });
  }
});
