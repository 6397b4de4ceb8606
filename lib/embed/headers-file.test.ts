import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile } from "@/scripts/serve-static.mjs";
import { CACHE_LAB_CSP } from "./csp";

const root = path.resolve(__dirname, "../..");

describe("the headers shipped to hosts", () => {
  it("public/_headers gives every path the policy of lib/embed/csp.ts, the worker's script included", () => {
    const rules = parseHeadersFile(fs.readFileSync(path.join(root, "public/_headers"), "utf8"));
    for (const url of [
      "/",
      "/tutorials/mutation",
      "/embed/mutation/uber-cache-data?autorun=1",
      "/_next/static/media/worker.1234.js",
    ]) {
      expect(headersFor(rules, url)["Content-Security-Policy"]).toBe(CACHE_LAB_CSP);
    }
  });

  it("the README's nginx example sets the same policy", () => {
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toContain(`add_header Content-Security-Policy "${CACHE_LAB_CSP}" always;`);
  });

  it("a malformed _headers file is refused with its line", () => {
    expect(() => parseHeadersFile("  X-Orphan: 1\n")).toThrow(/line 1/);
    expect(() => parseHeadersFile("/*\n  no colon here\n")).toThrow(/line 2/);
  });
});
