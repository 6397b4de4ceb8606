import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect, inject } from "vitest";

/**
 * The end-to-end test harness: drive the built site in real Chromium. See README.md beside this file.
 *
 *   const { page, goto, expectNoConsoleErrors, expectNoExternalRequests, close } = await openPage("/");
 *   expect(await axeViolations(page)).toEqual([]);
 */

/** The repository root (for specs that read content/ or public/). */
export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Flags for headless Chromium on a CI box: no sandbox (root, containers), no GPU, no background traffic. */
export const CHROMIUM_ARGS = [
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

let browserPromise: Promise<Browser> | undefined;
let extraArgs: string[] = [];

/**
 * Extra Chromium flags for this spec file's browser (each spec file has its own). Call it at the
 * top of the file, before any page opens.
 */
export function setExtraBrowserArgs(args: string[]): void {
  if (browserPromise) throw new Error("setExtraBrowserArgs must be called before the first page opens");
  extraArgs = args;
}

/** The spec file's browser, launched on first use and closed after the file by the setup file. */
export function getBrowser(): Promise<Browser> {
  browserPromise ??= chromium.launch({ executablePath: inject("chromePath"), args: [...CHROMIUM_ARGS, ...extraArgs] });
  return browserPromise;
}

/** Closes the browser if one was launched. Registered with afterAll for every spec file. */
export async function closeBrowser(): Promise<void> {
  const pending = browserPromise;
  browserPromise = undefined;
  if (pending) await (await pending).close();
}

/** The absolute URL of a site path such as "/tutorials/x". */
export function siteUrl(sitePath = "/"): string {
  return new URL(sitePath.replace(/^\//, ""), inject("baseUrl")).href;
}

/** Options of {@link openPage}. */
export interface OpenPageOptions {
  /** Window size; defaults to 1280×800. */
  viewport?: { width: number; height: number };
  /** The system colour scheme the page sees (prefers-color-scheme). */
  colorScheme?: "light" | "dark";
  /** Entries written to localStorage before any page script runs. */
  localStorage?: Record<string, string>;
  /** What `goto` waits for; defaults to "load". */
  waitUntil?: "load" | "domcontentloaded" | "networkidle";
  /**
   * Whether the site's offline service worker may register. Blocked by default: a registered worker
   * answers requests before `page.route` sees them and precaches the whole build in the background,
   * which would change what other specs measure. e2e/offline.spec.ts allows it.
   */
  serviceWorkers?: "allow" | "block";
  /** A touch screen, so `locator.tap()` works (phone specs tap as a reader does). */
  touch?: boolean;
}

/** A page opened by {@link openPage}, with what it has recorded so far. */
export interface OpenedPage {
  page: Page;
  /** A fresh context per openPage call: its own storage, cookies and routes. */
  context: BrowserContext;
  /** Console errors (page and workers) and uncaught exceptions, in order, as text. */
  errors: string[];
  /** Every request to anything but the test server; each was blocked before leaving the machine. */
  externalRequests: string[];
  /** Navigates this page to a site path. */
  goto(sitePath: string): Promise<void>;
  /** Fails the test, listing them, if any console error or uncaught exception was recorded. */
  expectNoConsoleErrors(): void;
  /** Fails the test, listing them, if any request targeted anything but the test server. */
  expectNoExternalRequests(): void;
  /** Closes the page's context. */
  close(): Promise<void>;
}

/**
 * Opens `sitePath` of the built site in a new browser context. Requests to any other origin are
 * blocked and recorded; console errors and page errors are recorded.
 */
export async function openPage(sitePath = "/", options: OpenPageOptions = {}): Promise<OpenedPage> {
  const browser = await getBrowser();
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? "light",
    serviceWorkers: options.serviceWorkers ?? "block",
    hasTouch: options.touch ?? false,
  });
  const errors: string[] = [];
  const externalRequests: string[] = [];
  const allowedOrigin = new URL(inject("baseUrl")).origin;
  const isLocal = (url: string) => {
    if (!/^(https?|wss?):/i.test(url)) return true; // data:, blob:, about: never leave the machine
    try {
      return new URL(url).origin === allowedOrigin;
    } catch {
      return false;
    }
  };

  await context.route(
    (url) => !isLocal(url.href),
    async (route) => {
      externalRequests.push(route.request().url());
      await route.abort("blockedbyclient");
    },
  );
  // Requests the router may not see (some worker fetches) are still noticed here.
  context.on("request", (request) => {
    const url = request.url();
    if (!isLocal(url) && !externalRequests.includes(url)) externalRequests.push(url);
  });
  if (options.localStorage) {
    await context.addInitScript((entries: Record<string, string>) => {
      for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value);
    }, options.localStorage);
  }

  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("worker", (worker) =>
    worker.on("console", (message) => {
      if (message.type() === "error") errors.push(`worker console: ${message.text()}`);
    }),
  );

  const goto = async (target: string) => {
    const response = await page.goto(siteUrl(target), { waitUntil: options.waitUntil ?? "load" });
    if (response && response.status() >= 400) errors.push(`HTTP ${response.status()} for ${target}`);
  };
  await goto(sitePath);

  return {
    page,
    context,
    errors,
    externalRequests,
    goto,
    expectNoConsoleErrors: () => expect(errors, "console errors or page errors").toEqual([]),
    expectNoExternalRequests: () => expect(externalRequests, "requests that would leave 127.0.0.1").toEqual([]),
    close: () => context.close(),
  };
}

/** One accessibility problem axe found, trimmed to what a failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, with axe's summary of each failure. */
  nodes: string[];
}

const requireFromHere = createRequire(import.meta.url);
let axeSource: string | undefined;

/**
 * Runs axe-core (injected from node_modules, never fetched) on the page as it settles and returns
 * the serious and critical violations, so `expect(await axeViolations(page)).toEqual([])` prints
 * exactly what is wrong. `impacts` widens or narrows what counts. Transitions and animations that
 * end (a panel fading in) are let finish first, so colours are judged as a reader goes on seeing them;
 * endless ones (a spinner) are not waited for.
 */
export async function axeViolations(
  page: Page,
  impacts: readonly string[] = ["serious", "critical"],
): Promise<AxeViolation[]> {
  axeSource ??= fs.readFileSync(path.join(path.dirname(requireFromHere.resolve("axe-core")), "axe.min.js"), "utf8");
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations as {
      id: string;
      impact: string | null;
      help: string;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }[];
  });
  return violations
    .filter((violation) => violation.impact !== null && impacts.includes(violation.impact))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? "",
      help: violation.help,
      nodes: violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`.trim()),
    }));
}

/**
 * Holds every script chunk the page asks for from now on, until `release` is called: a lazy
 * island then stays on its server-rendered shell for as long as a test needs, and its live
 * component comes in at a moment the test chooses. `held()` counts the requests waiting.
 */
export async function holdScriptChunks(page: Page): Promise<{ held: () => number; release: () => Promise<void> }> {
  const waiting: Array<() => Promise<void>> = [];
  let holding = true;
  await page.route("**/_next/static/chunks/**", (route) => {
    if (!holding) return route.fallback();
    waiting.push(() => route.fallback());
  });
  return {
    held: () => waiting.length,
    release: async () => {
      holding = false;
      await Promise.all(waiting.splice(0).map((resume) => resume()));
    },
  };
}
