/**
 * The offline service worker (lib/offline/service-worker.ts, served as /sw.js), in Chromium against
 * the built site: a second visit works with the network off, and a new deploy replaces the cached
 * build as a whole.
 */
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage } from "./harness";

const TUTORIAL = "/tutorials/mutating-cached-values";
const FIRST = '[data-example="mutation/uber-cache-resource"]';

/** Waits until the service worker has precached the build and controls the page; returns the cache names. */
async function waitForOfflineReady(page: Page): Promise<string[]> {
  // The page registers the worker a few seconds after a sandbox is ready: bring one into view.
  await page.locator(FIRST).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 90_000 });
  return page.evaluate(() => caches.keys());
}

/** Runs the tutorial's first example and waits for its table: the sandbox, danfojs and the data all loaded. */
async function runFirstExample(page: Page): Promise<void> {
  const playground = page.locator(FIRST);
  await playground.scrollIntoViewIfNeeded();
  await playground.locator('[data-testid="run"]').click();
  await playground.locator('[data-testid="run-count"][data-run-number="1"]').waitFor({ timeout: 60_000 });
  await playground.locator('[data-testid="output"] [data-testid="dataframe"]').first().waitFor({ timeout: 30_000 });
  expect(await playground.locator('[data-testid="exception"]').count()).toBe(0);
}

/** Build files the page loaded, from its own resource timing (requests the service worker answered included). */
const loadedBuildFiles = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith("/_next/static/")),
  );

describe("offline service worker", () => {
  it("second visit with the network off: the tutorial opens and its first example runs", async () => {
    const { page, context, errors, close } = await openPage(TUTORIAL, { serviceWorkers: "allow" });
    const failed: string[] = [];
    page.on("requestfailed", (request) => failed.push(new URL(request.url()).pathname + new URL(request.url()).search));
    try {
      const names = await waitForOfflineReady(page);
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^cache-lab-/);

      await context.setOffline(true);
      // Anything the worker did not precache really fails: the network is off.
      expect(
        await page.evaluate(() =>
          fetch(`/not-cached-${Date.now()}`).then(
            () => "answered",
            () => "failed",
          ),
        ),
      ).toBe("failed");
      await page.reload();
      expect(await page.locator("h1").textContent()).toMatch(/Mutating cached values/i);
      await runFirstExample(page);
      // Search, never used online, works too: the worker precached the index.
      await page.locator("body").press("/");
      await page.locator('[data-testid="search-input"]').fill("least recently used");
      await page
        .locator('[data-testid="search-status"]', { hasText: "for “least recently used”" })
        .waitFor({ timeout: 30_000 });
      const found = await page
        .locator('[data-testid="search-results"] a')
        .evaluateAll((all) => all.map((a) => a.getAttribute("href")));
      expect(
        found.some((href) => href?.startsWith("/tutorials/tuning-the-cache#")),
        JSON.stringify(found),
      ).toBe(true);
      // The only failures: the probe above and the worker's network tries for pages (it then answers
      // them from the cache); no build file or data request fails. The browser logs each as
      // "Failed to load resource".
      expect(
        failed.filter((p) => !p.startsWith("/not-cached-") && !/^\/(tutorials\/[\w-]+)?(\.txt)?$/.test(p)),
        "failed requests",
      ).toEqual([]);
      expect(
        errors.filter((e) => !/^console: Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)$/.test(e)),
      ).toEqual([]);
    } finally {
      await close();
    }
  });

  it("a new deploy is picked up whole: new page, new build files, the older build's cache deleted", async () => {
    const site = inject("siteDir");
    const htmlFile = path.join(site, "tutorials", "mutating-cached-values.html");
    const swFile = path.join(site, "sw.js");
    const originalHtml = fs.readFileSync(htmlFile, "utf8");
    const originalSw = fs.readFileSync(swFile, "utf8");
    let renamedChunk: string | undefined;
    const { page, context, close } = await openPage(TUTORIAL, { serviceWorkers: "allow" });
    try {
      const [oldCache] = await waitForOfflineReady(page);
      const oldId = oldCache.slice("cache-lab-".length);

      // "Deploy": a page that changed (an attribute React leaves alone when it hydrates) and which loads a changed stylesheet under a new hashed
      // name (as a rebuild names a changed file; a script chunk cannot be renamed by hand, it
      // registers itself under its own name), and a /sw.js with a new build id and file list.
      const chunk = originalHtml.match(/\/_next\/static\/chunks\/[\w-]+\.css/)![0];
      renamedChunk = chunk.replace(/\.css$/, "-deploy2.css");
      fs.writeFileSync(
        path.join(site, renamedChunk),
        `${fs.readFileSync(path.join(site, chunk), "utf8")}\nhtml[data-deploy="2"]{font-weight:400}\n`,
      );
      const newId = `${oldId}-deploy2`;
      fs.writeFileSync(
        htmlFile,
        originalHtml.split(chunk).join(renamedChunk).replace("<html ", '<html data-deploy="2" '),
      );
      // Other build files may still name the old chunk (a rebuild keeps unchanged chunks), so both are listed.
      fs.writeFileSync(
        swFile,
        originalSw.split(oldId).join(newId).replace(`"${chunk}"`, `"${chunk}","${renamedChunk}"`),
      );

      // The reader comes back: the page comes from the network, and the browser finds the new worker.
      await page.goto(page.url());
      await page.waitForFunction(() => document.documentElement.dataset.deploy === "2");
      await page.waitForFunction(
        (name) => caches.keys().then((keys) => keys.length === 1 && keys[0] === name),
        `cache-lab-${newId}`,
        {
          timeout: 60_000,
          polling: 100,
        },
      );

      // With the network off, the new build is what opens and runs, without a file of the old one.
      await context.setOffline(true);
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.dataset.deploy)).toBe("2");
      const files = await loadedBuildFiles(page);
      expect(files).toContain(renamedChunk);
      expect(files).not.toContain(chunk);
      await runFirstExample(page);
    } finally {
      await close();
      fs.writeFileSync(htmlFile, originalHtml);
      fs.writeFileSync(swFile, originalSw);
      if (renamedChunk) fs.rmSync(path.join(site, renamedChunk), { force: true });
    }
  });
});
