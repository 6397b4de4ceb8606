// The setup every browser benchmark shares: read `--runs` and `--dir`, serve a private copy of the
// built site, launch Chromium, and undo all of it at the end.
//
// The site is copied first so that a rebuild by someone else in the same tree (next build rewrites
// out/) cannot change the pages in the middle of a run.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { startStaticServer } from "./serve-static.mjs";

const CHROMIUM = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** `--name value` from the command line, or `fallback` when the option is absent. */
function option(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
}

/**
 * Serves a copy of the built site (`--dir`, default out/) on a free port and launches Chromium.
 * `name` tells this bench's temporary copy apart from another's. Exits with a message when the site
 * is not built. Resolves with `runs` (`--runs`, default 5), the site's `base` URL (ending in /), the
 * `browser`, and `close()`, which shuts both down and deletes the copy.
 */
export async function startBench(name) {
  const runs = Number(option("runs", "5"));
  const dir = option("dir", "out");
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    console.error(`${dir}/index.html not found: build the site first (flock /tmp/build.lock npm run build).`);
    process.exit(1);
  }
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), `cache-lab-bench-${name}-`));
  execFileSync("cp", ["-R", `${dir}/.`, copy]);
  const { server, url: base } = await startStaticServer({ dir: copy, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const close = async () => {
    await browser.close();
    server.close();
    fs.rmSync(copy, { recursive: true, force: true });
  };
  return { runs, base, browser, close };
}
