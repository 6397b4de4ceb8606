import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildApiTypeFiles, renderApiTypesModule } from "./api-types-build";

const TARGET = path.join(process.cwd(), "lib/editor/api-types.ts");

describe("api-types.ts (Monaco's declarations of st and dfd)", () => {
  const files = buildApiTypeFiles();

  it("declares the st API and the globals", () => {
    const stApi = files.find((f) => f.path === "file:///cache-lab/lib/streamlit/st-api.d.ts");
    expect(stApi?.content).toMatch(/interface StApi/);
    expect(stApi?.content).toMatch(/cacheResource: CacheResourceApi/);
    expect(files.find((f) => f.path.endsWith("/globals.d.ts"))?.content).toMatch(/const st: StApi/);
    expect(files.some((f) => f.path === "file:///node_modules/danfojs/dist/danfojs-browser/src/core/frame.d.ts")).toBe(true);
  });

  it("is up to date with lib/ (regenerate with UPDATE_API_TYPES=1)", () => {
    const expected = renderApiTypesModule(files);
    if (process.env.UPDATE_API_TYPES === "1") fs.writeFileSync(TARGET, expected);
    const actual = fs.existsSync(TARGET) ? fs.readFileSync(TARGET, "utf8") : "";
    expect(actual === expected, "lib/editor/api-types.ts is stale: run UPDATE_API_TYPES=1 npx vitest run lib/editor/api-types.test.ts").toBe(true);
  });
});
