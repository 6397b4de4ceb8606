import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  API_SOURCE,
  API_TYPES_MODULE,
  buildApiTypeFiles,
  renderApiTypesModule,
  writeApiTypes,
} from "./build-api-types";

/** A reader's script: st, its options and Lock, and a danfojs frame; the last line reaches for the engine. */
const SCRIPT = `const load = st.cacheData(async (url: string) => dfd.readCSV(url), { ttl: "1h", maxEntries: 3 });
const frame = await load("/data/uber-raw-data-sep14-10k.csv");
const columns: string[] = frame.drop({ columns: ["Base"] }).columns;
const lock = st.cacheResource(() => new st.Lock())();
await st.withLock(lock, () => st.metric("Columns", columns.length));
st.compileScript;
`;

describe("Monaco's declarations of st and dfd (scripts/build-api-types.ts)", () => {
  const files = buildApiTypeFiles();
  const text = renderApiTypesModule(files);

  it("declares the st API, danfojs and the globals", () => {
    const api = files.find((f) => f.path === "file:///cache-lab/lib/streamlit/api.d.ts");
    expect(api?.content).toMatch(/interface StApi/);
    expect(api?.content).toMatch(/cacheResource: CacheResourceApi/);
    expect(files.find((f) => f.path.endsWith("/globals.d.ts"))?.content).toMatch(/const st: StApi/);
    expect(files.some((f) => f.path === "file:///node_modules/danfojs/dist/danfojs-browser/src/core/frame.d.ts")).toBe(
      true,
    );
  });

  it("shows readers the caches and none of the engine", () => {
    expect(text).toContain("cacheData");
    expect(text).toContain("cacheResource");
    for (const internal of ["compileScript", "CacheRegistry", "createStApi", "RunContext", "FunctionCache"])
      expect(text).not.toContain(internal);
  });

  it("resolves the globals' imports to files it ships (Monaco cannot read @/ paths)", () => {
    const globals = files.find((f) => f.path === "file:///cache-lab/globals.d.ts");
    const relative = [...(globals?.content ?? "").matchAll(/from "(\.[^"]+)"/g)].map((m) => m[1]);
    expect(relative).toEqual(["./lib/streamlit/api"]);
    for (const specifier of relative)
      expect(files.map((f) => f.path)).toContain(new URL(`${specifier}.d.ts`, "file:///cache-lab/").href);
  });

  it("is built from a types-only api.ts: it compiles to no JavaScript", () => {
    const source = fs.readFileSync(path.join(process.cwd(), API_SOURCE), "utf8");
    const js = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, removeComments: true },
    }).outputText;
    expect(js.trim()).toBe("export {};");
  });

  it("type-checks a script the way the editor does: from these files alone, with the engine out of reach", () => {
    // Monaco's TypeScript worker sees the extra libs as files at these paths, and nothing of lib/.
    const virtual = new Map(files.map((f) => [f.path.replace("file://", ""), f.content]));
    virtual.set("/cache-lab/script.ts", SCRIPT);
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      moduleDetection: ts.ModuleDetectionKind.Force,
      strict: true,
      noEmit: true,
      lib: ["lib.es2022.d.ts", "lib.webworker.d.ts"],
    };
    const host = ts.createCompilerHost(options);
    const onDisk = { fileExists: host.fileExists, readFile: host.readFile };
    host.fileExists = (name) => virtual.has(name) || (name.includes("/typescript/lib/") && onDisk.fileExists(name));
    host.readFile = (name) =>
      virtual.get(name) ?? (name.includes("/typescript/lib/") ? onDisk.readFile(name) : undefined);
    host.directoryExists = (name) => [...virtual.keys()].some((file) => file.startsWith(`${name}/`));
    const program = ts.createProgram([...virtual.keys()], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
    expect(problems.filter((p) => p.startsWith("/cache-lab/"))).toEqual([
      "/cache-lab/script.ts: Property 'compileScript' does not exist on type 'StApi'.",
    ]);
  });

  it("writes the module the editor imports, and leaves it alone when nothing changed", () => {
    writeApiTypes();
    const target = path.join(process.cwd(), API_TYPES_MODULE);
    expect(fs.readFileSync(target, "utf8")).toBe(text);
    expect(writeApiTypes()).toBe(false);
  });
});
