import { defineConfig } from "vitest/config";
import path from "node:path";

// End-to-end specs: e2e/**/*.spec.ts, run one file at a time (the machine has 2 cores and the
// browser needs them) against the built site. See e2e/harness/README.md.
export default defineConfig({
  resolve: { alias: { "@": import.meta.dirname } },
  test: {
    environment: "node",
    include: ["e2e/**/*.spec.ts"],
    globalSetup: ["e2e/harness/global-setup.ts"],
    setupFiles: ["e2e/harness/setup-file.ts"],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
