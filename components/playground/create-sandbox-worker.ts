/**
 * Creates the sandbox worker. The `new Worker(new URL(...), { type: "module" })` expression must stay
 * literal: it is how the bundler finds lib/sandbox/worker.ts and emits it as a file of the site.
 */
export function createSandboxWorker(): Worker {
  return new Worker(new URL("../../lib/sandbox/worker.ts", import.meta.url), { type: "module", name: "cache-lab-sandbox" });
}
