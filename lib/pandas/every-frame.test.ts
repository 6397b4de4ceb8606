/**
 * Every DataFrame a script can hold behaves like pandas, not only frames from `readCSV`: danfojs
 * builds most frames inside its own methods with its base class, which the layer must reach too.
 * Run as a reader writes it, through `createServer().createSession().run(source)`.
 */
import { describe, expect, it } from "vitest";
import { testServer } from "../streamlit/test-support/harness";

const URL = "/data/uber-raw-data-sep14-10k.csv";
const PROLOGUE = `const loadData = st.cacheData(async (url: string) => dfd.readCSV(url));
const getData = st.cacheResource(async (url: string) => dfd.readCSV(url));
const df = await dfd.readCSV("${URL}");
`;

/** Frame-making expressions, each as a script would write it. */
const SOURCES: Record<string, string> = {
  readCSV: `df`,
  "a cacheData hit or miss": `await loadData("${URL}")`,
  "copy() of a cached frame": `(await loadData("${URL}")).copy()`,
  "a cacheResource value": `await getData("${URL}")`,
  "new dfd.DataFrame": `new dfd.DataFrame({ Lat: [40.2], Lon: [-74] })`,
  "copy()": `df.copy()`,
  "head()": `df.head(3)`,
  "tail()": `df.tail(3)`,
  loc: `df.loc({ rows: [0, 1], columns: ["Lat", "Lon"] })`,
  iloc: `df.iloc({ rows: [0, 1] })`,
  "a boolean filter": `df.loc({ rows: df["Lat"].gt(40.7) })`,
  query: `df.query(df["Lat"].gt(40.7))`,
  rename: `df.rename({ Base: "base" })`,
  sortValues: `df.sortValues("Lat")`,
  drop: `df.drop({ columns: ["Base"] })`,
  "a list read": `df[["Lat", "Lon"]]`,
  "a groupby result": `df.groupby(["Base"]).count()`,
  "dfd.concat": `dfd.concat({ dfList: [df.head(1), df.tail(1)], axis: 0 })`,
};

describe("pandas errors on every frame a script holds", () => {
  const { server } = testServer();
  for (const [name, expression] of Object.entries(SOURCES)) {
    it(`${name}: a bad drop is pandas' KeyError, a missing attribute pandas' AttributeError`, async () => {
      const session = server.createSession();
      const drop = await session.run(`${PROLOGUE}const frame = ${expression};\nframe.drop({ columns: ["Latt"] });`);
      expect(drop.error).toMatchObject({ type: "KeyError", message: `"['Latt'] not found in axis"`, line: 5 });
      const read = await session.run(`${PROLOGUE}const frame = ${expression};\nst.write(frame.Latt);`);
      expect(read.error).toMatchObject({
        type: "AttributeError",
        message: `'DataFrame' object has no attribute 'Latt'`,
        line: 5,
      });
    });
  }

  it("a Series from any frame raises pandas' AttributeError for a missing attribute", async () => {
    const result = await server
      .createSession()
      .run(`${PROLOGUE}const lat = df.head(2)["Lat"];\nst.write(lat.mean());\nst.write(lat.latitude);`);
    expect(result.error).toMatchObject({
      type: "AttributeError",
      message: `'Series' object has no attribute 'latitude'`,
      line: 6,
    });
  });
});
