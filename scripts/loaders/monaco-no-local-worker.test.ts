/**
 * The loader that keeps Monaco's editor worker service from bundling an on-page copy of the editor
 * worker, run on the real module from node_modules, and the next.config.js rule that applies it.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config.js";

const require = createRequire(import.meta.url);
const { dropLocalWorker } = require("./monaco-no-local-worker.cjs") as { dropLocalWorker: (s: string) => string };
const SERVICE = path.resolve("node_modules/monaco-editor/esm/vs/editor/browser/services/editorWorkerService.js");
const source = fs.readFileSync(SERVICE, "utf8");

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
    const rule = (
      nextConfig as { turbopack: { rules: Record<string, { condition: { path: RegExp }; loaders: string[] }> } }
    ).turbopack.rules["editorWorkerService.js"];
    expect(rule.loaders).toEqual(["./scripts/loaders/monaco-no-local-worker.cjs"]);
    expect(rule.condition.path.test(SERVICE)).toBe(true);
    expect(rule.condition.path.test(SERVICE.replace("browser", "common"))).toBe(false);
  });
});
