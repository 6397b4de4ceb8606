/**
 * The loader that keeps Monaco's TypeScript mode from importing every editor contribution, run on
 * the real module from node_modules, and the next.config.js rule that applies it to that file.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { monacoFile, turbopackRules } from "./loader-test-support";

const require = createRequire(import.meta.url);
const { slimWorkersModule } = require("./monaco-slim-workers.cjs") as { slimWorkersModule: (s: string) => string };
const { file: WORKERS, source } = monacoFile("internal/common/workers.js");

describe("monaco-slim-workers", () => {
  it("drops the contributions Monaco's workers module imports for their side effects", () => {
    expect(source).toContain("import '../../editor/contrib/folding/browser/folding.js';");
    const slim = slimWorkersModule(source);
    for (const gone of ["folding", "stickyScroll", "inlineCompletions", "diffEditor", "quickAccess", "colorPicker"])
      expect(slim, gone).not.toContain(gone);
    expect(slim.length).toBeLessThan(source.length / 2);
  });

  it("keeps what the TypeScript mode uses: the editor import, createWebWorker, the icon styles", () => {
    const slim = slimWorkersModule(source);
    expect(slim).toContain("import { editor } from '../../editor/editor.api.js';");
    expect(slim).toMatch(/function createWebWorker\(opts\)/);
    expect(slim).toContain("export { createWebWorker };");
    expect(slim).toContain("codicon.css';");
  });

  it("fails loudly when the module no longer has the shape it was written for", () => {
    expect(() => slimWorkersModule("export const x = 1;\n")).toThrow(/review the loader/);
  });

  it("is applied by next.config.js to exactly that file", () => {
    const rule = turbopackRules["workers.js"];
    expect(rule.loaders).toEqual(["./scripts/loaders/monaco-slim-workers.cjs"]);
    expect(rule.condition.path.test(WORKERS)).toBe(true);
    expect(rule.condition.path.test(WORKERS.replace("internal", "other"))).toBe(false);
  });
});
