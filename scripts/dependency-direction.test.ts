import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The lint rules in eslint.config.mjs that keep imports pointing one way (app → components → lib,
 * component folders in layers, no React or DOM in the engine). Each case lints a one-line file at a
 * made-up path in the real tree with the real config, so deleting a zone makes its case fail.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("dependency direction", () => {
  it.each([
    ["lib/sandbox/new-file.ts", 'import { PlaygroundClient } from "@/components/playground/playground-client";'],
    ["lib/streamlit/new-file.ts", 'import { loadTutorials } from "@/app/(site)/page";'],
    ["lib/inspector/new-file.ts", 'import x from "../../components/inspector/cache-inspector";'],
    ["components/site/new-file.tsx", 'import { EmbedPage } from "@/app/embed/_lib/embed-page";'],
    ["components/twin/new-file.tsx", 'import { TWIN_ANCHORS } from "@/content/examples/twin-anchors";'],
    ["content/examples/new-file.ts", 'import { CodeBlock } from "@/components/code/code-block";'],
    [
      "components/playground/new-file.tsx",
      'import { PlaygroundIsland } from "@/components/islands/playground-island";',
    ],
    [
      "components/playground/new-file.tsx",
      'import { MultiSessionClient } from "@/components/multi-session/multi-session-client";',
    ],
    ["components/share/new-file.tsx", 'import { CacheInspector } from "@/components/inspector/cache-inspector";'],
    ["components/code/new-file.tsx", 'import { CopyStatus } from "@/components/share/copy-status";'],
    ["components/islands/new-file.tsx", 'import { Playground } from "@/components/tutorial/playground";'],
  ])("%s may not: %s", async (file, code) => {
    const found = await problems(file, code);
    expect(
      found.some((p) => p.startsWith("import/no-restricted-paths")),
      found.join("\n"),
    ).toBe(true);
  });

  it.each([
    ["app/(site)/new-file.tsx", 'import { SiteChrome } from "@/components/site/site-chrome";'],
    ["components/tutorial/new-file.tsx", 'import { PlaygroundIsland } from "@/components/islands/playground-island";'],
    ["components/multi-session/new-file.tsx", 'import { Toolbar } from "@/components/playground/toolbar";'],
    ["components/playground/new-file.tsx", 'import { runSandbox } from "@/lib/sandbox/sandbox-client";'],
    ["lib/content/new-file.ts", 'import { EXAMPLE_SETTINGS } from "@/content/examples/registry";'],
    ["content/examples/new-file.ts", 'import type { StApi } from "@/lib/streamlit/api";'],
  ])("%s may: %s", async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

describe("the engine stays free of React and the DOM", () => {
  it.each([
    ["lib/streamlit/new-file.ts", 'import { useState } from "react";\nexport const s = useState;'],
    ["lib/storage/new-file.ts", 'import { useEffect } from "react";\nexport const e = useEffect;'],
    ["lib/pandas/new-file.ts", 'import Link from "next/link";\nexport const l = Link;'],
  ])("%s: %s", async (file, code) => {
    const found = await problems(file, code);
    expect(
      found.some((p) => p.startsWith("no-restricted-imports")),
      found.join("\n"),
    ).toBe(true);
  });

  it.each([
    ["lib/streamlit/new-file.ts", "export const w = window.innerWidth;"],
    ["lib/pandas/new-file.ts", "export const d = document.title;"],
    ["lib/streamlit/cache/new-file.ts", 'export const k = localStorage.getItem("k");'],
  ])("%s: %s", async (file, code) => {
    const found = await problems(file, code);
    expect(
      found.some((p) => p.startsWith("no-restricted-globals")),
      found.join("\n"),
    ).toBe(true);
  });

  it("a page-side folder of lib may use the DOM", async () => {
    expect(await problems("lib/storage/new-file.ts", 'export const k = localStorage.getItem("k");')).toEqual([]);
  });
});
