import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { findChromium } from "./find-chromium";

/**
 * Vitest globalSetup for the end-to-end suite, run once before all specs:
 * 1. builds the static export (skipped when E2E_SKIP_BUILD=1 and out/ exists),
 * 2. copies out/ to a private snapshot so a concurrent rebuild cannot pull files from under the tests,
 * 3. serves the snapshot on 127.0.0.1 on a free port with scripts/serve-static.mjs,
 * 4. finds Chromium (installing it on Debian as root if need be),
 * then hands `baseUrl` and `chromePath` to the specs through `inject()`.
 */

declare module "vitest" {
  export interface ProvidedContext {
    /** Root URL of the served site, ending in "/". */
    baseUrl: string;
    /** Chromium executable the specs launch. */
    chromePath: string;
    /** The served copy of out/ (a spec may change it to simulate a new deploy, and must put it back). */
    siteDir: string;
  }
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
// Builds on a shared machine take this lock (see the README); it is created on first use.
const BUILD_LOCK = process.env.E2E_BUILD_LOCK ?? "/tmp/build.lock";

function hasFlock(): boolean {
  return spawnSync("flock", ["--version"], { stdio: "ignore" }).status === 0;
}

function run(command: string, what: string): void {
  const locked = hasFlock() ? ["flock", BUILD_LOCK, "sh", "-c", command] : ["sh", "-c", command];
  const result = spawnSync(locked[0], locked.slice(1), {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`[e2e] ${what} failed (exit ${result.status}).`);
}

function buildAndSnapshot(snapshot: string): void {
  const out = path.join(ROOT, "out");
  const skip = process.env.E2E_SKIP_BUILD === "1" && fs.existsSync(path.join(out, "index.html"));
  const copy = `rm -rf '${snapshot}' && mkdir -p '${path.dirname(snapshot)}' && cp -R out '${snapshot}'`;
  if (skip) {
    console.log("[e2e] E2E_SKIP_BUILD=1: testing the existing out/.");
    run(copy, "Copying out/");
  } else {
    console.log("[e2e] Building the static export (next build)...");
    // npm's build script, so its postbuild step (the search index) runs as it does for `npm run build`.
    run(`npm run build --silent && ${copy}`, "npm run build");
  }
}

function serve(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/serve-static.mjs"), "--port", "0", "--dir", dir], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) resolve({ child, url });
    });
    child.once("exit", (code) => reject(new Error(`[e2e] The static server exited (code ${code}) before listening.`)));
  });
}

// Snapshots left behind by runs that were killed before their teardown.
function removeStaleSnapshots(dir: string): void {
  if (!fs.existsSync(dir)) return;
  for (const name of fs.readdirSync(dir)) {
    const pid = Number(/^site-(\d+)$/.exec(name)?.[1]);
    if (!pid) continue;
    try {
      process.kill(pid, 0);
    } catch (error) {
      // ESRCH: no such process. (EPERM means it lives under another user: leave it.)
      if ((error as NodeJS.ErrnoException).code === "ESRCH")
        fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    }
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromePath = findChromium();
  removeStaleSnapshots(path.join(ROOT, ".e2e-tmp"));
  const snapshot = path.join(ROOT, ".e2e-tmp", `site-${process.pid}`);
  buildAndSnapshot(snapshot);
  const { child, url } = await serve(snapshot);
  console.log(`[e2e] Serving the site at ${url} with ${chromePath}`);
  project.provide("baseUrl", url);
  project.provide("chromePath", chromePath);
  project.provide("siteDir", snapshot);

  return async () => {
    child.kill();
    fs.rmSync(snapshot, { recursive: true, force: true });
  };
}
