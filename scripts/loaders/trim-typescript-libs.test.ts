import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import trimTypescriptLibs from "./trim-typescript-libs.cjs";
import TYPESCRIPT_LIBS from "../../lib/editor/typescript-libs.json";
import { turbopackRules } from "./loader-test-support";

const LIB_DIR = path.join(process.cwd(), "node_modules/monaco-editor/esm/vs/languages/features/typescript/lib");
const read = (file: string) => fs.readFileSync(path.join(LIB_DIR, file), "utf8");
const { evaluateLibModule, reachableLibFiles } = trimTypescriptLibs;

/** Runs the loader as Turbopack does, on one of Monaco's two lib modules. */
function load(file: string, libs: unknown = TYPESCRIPT_LIBS): string {
  const context = { resourcePath: path.join(LIB_DIR, file), getOptions: () => ({ libs }), addDependency() {} };
  return trimTypescriptLibs.call(context, read(file));
}

describe("trimming Monaco's TypeScript lib files", () => {
  const full: Record<string, string> = evaluateLibModule(read("lib.js"), "libFileMap");

  it("keeps the editor's libs and all they reference, and drops the DOM", () => {
    const kept = reachableLibFiles(full, TYPESCRIPT_LIBS);
    for (const file of [
      "lib.es5.d.ts",
      "lib.es2022.d.ts",
      "lib.es2015.promise.d.ts",
      "lib.decorators.d.ts",
      "lib.webworker.d.ts",
    ])
      expect(kept.has(file), file).toBe(true);
    for (const file of [
      "lib.dom.d.ts",
      "lib.dom.iterable.d.ts",
      "lib.esnext.full.d.ts",
      "lib.es2023.d.ts",
      "lib.scripthost.d.ts",
    ])
      expect(kept.has(file), file).toBe(false);
    // Closed under `/// <reference lib>`: every lib a kept file names is kept.
    for (const file of kept)
      for (const [, lib] of full[file].matchAll(/^\/\/\/\s*<reference\s+lib="([^"]+)"/gm))
        expect(kept.has(`lib.${lib}.d.ts`), `${file} references ${lib}`).toBe(true);
  });

  it("rewrites lib.js to the kept files, their text unchanged", () => {
    const trimmed: Record<string, string> = evaluateLibModule(load("lib.js"), "libFileMap");
    expect(Object.keys(trimmed).sort()).toEqual([...reachableLibFiles(full, TYPESCRIPT_LIBS)].sort());
    for (const [file, text] of Object.entries(trimmed)) expect(text, file).toBe(full[file]);
    expect(load("lib.js")).not.toContain("interface HTMLElement ");
  });

  it("rewrites the page's list of names in lib.index.js to the same files", () => {
    const names: Record<string, true> = evaluateLibModule(load("lib.index.js"), "libFileSet");
    expect(Object.keys(names).sort()).toEqual([...reachableLibFiles(full, TYPESCRIPT_LIBS)].sort());
  });

  it("is applied by next.config.js to exactly those two files, with the editor's libs", () => {
    for (const file of ["lib.js", "lib.index.js"]) {
      const rule = turbopackRules[file];
      expect(rule.loaders).toEqual([
        { loader: "./scripts/loaders/trim-typescript-libs.cjs", options: { libs: TYPESCRIPT_LIBS } },
      ]);
      expect(rule.condition.path.test(path.join(LIB_DIR, file)), file).toBe(true);
    }
    const other = path.resolve("node_modules/monaco-editor/esm/vs/editor/common/lib.js");
    expect(turbopackRules["lib.js"].condition.path.test(other)).toBe(false);
  });

  it("fails the build on a lib Monaco does not have, or without the libs option", () => {
    expect(() => load("lib.js", ["es2022", "nosuchlib"])).toThrow(/no lib\.nosuchlib\.d\.ts/);
    expect(() => load("lib.js", null)).toThrow(/`libs` option is missing/);
  });
});
