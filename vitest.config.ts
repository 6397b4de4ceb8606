import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    environment: "node",
    include: [
      "lib/**/*.test.ts",
      "content/**/*.test.ts",
      "components/**/*.test.ts",
      "app/**/*.test.ts",
      "scripts/**/*.test.ts",
      "e2e/harness/**/*.test.ts",
    ],
    testTimeout: 30_000,
    // danfojs gets the TensorFlow.js stand-in the site ships (see vitest.setup.ts).
    setupFiles: ["vitest.setup.ts"],
  },
});
