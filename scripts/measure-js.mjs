#!/usr/bin/env node
// Measures the JavaScript a page downloads before any interaction: it serves out/ (build first),
// opens each page in headless Chromium, waits until the network has been idle for 2 s without
// scrolling or clicking, and sums every JavaScript response (page and workers), raw and gzipped
// (zlib level 6, the usual server setting; Brotli would be smaller). Files that arrive before the
// load event are what the page itself needs; later ones are lazy loads and Next's prefetching of
// linked routes, reported apart.
//
//   node scripts/measure-js.mjs [--dir out] [--viewport 375x740] [/path ...]
//   (default: / and every tutorial, in a 1280x800 window; a phone-sized window shows the phone editor)
//   npm run measure:js
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "playwright-core";
import { startStaticServer } from "./serve-static.mjs";

const argv = process.argv.slice(2);
const dirIndex = argv.indexOf("--dir");
const dir = dirIndex >= 0 ? argv.splice(dirIndex, 2)[1] : "out";
const viewportIndex = argv.indexOf("--viewport");
const [width, height] = (viewportIndex >= 0 ? argv.splice(viewportIndex, 2)[1] : "1280x800").split("x").map(Number);
const tutorialPages = fs.existsSync("content")
  ? fs
      .readdirSync("content")
      .filter((f) => f.endsWith(".mdx"))
      .sort()
      .map((f) => `/tutorials/${f.slice(0, -4)}`)
  : [];
const pages = argv.length > 0 ? argv : ["/", ...tutorialPages];
const executablePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(executablePath)) {
  console.error(`No Chromium at ${executablePath}: install it (apt-get install chromium) or set CHROME_PATH.`);
  process.exit(1);
}

const { server, url } = await startStaticServer({ dir, port: 0 });
const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const results = [];
try {
  for (const sitePath of pages) {
    const context = await browser.newContext({ viewport: { width, height } });
    const pending = [];
    let loaded = false;
    context.on("response", (response) => {
      const afterLoad = loaded;
      const type = response.headers()["content-type"] ?? "";
      if (!/javascript/.test(type) && !/\.m?js(\?|$)/.test(response.url())) return;
      pending.push(
        response.body().then(
          (body) => ({
            url: response.url(),
            afterLoad,
            raw: body.length,
            gzip: zlib.gzipSync(body, { level: 6 }).length,
          }),
          () => null,
        ),
      );
    });
    const page = await context.newPage();
    page.on("load", () => {
      loaded = true;
    });
    await page.goto(new URL(sitePath.replace(/^\//, ""), url).href, { waitUntil: "networkidle" });
    await page.waitForTimeout(2000);
    const files = (await Promise.all(pending)).filter(Boolean);
    const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
    const atLoad = files.filter((f) => !f.afterLoad);
    const result = {
      page: sitePath,
      files: files.length,
      rawBytes: sum(files, "raw"),
      gzipBytes: sum(files, "gzip"),
      atLoadGzipBytes: sum(atLoad, "gzip"),
      afterLoadGzipBytes: sum(files, "gzip") - sum(atLoad, "gzip"),
    };
    results.push(result);
    console.log(
      `${sitePath}\n  ${files.length} JS files, ${kb(result.rawBytes)} raw, ${kb(result.gzipBytes)} gzipped ` +
        `(${kb(result.atLoadGzipBytes)} before the load event, ${kb(result.afterLoadGzipBytes)} after it)`,
    );
    for (const f of files.sort((a, b) => b.gzip - a.gzip)) {
      const when = f.afterLoad ? "after load" : "";
      console.log(`    ${kb(f.gzip).padStart(9)}  ${path.basename(new URL(f.url).pathname)}  ${when}`.trimEnd());
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify({ measure: "js-before-interaction", results }));
