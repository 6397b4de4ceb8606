import { describe, expect, it } from "vitest";
import { appFiles, dataFilesOf } from "./app-files";
import { diffLines } from "./line-diff";
import { STREAMLIT_VERSION } from "../streamlit/version";

const PY = 'import streamlit as st\nDATA_URL = "uber-raw-data-sep14-10k.csv"\nst.write(1)\n';
const TS = 'const DATA_URL = "/data/uber-raw-data-sep14-10k.csv";\nst.write(1);\n';

describe("diffLines", () => {
  it("keeps common lines and lists removed and added ones in order", () => {
    expect(diffLines("a\nb\nc\n", "a\nB\nc\nd")).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "B" },
      { kind: "same", text: "c" },
      { kind: "added", text: "d" },
    ]);
    expect(diffLines("a\n", "a").every((line) => line.kind === "same")).toBe(true);
  });
});

describe("appFiles", () => {
  it("makes app.py from the twin alone when the reader changed nothing, pins Streamlit and names the data", () => {
    const app = appFiles({ example: "mutation/uber-cache-data", python: PY, original: TS, code: TS });
    expect(app.folder).toBe("cache-lab-mutation-uber-cache-data");
    expect(app.files["app.py"]).toBe(PY);
    // What matters to pip: Streamlit pinned to the release the emulation copies (any patch), and pandas.
    const requirements = app.files["requirements.txt"]
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    expect(requirements).toContain(`streamlit==${STREAMLIT_VERSION}.*`);
    expect(requirements.filter((line) => /^streamlit\b/.test(line))).toHaveLength(1);
    expect(requirements.some((line) => /^pandas\b/.test(line))).toBe(true);
    expect(STREAMLIT_VERSION).toBe("1.61");
    expect(app.dataFiles).toEqual(["uber-raw-data-sep14-10k.csv"]);
    expect(app.files["README.txt"]).toContain("streamlit run app.py");
  });

  it("notes the reader's changed TypeScript lines at the top of app.py, as comments", () => {
    const code = TS.replace("st.write(1);", "st.write(2);");
    const appPy = appFiles({ example: "x/y", python: PY, original: TS, code }).files["app.py"];
    expect(appPy.startsWith("# You edited this example")).toBe(true);
    expect(appPy).toContain("#   - st.write(1);\n#   + st.write(2);");
    expect(appPy.endsWith(PY)).toBe(true);
    // Every line of the note is a comment, so the file still runs.
    const note = appPy.slice(0, appPy.length - PY.length);
    expect(note.split("\n").filter((line) => line && !line.startsWith("#"))).toEqual([]);
  });

  it("finds no data file in a twin that reads none", () => {
    expect(dataFilesOf("import streamlit as st\nst.write('a.csv is a name')")).toEqual([]);
  });
});
