import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { loadTutorials } from "@/lib/content/tutorials";
import { axeViolations, REPO_ROOT } from "./index";
import { checkedPages } from "./checked-pages";
import { waitForRun } from "./playground-actions";

/**
 * The viewport matrix (e2e/viewports-*.spec.ts, split by width so the files run side by side): every
 * page, at every width a reader's screen has (320, 375, 768, 1024 and 1440 px), in every state a
 * reader can bring a playground to. Nothing is wider than the window (wide content scrolls inside its
 * own box), and axe finds no serious problem in the light or the dark theme.
 */
const tutorials = loadTutorials(path.join(REPO_ROOT, "content"));
const PAGES = [
  "/",
  ...tutorials.map((t) => `/tutorials/${t.slug}`),
  "/embed/mutation/uber-cache-resource",
  "/embed/pair/uber-cache-resource-vs-uber-cache-data",
  "/embed/concurrency/fix-lock",
];

/** Fails, naming the state and the widest element, if the page is wider than the window. */
async function expectFits(page: Page, state: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const excess = document.documentElement.scrollWidth - window.innerWidth;
    if (excess <= 0) return null;
    // The deepest element whose right edge passes the window's, to say where to look.
    const culprit = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .at(-1);
    const where = culprit
      ? `${culprit.tagName.toLowerCase()}${culprit.dataset.testid ? `[data-testid=${culprit.dataset.testid}]` : ""}.${String(culprit.className).slice(0, 80)}`
      : "?";
    return `${excess} px too wide, e.g. ${where}`;
  });
  expect(overflow, state).toBeNull();
}

/** Axe in the light theme, then in the dark one (the site follows the system theme until the reader picks one). */
async function expectAccessibleInBothThemes(page: Page, state: string): Promise<void> {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.waitForFunction(
      (dark) => document.documentElement.classList.contains("dark") === dark,
      colorScheme === "dark",
    );
    expect(await axeViolations(page), `${state}, ${colorScheme} theme`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

// 320 px has the same layout as 375 px (both are under Tailwind's first breakpoint), so axe, which
// judges markup and colours, is run at 375 and the wider widths; the width check runs at all five.
const axeAt = (width: number) => width !== 320;

async function check(page: Page, state: string, width: number): Promise<void> {
  await expectFits(page, state);
  if (axeAt(width)) await expectAccessibleInBothThemes(page, state);
}

const playgroundsOf = (root: Locator) => root.locator('[data-testid="playground"]');

/** Run both, twice: the cacheResource side fails on its second run (the KeyError), the other does not. */
async function runPairTwice(pair: Locator): Promise<void> {
  await pair.scrollIntoViewIfNeeded();
  for (const n of [1, 2]) {
    await pair.locator('[data-testid="run-both"]').click();
    for (const side of await playgroundsOf(pair).all()) await waitForRun(side, n, 60_000);
  }
  await pair.locator('[data-testid="exception"]').first().waitFor();
}

/** The pair in every state: after the runs, with both inspectors, then with Share and Embed open. */
async function pairStates(page: Page, width: number, pair: Locator): Promise<void> {
  await runPairTwice(pair);
  await expectFits(page, `${width} px, the pair after a failed run`);
  for (const side of await playgroundsOf(pair).all()) {
    await side.locator('[data-testid="inspector"] summary').click();
    await side.locator('[data-testid="inspector"] [data-testid="clock-control"]').waitFor();
  }
  await expectFits(page, `${width} px, the pair with both inspectors open`);
  if (width >= 1440) {
    // Side by side on a wide screen, each inspector's table of entries fits its half without scrolling.
    for (const table of await pair.locator('[data-testid="inspector-entries"]').all()) {
      const [scroll, client] = await table.evaluate((t) => [
        t.parentElement!.scrollWidth,
        t.parentElement!.clientWidth,
      ]);
      expect(scroll, "an inspector's entries at 1440 px").toBeLessThanOrEqual(client);
    }
  }
  const [left, right] = await playgroundsOf(pair).all();
  await left.locator('[data-testid="share"]').click();
  await left.locator('[data-testid="share-panel"]').waitFor();
  await right.locator('[data-testid="embed"]').click();
  await right.locator('[data-testid="embed-panel"]').waitFor();
  await check(page, `${width} px, the pair after a failed run, inspectors, Share and Embed open`, width);
}

/** The matrix's tests for these widths; call it once at the top of a spec file. */
export function describeViewports(widths: number[]): void {
  const open = checkedPages();
  describe("every page fits the window and passes axe, in every playground state", () => {
    it.each(widths)("at %i px", async (width) => {
      const opened = await open(PAGES[0], { viewport: { width, height: 800 } });
      const { page, goto } = opened;
      for (const target of PAGES) {
        if (target !== PAGES[0]) await goto(target);
        await check(page, `${width} px, ${target} as it opens`, width);
      }

      // The teaching pair, on its tutorial.
      await goto("/tutorials/mutating-cached-values");
      await pairStates(page, width, page.locator('[data-testid="side-by-side"]'));

      // A multi-session playground after a run of both sessions, with its timeline.
      await goto("/tutorials/concurrent-sessions");
      const multi = page.locator('[data-testid="multi-session"]').first();
      await multi.scrollIntoViewIfNeeded();
      await multi.locator('[data-testid="run-all"]').click();
      for (const name of ["A", "B"])
        await multi
          .locator(`[data-testid="session-pane"][data-session="${name}"][data-run-number="1"][data-running="false"]`)
          .waitFor({ timeout: 60_000 });
      await multi.locator('[data-testid="share"]').click();
      await multi.locator('[data-testid="share-panel"]').waitFor();
      await check(page, `${width} px, a multi-session playground after a run, with Share open`, width);
    });
  });
}
