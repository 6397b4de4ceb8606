import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeViolations, holdScriptChunks } from "./harness";
import { checkedPages } from "./harness/checked-pages";

// The cache inspector under each playground, driven the way a reader drives it.
const MUTATION = "/tutorials/mutating-cached-values";
const TUNING = "/tutorials/tuning-the-cache";

const open = checkedPages();

const playground = (page: Page, example: string) => page.locator(`[data-example="${example}"]`);
const inspector = (pg: Locator) => pg.locator('[data-testid="inspector"]');

/** Runs once (with the Run button, or `trigger`) and waits for the next run number. */
async function runOnce(pg: Locator, trigger?: () => Promise<void>): Promise<void> {
  await pg.scrollIntoViewIfNeeded();
  const before = Number(await pg.locator('[data-testid="run-count"]').getAttribute("data-run-number"));
  if (trigger) await trigger();
  else await pg.locator('[data-testid="run"]').click();
  await pg.locator(`[data-testid="run-count"][data-run-number="${before + 1}"]`).waitFor({ timeout: 30_000 });
}

/** Opens the inspector with the keyboard (focus its summary, press Enter). */
async function openInspector(pg: Locator): Promise<void> {
  const summary = inspector(pg).locator("summary");
  await summary.focus();
  await summary.press("Enter");
  await inspector(pg).locator('[data-testid="clock-control"]').waitFor();
}

/** Kind of each step of the last run ("miss", "hit", "evict", ...). */
const stepKinds = (pg: Locator) =>
  inspector(pg)
    .locator('[data-testid="inspector-step"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")));
const entryArgs = (pg: Locator) =>
  inspector(pg)
    .locator('[data-testid="inspector-entry"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-args")));
const identityIds = (pg: Locator) =>
  inspector(pg).locator('[data-testid="identity-line"]').first().getAttribute("data-object-ids");

describe("the Uber pair", () => {
  it("left (cacheResource): one entry, a miss then a hit, the same object twice; right (cacheData): a miss then a hit, two objects", async () => {
    const { page } = await open(MUTATION);
    const left = playground(page, "mutation/uber-cache-resource");
    const right = playground(page, "mutation/uber-cache-data");
    for (const side of [left, right]) {
      await side.scrollIntoViewIfNeeded();
      await openInspector(side);
      await runOnce(side);
      expect(await stepKinds(side)).toEqual(["miss"]);
      expect(await inspector(side).locator('[data-testid="miss-reason"]').textContent()).toContain("first call");
      await runOnce(side);
      expect(await stepKinds(side)).toEqual(["hit"]);
      expect(await entryArgs(side)).toEqual(['url="/data/uber-raw-da…p14-10k.csv"']);
    }

    const [leftFirst, leftSecond] = (await identityIds(left))!.split(" ");
    expect(leftFirst).toBe(leftSecond);
    expect(await inspector(left).locator('[data-testid="identity-line"]').textContent()).toContain(
      `run 1 and run 2 got object #${leftFirst}: the same object`,
    );
    // Run 1 dropped Lat from the shared object: the inspector ties the warning to that object's entry.
    const note = inspector(left).locator('[data-testid="mutation-note"]');
    expect(await note.getAttribute("data-object-id")).toBe(leftFirst);
    expect(await note.locator("a").getAttribute("href")).toBe(
      `#inspector-mutation-uber-cache-resource-object-${leftFirst}`,
    );
    expect(await inspector(left).locator(`#inspector-mutation-uber-cache-resource-object-${leftFirst}`).count()).toBe(
      1,
    );

    const [rightFirst, rightSecond] = (await identityIds(right))!.split(" ");
    expect(rightFirst).not.toBe(rightSecond);
    expect(await inspector(right).locator('[data-testid="identity-line"]').textContent()).toContain(
      `run 1 got #${rightFirst}, run 2 got #${rightSecond}, a copy`,
    );
    expect(await inspector(right).locator('[data-testid="inspector-step"]').first().getAttribute("data-handout")).toBe(
      "copy",
    );
    // Both panels open, with steps, identity and the mutation note, in the light theme.
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("Tuning the cache", () => {
  it("moving the clock past the ttl marks the entry expired, and the next run misses with the reason 'expired'", async () => {
    const { page } = await open(TUNING);
    const ttl = playground(page, "tuning/ttl");
    await openInspector(ttl);
    await runOnce(ttl);
    await runOnce(ttl);
    expect(await stepKinds(ttl)).toEqual(["hit"]);
    expect(await inspector(ttl).locator('[data-testid="clock"]').textContent()).toBe("real time");

    await inspector(ttl).getByRole("button", { name: "+1 min" }).click();
    await inspector(ttl).locator('[data-testid="clock"]', { hasText: "+1 min" }).waitFor();
    expect(await inspector(ttl).locator('[data-testid="inspector-entry"]').getAttribute("data-expired")).toBe("false");

    await inspector(ttl).getByRole("button", { name: "+1 h" }).click();
    await inspector(ttl).locator('[data-testid="clock"]', { hasText: "+1 h 1 min" }).waitFor();
    await inspector(ttl).locator('[data-testid="inspector-entry"][data-expired="true"]').waitFor();

    await runOnce(ttl);
    expect(await stepKinds(ttl)).toEqual(["expire", "miss"]);
    expect(
      await inspector(ttl).locator('[data-testid="inspector-step"][data-kind="miss"]').getAttribute("data-miss-code"),
    ).toBe("expired");
    expect(await inspector(ttl).locator('[data-testid="miss-reason"]').textContent()).toContain("expired");
    expect(await inspector(ttl).locator('[data-testid="inspector-entry"]').getAttribute("data-expired")).toBe("false");
  });

  it("maxEntries evicts the least recently used entry", async () => {
    const { page } = await open(TUNING);
    const max = playground(page, "tuning/max-entries");
    await openInspector(max);
    await runOnce(max);
    expect(await stepKinds(max)).toEqual(["miss", "miss", "hit", "miss", "evict"]);
    expect(await inspector(max).locator('[data-testid="inspector-step"][data-kind="evict"]').textContent()).toContain(
      "hour=17",
    );
    expect((await entryArgs(max)).map((a) => a?.split(", ")[1])).toEqual(["hour=8", "hour=23"]);
  });

  it(".clear(arg) removes only that entry", async () => {
    const { page } = await open(TUNING);
    const clear = playground(page, "tuning/clear-one");
    await openInspector(clear);
    await runOnce(clear);
    expect(await entryArgs(clear)).toHaveLength(2);
    await runOnce(clear, () =>
      clear.locator('[data-testid="output"]').getByRole("button", { name: "Forget 8 o'clock" }).click(),
    );
    expect(await entryArgs(clear)).toEqual(['url="/data/uber-raw-da…p14-10k.csv", hour=17']);
    expect(await stepKinds(clear)).toEqual(["hit", "hit", "clear"]);
    await runOnce(clear);
    expect(
      await inspector(clear).locator('[data-testid="inspector-step"][data-kind="miss"]').getAttribute("data-miss-code"),
    ).toBe("cleared");
  });

  it("keeps the focus on the inspector's summary when the live playground takes over", async () => {
    const { page } = await open(TUNING);
    const chunks = await holdScriptChunks(page);
    const ttl = playground(page, "tuning/ttl");
    await inspector(ttl).locator("summary").focus();
    await expect(page.evaluate(() => document.activeElement?.closest("[data-shell]") !== null)).resolves.toBe(true);
    await expect.poll(() => chunks.held()).toBeGreaterThan(0);
    await chunks.release();
    await page.locator('[data-example="tuning/ttl"]:not([data-shell])').waitFor();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.activeElement?.matches(
              '[data-example="tuning/ttl"]:not([data-shell]) [data-testid="inspector"] > summary',
            ) ?? false,
        ),
      )
      .toBe(true);
    await page.keyboard.press("Enter");
    await inspector(ttl).locator('[data-testid="clock-control"]').waitFor();
  });

  it("is readable at 375 px in the dark theme: no serious axe violations, a table with headers, a live region", async () => {
    const { page } = await open(TUNING, {
      viewport: { width: 375, height: 740 },
      colorScheme: "dark",
      localStorage: { "cache-lab-theme": "dark" },
    });
    const ttl = playground(page, "tuning/ttl");
    await openInspector(ttl);
    await runOnce(ttl);
    const table = inspector(ttl).locator("table");
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual([
      "Function",
      "Arguments",
      "Size",
      "Age",
      "TTL left",
      "Hits",
      "Object",
    ]);
    expect(await inspector(ttl).locator('[aria-live="polite"]').textContent()).toMatch(
      /^Run 1: pickupsPerHour: miss, compute/,
    );
    // The page itself never scrolls sideways; a wide table scrolls inside its own focusable box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
