import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { alignLines, findOnlyLine, twinLines } from "@/lib/twin/align-lines";
import { lineTokens } from "@/lib/twin/line-tokens";
import { EXAMPLES_DIR, listExamples, loadExample } from "@/lib/content/load-example";
import { loadTwin, twinPath } from "@/lib/content/load-twin";
import { TWIN_ANCHORS } from "./twin-anchors";

// CI installs python3-pandas with apt, so /usr/bin/python3 is there; elsewhere the first python3 on PATH.
const PYTHON = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
const names = listExamples();

describe("the Python twins", () => {
  it.each(names)("%s has its twin beside it", (name) => {
    expect(fs.existsSync(twinPath(name)), `write ${twinPath(name)}`).toBe(true);
  });

  it("has no twin without its example", () => {
    const pyFiles = fs
      .readdirSync(EXAMPLES_DIR, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".py") && !file.startsWith(`test-support${path.sep}`))
      .map((file) => file.slice(0, -3).split(path.sep).join("/"));
    expect(pyFiles.filter((name) => !names.includes(name))).toEqual([]);
  });

  it("every twin compiles in Python", () => {
    // compile() is what py_compile runs, without writing __pycache__ into content/.
    const script = "import sys\nfor f in sys.argv[1:]:\n    compile(open(f, encoding='utf-8').read(), f, 'exec')\nprint('ok')";
    const out = execFileSync(PYTHON, ["-c", script, ...names.map(twinPath)], { encoding: "utf8" });
    expect(out.trim()).toBe("ok");
  });
});

describe("the lines the tutorials point at", () => {
  it.each(names)("%s: every hand-paired line is found, shares its words, and is paired by the aligner alone", (name) => {
    const anchors = TWIN_ANCHORS[name];
    expect(anchors?.length, `add ${name} to TWIN_ANCHORS`).toBeGreaterThan(0);
    const ts = loadExample(name).source;
    const py = loadTwin(name);
    const tsLines = ts.split("\n");
    const pyLines = py.split("\n");
    const pairs = alignLines(ts, py);
    for (const anchor of anchors) {
      const tsLine = findOnlyLine(tsLines, anchor.ts);
      const pyLine = findOnlyLine(pyLines, anchor.py);
      expect(tsLine, `${anchor.what}: "${anchor.ts}" must be on exactly one TypeScript line`).not.toBeNull();
      expect(pyLine, `${anchor.what}: "${anchor.py}" must be on exactly one Python line`).not.toBeNull();
      const tsWords = lineTokens(tsLines[tsLine! - 1]);
      const pyWords = lineTokens(pyLines[pyLine! - 1]);
      for (const key of anchor.keys) {
        expect(tsWords.has(key), `${anchor.what}: TypeScript line ${tsLine} lacks "${key}"`).toBe(true);
        expect(pyWords.has(key), `${anchor.what}: Python line ${pyLine} lacks "${key}"`).toBe(true);
      }
      expect(twinLines(pairs, "ts", tsLine!), `${anchor.what}: TypeScript line ${tsLine}`).toContain(pyLine);
    }
  });
});
