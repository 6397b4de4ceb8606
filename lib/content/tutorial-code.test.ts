import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { testServer } from "@/lib/streamlit/test-support/harness";
import { CONTENT_DIR } from "./tutorials";

// TypeScript code blocks in tutorials show readers what a playground script looks like; run each
// one against the emulation so the prose never shows code that fails.
const FENCE = /^```(?:ts|typescript)\s*\n([\s\S]*?)^```/gm;

const snippets = fs
  .readdirSync(CONTENT_DIR)
  .filter((name) => name.endsWith(".mdx"))
  .flatMap((name) =>
    [...fs.readFileSync(path.join(CONTENT_DIR, name), "utf8").matchAll(FENCE)].map((match, index) => ({
      name: `${name} #${index + 1}`,
      code: match[1],
    })),
  );

describe("TypeScript snippets in tutorials", () => {
  // A broken scan (a moved folder, a changed fence) would otherwise leave nothing to run, and pass.
  it("are found (two tutorials show one each today)", () => {
    expect(snippets.length).toBeGreaterThan(1);
  });

  it.each(snippets)("$name runs without an error", async ({ code }) => {
    const { server } = testServer();
    try {
      const session = server.createSession();
      const result = await session.run(code);
      expect(result.error).toBeUndefined();
      expect(result.elements.length).toBeGreaterThan(0);
    } finally {
      server.dispose();
    }
  });
});
