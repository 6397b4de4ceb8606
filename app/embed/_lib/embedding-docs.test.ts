import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CACHE_LAB_CSP } from "@/lib/embed/csp";
import { EMBED_ALLOW, EMBED_SANDBOX } from "@/lib/embed/snippet";

// The docs page quotes the attributes and policies the code uses; a change to one must reach the other.
const docs = fs.readFileSync(path.join(process.cwd(), "content", "embedding.mdx"), "utf8");

describe("content/embedding.mdx", () => {
  it("quotes the snippet's sandbox and allow attributes", () => {
    expect(docs).toContain(`sandbox="${EMBED_SANDBOX}"`);
    expect(docs).toContain(`allow="${EMBED_ALLOW}"`);
  });

  it("quotes the Content-Security-Policy Cache Lab runs under", () => {
    expect(docs).toContain(CACHE_LAB_CSP);
  });

  it("documents the resize message as lib/embed builds it", () => {
    expect(docs).toContain('{ source: "cache-lab", v: 1, type: "resize", height: 734 }');
  });
});
