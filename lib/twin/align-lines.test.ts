import { describe, expect, it } from "vitest";
import { alignLines, findOnlyLine, twinLines } from "./align-lines";
import { lineTokens, similarity, toSnakeCase } from "./line-tokens";

const TS = [
  "// Load the pickups.",
  'const DATA_URL = "/data/pickups.csv";',
  "const loadData = st.cacheResource(async function loadData(url: string) {",
  "  return await dfd.readCSV(url);",
  "});",
  "const df = await loadData(DATA_URL);",
  'df.drop({ columns: ["Lat"], inplace: true });',
  "st.dataframe(df);",
].join("\n");
const PY = [
  "import pandas as pd",
  "import streamlit as st",
  "",
  "# Load the pickups.",
  'DATA_URL = "pickups.csv"',
  "",
  "@st.cache_resource",
  "def load_data(url):",
  "    return pd.read_csv(url)",
  "",
  "df = load_data(DATA_URL)",
  'df.drop(columns=["Lat"], inplace=True)',
  "st.dataframe(df)",
].join("\n");

describe("lineTokens", () => {
  it("snake-cases names so both languages meet", () => {
    expect(["cacheData", "readCSV", "DATA_URL", "sessionState", "maxEntries"].map(toSnakeCase)).toEqual([
      "cache_data",
      "read_csv",
      "data_url",
      "session_state",
      "max_entries",
    ]);
    expect([...lineTokens("const loadData = st.cacheData(async function loadData(url: string) {")]).toEqual([
      "load_data",
      "cache_data",
      "url",
    ]);
    expect([...lineTokens("def load_data(url):")]).toEqual(["load_data", "url"]);
  });

  it("scores shared words over all words, and blank lines as nothing", () => {
    expect(similarity(lineTokens("a_b(c)"), lineTokens("a_b(d)"))).toBeCloseTo(1 / 3);
    expect(similarity(lineTokens(""), lineTokens(""))).toBe(0);
  });
});

describe("alignLines", () => {
  const pairs = alignLines(TS, PY);

  it("pairs each statement with its twin, and the decorator and def with the cached function", () => {
    expect(twinLines(pairs, "ts", 3)).toEqual([7, 8]);
    expect(twinLines(pairs, "ts", 4)).toEqual([9]);
    expect(twinLines(pairs, "ts", 6)).toEqual([11]);
    expect(twinLines(pairs, "ts", 7)).toEqual([12]);
    expect(twinLines(pairs, "py", 12)).toEqual([7]);
    expect(twinLines(pairs, "ts", 1)).toEqual([4]);
  });

  it("never pairs Python's imports or lines with no words", () => {
    expect(twinLines(pairs, "py", 1)).toEqual([]);
    expect(twinLines(pairs, "py", 2)).toEqual([]);
    expect(twinLines(pairs, "ts", 5)).toEqual([]);
  });

  it("follows the reader's edits: lines added above and an edited line keep their twins", () => {
    const edited = [
      "st.title('Mine');",
      "const extra = 1;",
      ...TS.split("\n").map((line) => line.replace("df.drop({", "df.drop({ errors: 'ignore',")),
    ].join("\n");
    const moved = alignLines(edited, PY);
    expect(twinLines(moved, "ts", 9)).toEqual([12]);
    expect(twinLines(moved, "ts", 8)).toEqual([11]);
    expect(twinLines(moved, "ts", 1)).toEqual([]);
  });

  it("pairs a line said much more clearly elsewhere even out of reading order", () => {
    const ts = "const f = st.cacheResource(function f(x) {\n  return x;\n}, { validate: (conn) => conn.open });";
    const py = "@st.cache_resource(validate=lambda conn: conn.open)\ndef f(x):\n    return x";
    expect(twinLines(alignLines(ts, py), "py", 1)).toContain(3);
  });

  it("forces anchors the similarity alone would miss", () => {
    const ts = "a = 1;\nzzz();";
    const py = "b = 2\nyyy()";
    expect(twinLines(alignLines(ts, py), "ts", 2)).toEqual([]);
    expect(twinLines(alignLines(ts, py, [{ ts: "zzz", py: "yyy" }]), "ts", 2)).toEqual([2]);
  });

  it("findOnlyLine refuses text on no line or on several", () => {
    expect(findOnlyLine(["a", "b", "ab"], "b")).toBeNull();
    expect(findOnlyLine(["a", "b", "ab"], "x")).toBeNull();
    expect(findOnlyLine(["a", "b", "ab"], "ab")).toBe(3);
  });
});
