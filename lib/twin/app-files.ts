import { diffLines } from "./line-diff";
import { STREAMLIT_VERSION } from "../streamlit/version";

/** What goes into a downloaded app. */
export interface AppFilesInput {
  /** Example name, e.g. "mutation/uber-cache-data"; names the folder. */
  example: string;
  /** The example's Python twin. */
  python: string;
  /** The example's own TypeScript. */
  original: string;
  /** The TypeScript in the reader's editor now. */
  code: string;
}

/** A downloaded app's files as text, by path inside the zip, and the data files it needs. */
export interface AppFiles {
  /** The folder every file sits in, and the zip's name without `.zip`. */
  folder: string;
  /** Paths (inside the folder) to text content. */
  files: Record<string, string>;
  /** Names of files under public/data/ the app reads, to add beside app.py. */
  dataFiles: string[];
}

/** The data files a twin reads: a quoted `*.csv` name, as in `DATA_URL = "uber-....csv"`. */
export function dataFilesOf(python: string): string[] {
  return [...new Set([...python.matchAll(/["']([\w.-]+\.csv)["']/g)].map((m) => m[1]))];
}

// The note at the top of app.py when the reader changed the TypeScript: the changed lines, so they
// can bring the change over to the Python by hand (the Python itself is never machine-translated).
function editsNote(original: string, code: string): string {
  const changed = diffLines(original, code).filter((line) => line.kind !== "same");
  if (changed.length === 0) return "";
  const shown = changed.slice(0, 40).map((line) => `#   ${line.kind === "added" ? "+" : "-"} ${line.text}`);
  if (changed.length > shown.length) shown.push(`#   ... and ${changed.length - shown.length} more changed lines`);
  return [
    "# You edited this example in Cache Lab. Below is the example's Python twin, unchanged;",
    "# these are the TypeScript lines you changed (- the example's, + yours), to redo here by hand:",
    ...shown,
    "",
    "",
  ].join("\n");
}

/**
 * The files of a Streamlit app made from an example's Python twin: app.py (with the reader's
 * TypeScript edits noted at the top), requirements.txt pinned to the Streamlit release the
 * emulation copies, and a README saying how to run it. The data files are listed for the caller
 * to add, since they are bytes fetched from the site.
 */
export function appFiles({ example, python, original, code }: AppFilesInput): AppFiles {
  const folder = `cache-lab-${example.replace(/\//g, "-")}`;
  return {
    folder,
    dataFiles: dataFilesOf(python),
    files: {
      "app.py": editsNote(original, code) + python,
      "requirements.txt": `streamlit==${STREAMLIT_VERSION}.*\npandas\n`,
      "README.txt": [
        `The "${example}" example of Cache Lab, as a Streamlit app.`,
        "",
        "Run it from this folder (app.py reads its data file from the current folder):",
        "",
        "    pip install -r requirements.txt",
        "    streamlit run app.py",
        "",
      ].join("\n"),
    },
  };
}
