import { defineConfig } from "vitest/config";
import path from "node:path";

// End-to-end specs: e2e/**/*.spec.ts against the built site, two files at a time by default, each
// with its own Chromium (E2E_WORKERS=1 runs them one by one). See e2e/harness/README.md.
export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    environment: "node",
    include: ["e2e/**/*.spec.ts"],
    globalSetup: ["e2e/harness/global-setup.ts"],
    setupFiles: ["e2e/harness/setup-file.ts"],
    fileParallelism: true,
    maxWorkers: Number(process.env.E2E_WORKERS ?? 2),
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
