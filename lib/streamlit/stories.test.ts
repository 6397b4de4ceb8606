/** The two stories the tutorials tell, end to end through session.run(source). */
import { describe, expect, it } from "vitest";
import { ok, testServer, texts } from "./test-support/harness";

const uber = (api: "cacheData" | "cacheResource") => `import * as st from "streamlit";
import * as dfd from "danfojs";

const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";
const loadData = st.${api}(async function loadData(url: string) {
  return await dfd.readCSV(url);
});

const df = await loadData(DATA_URL);
df.drop({ columns: ["Lat"], inplace: true });
st.dataframe(df);
`;

const counter = (api: "cacheData" | "cacheResource") => `const createList = st.${api}(function createList() {
  return [1, 2, 3];
});
const l = await createList();
l[0] = l[0] + 1;
st.text(l[0]);
`;

describe("story 1: the Uber frame mutated after a cached load", () => {
  it("with cacheResource: run 1 works, run 2 fails with pandas' KeyError at the drop line", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const first = ok(await session.run(uber("cacheResource")));
    expect(first.elements[0]).toMatchObject({
      type: "dataframe",
      table: { columns: ["Date/Time", "Lon", "Base"], shape: [10000, 3] },
    });
    const second = await session.run(uber("cacheResource"));
    expect(second.error).toMatchObject({ type: "KeyError", message: `"['Lat'] not found in axis"`, line: 10 });
    expect(`${second.error!.type}: ${second.error!.message}`).toBe(`KeyError: "['Lat'] not found in axis"`);
  });

  it("with cacheResource: the first run already warns that the cached frame lost a column", async () => {
    const { server } = testServer();
    const first = ok(await server.createSession().run(uber("cacheResource")));
    const warning = first.elements.find((e) => e.type === "warning");
    expect(warning).toMatchObject({
      mutation: { functionName: "loadData", changes: ["column removed: Lat", "shape (10000, 4) → (10000, 3)"] },
    });
  });

  it("with cacheResource: a cell changed in place is named in the warning by its column", async () => {
    const { server } = testServer();
    const source = uber("cacheResource").replace(
      'df.drop({ columns: ["Lat"], inplace: true });',
      'df.replace("B02512", "B00000", { columns: ["Base"], inplace: true });',
    );
    expect(source).toContain("df.replace(");
    const first = ok(await server.createSession().run(source));
    const warning = first.elements.find((e) => e.type === "warning");
    expect(warning).toMatchObject({
      mutation: { functionName: "loadData", changes: ["values changed in column: Base"] },
    });
  });

  it("with cacheData: five runs in a row all work, each on its own copy", async () => {
    const { server } = testServer();
    const session = server.createSession();
    const ids = new Set<number | undefined>();
    for (let i = 0; i < 5; i++) {
      const result = ok(await session.run(uber("cacheData")));
      expect(result.elements).toHaveLength(1);
      expect(result.elements[0]).toMatchObject({ type: "dataframe", table: { shape: [10000, 3] } });
      ids.add(result.events.find((e) => e.kind === "hit" || e.kind === "compute")?.objectId);
    }
    expect(ids.size).toBe(5);
  });
});

describe("story 2: a cached list changed by every run", () => {
  it("with cacheResource, two sessions corrupt each other: 2, 3, 4", async () => {
    const { server } = testServer();
    const a = server.createSession();
    const b = server.createSession();
    expect(texts(ok(await a.run(counter("cacheResource"))))).toEqual(["2"]);
    expect(texts(ok(await b.run(counter("cacheResource"))))).toEqual(["3"]);
    expect(texts(ok(await a.run(counter("cacheResource"))))).toEqual(["4"]);
  });

  it("with cacheResource, the mutation warning names the changed item", async () => {
    const { server } = testServer();
    const result = ok(await server.createSession().run(counter("cacheResource")));
    expect(result.elements.at(-1)).toMatchObject({
      type: "warning",
      mutation: { functionName: "createList", changes: ["[0]: 1 → 2"] },
    });
  });

  it("with cacheData everyone sees 2, and nothing warns", async () => {
    const { server } = testServer();
    const a = server.createSession();
    const b = server.createSession();
    for (const session of [a, b, a]) {
      const result = ok(await session.run(counter("cacheData")));
      expect(result.elements).toEqual([{ type: "text", body: "2" }]);
    }
  });
});
