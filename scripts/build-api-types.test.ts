import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { API_SOURCE, API_TYPES_MODULE, buildApiTypeFiles, renderApiTypesModule, writeApiTypes } from "./build-api-types";

describe("Monaco's declarations of st and dfd (scripts/build-api-types.ts)", () => {
  const files = buildApiTypeFiles();
  const text = renderApiTypesModule(files);

  it("declares the st API, danfojs and the globals", () => {
    const api = files.find((f) => f.path === "file:///cache-lab/lib/streamlit/api.d.ts");
    expect(api?.content).toMatch(/interface StApi/);
    expect(api?.content).toMatch(/cacheResource: CacheResourceApi/);
    expect(files.find((f) => f.path.endsWith("/globals.d.ts"))?.content).toMatch(/const st: StApi/);
    expect(files.some((f) => f.path === "file:///node_modules/danfojs/dist/danfojs-browser/src/core/frame.d.ts")).toBe(true);
  });

  it("shows readers the caches and none of the engine", () => {
    expect(text).toContain("cacheData");
    expect(text).toContain("cacheResource");
    for (const internal of ["compileScript", "CacheRegistry", "createStApi", "RunContext", "FunctionCache"]) expect(text).not.toContain(internal);
  });

  it("resolves the globals' imports to files it ships (Monaco cannot read @/ paths)", () => {
    const globals = files.find((f) => f.path === "file:///cache-lab/globals.d.ts");
    const relative = [...(globals?.content ?? "").matchAll(/from "(\.[^"]+)"/g)].map((m) => m[1]);
    expect(relative).toEqual(["./lib/streamlit/api"]);
    for (const specifier of relative) expect(files.map((f) => f.path)).toContain(new URL(`${specifier}.d.ts`, "file:///cache-lab/").href);
  });

  it("is built from a types-only api.ts: it compiles to no JavaScript", () => {
    const source = fs.readFileSync(path.join(process.cwd(), API_SOURCE), "utf8");
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, removeComments: true } }).outputText;
    expect(js.trim()).toBe("export {};");
  });

  it("writes the module the editor imports, and leaves it alone when nothing changed", () => {
    writeApiTypes();
    const target = path.join(process.cwd(), API_TYPES_MODULE);
    expect(fs.readFileSync(target, "utf8")).toBe(text);
    expect(writeApiTypes()).toBe(false);
  });
});
