import http from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext, Frame, FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CACHE_LAB_CSP, hostCsp } from "@/lib/embed/csp";
import { embedPath, embedSnippet, EMBED_ALLOW, EMBED_SANDBOX } from "@/lib/embed/snippet";
import { axeViolations, getBrowser, openPage, siteUrl } from "./harness";

// A plain host page on another origin (localhost:<other port>, the site being 127.0.0.1:<port>) embeds
// three playgrounds with the documented snippet: two near the top, one far below the fold.
const A = {
  example: "mutation/uber-cache-resource",
  title: "Embedded A",
  options: { theme: "dark" as const, height: 300 },
};
const B = {
  example: "mutation/uber-cache-data",
  title: "Embedded B",
  options: { theme: "light" as const, readonly: true, height: 300 },
};
const C = { example: "tuning/ttl", title: "Embedded C", options: {} };

let host: http.Server;
let hostUrl = "";
const siteOrigin = () => new URL(siteUrl("/")).origin;

function hostPage(): string {
  const snippet = (side: typeof A | typeof C) =>
    embedSnippet({ origin: siteOrigin(), path: embedPath(side.example), title: side.title, options: side.options });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Someone's docs</title></head>
<body style="margin:0;font-family:sans-serif"><h1 style="margin:8px">Docs with embedded playgrounds</h1>
${snippet(A)}
${snippet(B)}
<div style="height:1500px">A long section of prose.</div>
${snippet(C)}
</body></html>`;
}

beforeAll(async () => {
  host = http.createServer((request, response) => {
    if (request.url !== "/" && request.url !== "/?csp=1") {
      response.writeHead(204).end();
      return;
    }
    const csp = request.url === "/?csp=1" ? { "content-security-policy": hostCsp(siteOrigin()) } : {};
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...csp }).end(hostPage());
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://localhost:${(host.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

interface HostPage {
  page: Page;
  context: BrowserContext;
  errors: string[];
  external: string[];
}

/** Opens the host page; with `csp`, both it and every response of the site carry the documented policies. */
async function openHost({ csp = false } = {}): Promise<HostPage> {
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const allowed = new Set([siteOrigin(), new URL(hostUrl).origin]);
  const external: string[] = [];
  await context.route(
    (url) => /^(https?|wss?):/.test(url.protocol) && !allowed.has(url.origin),
    async (route) => {
      external.push(route.request().url());
      await route.abort("blockedbyclient");
    },
  );
  if (csp) {
    await context.route(
      (url) => url.origin === siteOrigin(),
      async (route) => {
        try {
          const response = await route.fetch();
          await route.fulfill({
            response,
            headers: { ...response.headers(), "content-security-policy": CACHE_LAB_CSP },
          });
        } catch (error) {
          // A request still in flight when the test closes its context has nobody left to answer.
          if (!/disposed|closed/i.test(String(error))) throw error;
        }
      },
    );
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  await page.goto(csp ? `${hostUrl}?csp=1` : hostUrl);
  return { page, context, errors, external };
}

const frameOf = (page: Page, side: { title: string }): FrameLocator =>
  page.frameLocator(`iframe[title="${side.title}"]`);
const iframeHeight = (page: Page, side: { title: string }) =>
  page.locator(`iframe[title="${side.title}"]`).evaluate((frame) => Math.round(frame.getBoundingClientRect().height));
const runNumber = async (frame: FrameLocator) =>
  Number(await frame.locator('[data-testid="run-count"]').getAttribute("data-run-number"));

async function waitForHeight(
  page: Page,
  side: { title: string },
  accept: (height: number) => boolean,
  what: string,
): Promise<number> {
  const deadline = Date.now() + 30_000;
  let height = await iframeHeight(page, side);
  while (!accept(height)) {
    if (Date.now() > deadline)
      throw new Error(`${side.title}: the iframe height stayed ${height}px; expected it to ${what}`);
    await page.waitForTimeout(100);
    height = await iframeHeight(page, side);
  }
  return height;
}

/** Waits until the iframe's height has not changed for a second, and returns it. */
async function settledHeight(page: Page, side: { title: string }): Promise<number> {
  let height = await iframeHeight(page, side);
  let since = Date.now();
  const deadline = Date.now() + 30_000;
  while (Date.now() - since < 1000) {
    if (Date.now() > deadline) throw new Error(`${side.title}: the iframe height never settled (last ${height}px)`);
    await page.waitForTimeout(100);
    const now = await iframeHeight(page, side);
    if (now !== height) {
      height = now;
      since = Date.now();
    }
  }
  return height;
}

it("the snippet carries exactly the documented sandbox and allow attributes", async () => {
  const { page, context } = await openHost();
  const attributes = await page
    .locator("iframe")
    .evaluateAll((frames) => frames.map((f) => [f.getAttribute("sandbox"), f.getAttribute("allow")]));
  expect(attributes).toEqual([
    [EMBED_SANDBOX, EMBED_ALLOW],
    [EMBED_SANDBOX, EMBED_ALLOW],
    [EMBED_SANDBOX, EMBED_ALLOW],
  ]);
  expect(EMBED_SANDBOX).toBe("allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
  await context.close();
});

it("two embeds on another origin boot, run, show tables and resize to their content, each on its own", async () => {
  const { page, context, errors, external } = await openHost();
  const a = frameOf(page, A);
  const b = frameOf(page, B);
  await a.locator('[data-testid="playground"]').waitFor({ timeout: 30_000 });
  await b.locator('[data-testid="playground"]').waitFor({ timeout: 30_000 });
  // embed.js has applied the first reports: the frames no longer have the snippet's 300 px.
  await waitForHeight(page, A, (h) => h !== 300, "follow the embed's first report");
  await waitForHeight(page, B, (h) => h !== 300, "follow the embed's first report");
  // Both editors are up and the heights settled, so only a run changes them from here.
  await a.locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await b.locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
  const a0 = await settledHeight(page, A);
  const b0 = await settledHeight(page, B);
  // No site chrome inside the frame, not even hidden: only the playground and the link back.
  expect(await a.locator("header, footer, a[href='#main']").count()).toBe(0);
  await expect(a.locator('[data-testid="open-in-cache-lab"]').getAttribute("href")).resolves.toBe(
    "/tutorials/mutating-cached-values#playground-mutation-uber-cache-resource",
  );

  await a.locator('[data-testid="run"]').click();
  await a.locator('[data-testid="run-count"][data-run-number="1"]').waitFor({ timeout: 60_000 });
  await a.locator('[data-testid="dataframe"]').first().waitFor();
  const a1 = await waitForHeight(page, A, (h) => h > a0 + 100, `grow past ${a0 + 100}px after a run that shows tables`);
  // Frame B did not move: A's messages resize A only.
  expect(await iframeHeight(page, B)).toBe(b0);
  expect(await runNumber(b)).toBe(0);

  await b.locator('[data-testid="run"]').click();
  await b.locator('[data-testid="run-count"][data-run-number="1"]').waitFor({ timeout: 60_000 });
  await b.locator('[data-testid="dataframe"]').first().waitFor();
  await waitForHeight(page, B, (h) => h > b0 + 100, `grow past ${b0 + 100}px after a run that shows tables`);
  expect(await iframeHeight(page, A)).toBe(a1);
  // The content fits: the iframe is as tall as the embed's document, so nothing scrolls inside it.
  const inner = await a.locator("[data-embed-root]").evaluate((root) => Math.ceil(root.getBoundingClientRect().height));
  expect(Math.abs(a1 - inner)).toBeLessThanOrEqual(1);

  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await context.close();
});

it("forged messages are ignored: into an embed, and to the host page itself", async () => {
  const { page, context } = await openHost();
  const a = frameOf(page, A);
  const b = frameOf(page, B);
  // Both editors are up, so the heights only change now if a message changes them.
  await a.locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await b.locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
  const a0 = await settledHeight(page, A);
  const b0 = await settledHeight(page, B);
  // Instead of a pause: a last message after the forged ones, heard by a listener added after the
  // page's own. Messages to a window are handled in order, so once it is heard, the forged ones were too.
  const SENTINEL = "cache-lab-test: after the forged messages";
  const frameA = page.frames().find((frame) => frame.url().includes(embedPath(A.example)));
  expect(frameA, "frame A is loaded").toBeDefined();
  await frameA!.evaluate((sentinel) => {
    (window as { heard?: Promise<void> }).heard = new Promise((resolve) =>
      addEventListener("message", (e) => e.data === sentinel && resolve()),
    );
  }, SENTINEL);
  await page.evaluate(async (sentinel) => {
    const heard = new Promise<void>((resolve) => addEventListener("message", (e) => e.data === sentinel && resolve()));
    const frames = [...document.querySelectorAll("iframe")];
    const forged = { source: "cache-lab", v: 1, type: "resize", height: 40 };
    // Posted into frame A, as if the embed could be told to resize or run by its host.
    frames[0].contentWindow?.postMessage(forged, "*");
    frames[0].contentWindow?.postMessage({ source: "cache-lab", v: 1, type: "run" }, "*");
    frames[0].contentWindow?.postMessage(sentinel, "*");
    // Posted by the host page to itself, as if it came from an embed.
    window.postMessage(forged, "*");
    window.postMessage({ ...forged, height: 77 }, "*");
    window.postMessage(sentinel, "*");
    await heard;
  }, SENTINEL);
  await frameA!.evaluate(() => (window as { heard?: Promise<void> }).heard);
  // Two frames drawn in A: had the forged run been taken, its status line would say "running" by now.
  await frameA!.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await a.locator('[data-testid="status-line"]').getAttribute("data-phase")).not.toBe("running");
  expect(await iframeHeight(page, A)).toBe(a0);
  expect(await iframeHeight(page, B)).toBe(b0);
  expect(await runNumber(a)).toBe(0);
  await context.close();
});

it("embed.js also resizes an iframe the host page adds later", async () => {
  const { page, context, errors } = await openHost();
  await frameOf(page, A).locator('[data-testid="playground"]').waitFor({ timeout: 30_000 });
  const later = { title: "Added later" };
  const html = embedSnippet({
    origin: siteOrigin(),
    path: embedPath("tuning/max-entries"),
    title: later.title,
    options: { height: 200 },
    resizeScript: false,
  });
  await page.evaluate((snippet) => document.body.insertAdjacentHTML("afterbegin", snippet), html);
  await frameOf(page, later).locator('[data-testid="playground"]').waitFor({ timeout: 30_000 });
  await waitForHeight(page, later, (h) => h > 200, "follow the added embed's report");
  expect(await page.locator(`iframe[title="${later.title}"]`).getAttribute("data-cache-lab-embed")).toBe("");
  expect(errors).toEqual([]);
  await context.close();
});

it("applies the theme option, and read-only blocks edits while Run still works", async () => {
  const { page, context } = await openHost();
  const a = frameOf(page, A);
  const b = frameOf(page, B);
  await a.locator('[data-testid="playground"]').waitFor({ timeout: 30_000 });
  await b.locator('[data-testid="playground"]').waitFor({ timeout: 30_000 });
  // The host page asks for light (the system colour scheme); A says dark, B says light.
  expect((await a.locator("html").getAttribute("class")) ?? "").toContain("dark");
  expect((await b.locator("html").getAttribute("class")) ?? "").not.toContain("dark");
  const background = await a
    .locator('[data-testid="playground"]')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe("rgb(255, 255, 255)");

  const editor = b.locator('[data-testid="editor"][data-ready="true"] .monaco-editor');
  await editor.waitFor({ timeout: 30_000 });
  const text = () => b.locator(".view-lines").innerText();
  const before = await text();
  await b.locator(".view-lines").click();
  await page.keyboard.type("zzz");
  await page.keyboard.press("Enter");
  expect(await text()).toBe(before);
  expect(await b.locator('[data-testid="reset"]').isDisabled()).toBe(true);
  await context.close();
});

it("an embed below the fold does not boot until it is scrolled into view", async () => {
  const { page, context } = await openHost();
  const a = frameOf(page, A);
  await a.locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1500);
  const embedC = (): Frame | undefined => page.frames().find((frame) => frame.url().includes(embedPath(C.example)));
  // 1500 px below the fold is within Chromium's lazy-loading distance: the page loads and renders
  // its code, but the playground inside must not start its editor or worker.
  const c = embedC();
  expect(c, "the lazy iframe below the fold was loaded").toBeDefined();
  await c?.locator('[data-testid="playground"]').waitFor({ timeout: 30_000 });
  expect(await c?.locator('[data-testid="static-code"]').count()).toBe(1);
  expect(await c?.locator('[data-testid="editor"]').count()).toBe(0);
  await page.locator(`iframe[title="${C.title}"]`).scrollIntoViewIfNeeded();
  await frameOf(page, C).locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 30_000 });
  await context.close();
});

it("works under the documented Content-Security-Policy, on the host page and on the site", async () => {
  const { page, context, errors } = await openHost({ csp: true });
  const a = frameOf(page, A);
  await a.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
  const a0 = await settledHeight(page, A);
  await a.locator('[data-testid="run"]').click();
  await a.locator('[data-testid="run-count"][data-run-number="1"]').waitFor({ timeout: 60_000 });
  await a.locator('[data-testid="dataframe"]').first().waitFor();
  await waitForHeight(page, A, (h) => h > a0 + 100, "grow after the run (embed.js loaded under the host's policy)");
  // A blocked script, style, font, worker or fetch would show up here as a console error.
  expect(errors).toEqual([]);
  await context.close();
});

it("the Embed action shows the documented snippet for this site and copies it", async () => {
  const opened = await openPage("/tutorials/mutating-cached-values");
  await opened.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: siteOrigin() });
  const root = opened.page.locator('[data-example="mutation/uber-cache-data"]');
  // The tutorial loads a playground's live part near the viewport; until then its Embed button waits.
  await root.scrollIntoViewIfNeeded();
  await root.locator('[data-testid="embed"]').click();
  await root.getByLabel("Read-only", { exact: true }).check();
  const snippet = await root.locator('[data-testid="embed-snippet"]').inputValue();
  expect(snippet).toBe(
    embedSnippet({
      origin: siteOrigin(),
      path: embedPath("mutation/uber-cache-data"),
      title: "Cache Lab playground: st.cacheData: a copy per run",
      options: { readonly: true },
    }),
  );
  await root.locator('[data-testid="copy-embed-snippet"]').click();
  await root.locator('[data-testid="copy-embed-snippet-status"]', { hasText: "Copied" }).waitFor();
  expect(await opened.page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  expect(await axeViolations(opened.page)).toEqual([]);
  opened.expectNoConsoleErrors();
  await opened.close();
});

it("a pair embed shows one playground at a time with layout=single, and passes axe in dark", async () => {
  const opened = await openPage("/embed/pair/uber-cache-resource-vs-uber-cache-data?layout=single&theme=dark");
  const visible = () => opened.page.locator('[data-testid="playground"]').filter({ visible: true });
  // The static page renders the default layout; the query's layout applies once React has hydrated.
  await opened.page.locator('[data-embed-root][data-layout="single"]').waitFor();
  expect(await visible().count()).toBe(1);
  expect(await visible().getAttribute("data-example")).toBe("mutation/uber-cache-resource");
  await opened.page.getByRole("button", { name: "st.cacheData: a copy per run" }).click();
  expect(await visible().getAttribute("data-example")).toBe("mutation/uber-cache-data");
  expect(await opened.page.locator('[data-testid="share"]').count()).toBe(0);
  expect(await axeViolations(opened.page)).toEqual([]);
  opened.expectNoConsoleErrors();
  opened.expectNoExternalRequests();
  await opened.close();
});
