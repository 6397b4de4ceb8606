/**
 * The loader that keeps Monaco's editor worker service from bundling an on-page copy of the editor
 * worker, run on the real module from node_modules, and the next.config.js rule that applies it.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { monacoFile, turbopackRules } from "./loader-test-support";

const require = createRequire(import.meta.url);
const { dropLocalWorker } = require("./monaco-no-local-worker.cjs") as { dropLocalWorker: (s: string) => string };
const { file: SERVICE, source } = monacoFile("editor/browser/services/editorWorkerService.js");

describe("monaco-no-local-worker", () => {
  it("drops the import of the editor worker and its on-page fallback", () => {
    expect(source).toContain("from '../../common/services/editorWebWorker.js'");
    const slim = dropLocalWorker(source);
    expect(slim).not.toContain("editorWebWorker.js");
    expect(slim).not.toMatch(/new EditorWorker\(/);
    expect(slim).toMatch(
      /_createFallbackLocalWorker\(\) \{\s*throw new Error\("Monaco's editor worker could not start/,
    );
  });

  it("keeps the service and the worker client that starts the real Web Worker", () => {
    const slim = dropLocalWorker(source);
    expect(slim).toContain("this._webWorkerService.createWorkerClient(this._workerDescriptorOrWorker)");
    expect(slim).toMatch(/export \{[^}]*EditorWorkerService/);
    // Only the two edits: everything else is byte for byte Monaco's.
    expect(slim.split("\n").length).toBe(source.split("\n").length - 1);
  });

  it("fails loudly when the module no longer has the shape it was written for", () => {
    expect(() => dropLocalWorker("export const x = 1;\n")).toThrow(/review the loader/);
    expect(() => dropLocalWorker(source.replace("new EditorWorker(null)", "new EditorWorker(host)"))).toThrow(
      /review the loader/,
    );
  });

  it("is applied by next.config.js to exactly that file", () => {
    const rule = turbopackRules["editorWorkerService.js"];
    expect(rule.loaders).toEqual(["./scripts/loaders/monaco-no-local-worker.cjs"]);
    expect(rule.condition.path.test(SERVICE)).toBe(true);
    expect(rule.condition.path.test(SERVICE.replace("browser", "common"))).toBe(false);
  });
});
