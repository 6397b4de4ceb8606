import { describe, expect, it } from "vitest";
import { checkedPages } from "./harness/checked-pages";
import { replaceCode, runOnce } from "./harness/playground-actions";

// The errors the tutorials teach, as a reader meets them on the BUILT (minified) site: typed into a
// playground and run. Each must show its full type: a name taken from the minified class would read
// `er: Cannot hash ...`. The pandas ones also prove the layer reaches the browser's danfojs build,
// whose classes differ from the Node build the unit tests use.
const open = checkedPages();
const URL = "/data/uber-raw-data-sep14-10k.csv";

const CASES: { error: string; code: string; shown: string; exact?: boolean; line: number }[] = [
  {
    error: "UnhashableParamError",
    code: `const label = st.cacheData((n: number, format: (x: number) => string) => format(n));\nst.write(await label(1, (x) => x.toFixed(2)));\n`,
    shown: "UnhashableParamError: Cannot hash argument 'format' (of type `function`) in 'label'.",
    line: 2,
  },
  {
    error: "UnserializableReturnValueError",
    code: `class Model {}\nconst load = st.cacheData(() => new Model());\nst.write(await load());\n`,
    shown: "UnserializableReturnValueError: Cannot serialize the return value (of type `Model`) in `load()`.",
    line: 3,
  },
  {
    error: "StreamlitAPIException",
    code: `st.text("a table next");\nst.dataframe(42);\n`,
    shown: "StreamlitAPIException: st.dataframe",
    line: 2,
  },
  {
    error: "KeyError (missing column)",
    code: `const df = await dfd.readCSV("${URL}");\nst.write(df["Latt"]);\n`,
    shown: "KeyError: 'Latt'",
    exact: true,
    line: 2,
  },
  {
    error: "KeyError (drop on a copy of a cached frame)",
    code: `const loadData = st.cacheData(async (url: string) => dfd.readCSV(url));\nconst df = (await loadData("${URL}")).copy();\ndf.drop({ columns: ["Lat"], inplace: true });\ndf.drop({ columns: ["Lat"], inplace: true });\n`,
    shown: `KeyError: "['Lat'] not found in axis"`,
    exact: true,
    line: 4,
  },
  {
    error: "AttributeError",
    code: `const df = (await dfd.readCSV("${URL}")).head(5);\nst.write(df.Latt);\n`,
    shown: "AttributeError: 'DataFrame' object has no attribute 'Latt'",
    exact: true,
    line: 2,
  },
];

describe("teaching errors on the built site", () => {
  it.each(CASES)("$error is shown with its full type, at the reader's line", async (c) => {
    const { page } = await open("/tutorials/mutating-cached-values");
    const playground = page.locator('[data-example="mutation/uber-cache-data"]');
    await replaceCode(page, playground, c.code);
    // The first run also loads the worker and danfojs, which a busy machine makes slow.
    await runOnce(playground, 100_000);
    const shown = playground.locator('[data-testid="exception-text"]');
    // Say what the run showed instead when it shows no exception at all.
    if ((await shown.count()) === 0)
      expect(await playground.locator('[data-testid="output"]').textContent()).toBe(c.shown);
    const text = (await shown.textContent()) ?? "";
    if (c.exact) expect(text).toBe(c.shown);
    else expect(text.startsWith(c.shown), `shown as ${JSON.stringify(text.slice(0, 120))}`).toBe(true);
    await expect(playground.locator('[data-testid="exception-line"]').textContent()).resolves.toMatch(
      new RegExp(`^Line ${c.line}\\b`),
    );
  });
});
