import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./harness";
import { checkedPages } from "./harness/checked-pages";

const open = checkedPages();

async function search(page: Page, query: string): Promise<void> {
  const input = page.locator('[data-testid="search-input"]');
  await input.fill(query);
  await page.locator('[data-testid="search-status"]', { hasText: `for “${query}”` }).waitFor({ timeout: 30_000 });
}

const links = (page: Page, kind: string) =>
  page
    .locator(`[data-testid="search-results"] a[data-kind="${kind}"]`)
    .evaluateAll((all) => all.map((a) => ({ href: a.getAttribute("href"), text: (a.textContent ?? "").trim() })));

describe("search", () => {
  it("/ opens it from the keyboard; it finds a tutorial section, and Down then Enter opens it", async () => {
    const { page } = await open("/tutorials/how-streamlit-reruns-and-caches");
    await page.locator("body").press("/");
    const input = page.locator('[data-testid="search-input"]');
    await input.waitFor();
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await search(page, "least recently used");
    const sections = await links(page, "section");
    const target = sections.find((s) => s.href?.startsWith("/tutorials/tuning-the-cache#"));
    expect(target, JSON.stringify(sections)).toBeDefined();
    // Down walks the results in order; Enter follows the focused link.
    const all = await page
      .locator('[data-testid="search-results"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const steps = all.indexOf(target!.href) + 1;
    for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === target!.href);
    await expect(page.locator('[data-testid="search-dialog"]').count()).resolves.toBe(0);
  });

  it("Ctrl+K opens it; it finds an example by its code, linked to its playground; Escape closes it and gives the focus back", async () => {
    const { page } = await open("/");
    const button = page.locator('[data-testid="search-button"]');
    await button.focus();
    await page.keyboard.press("Control+K");
    await page.locator('[data-testid="search-input"]').waitFor();
    await search(page, "max_entries");
    const examples = await links(page, "example");
    expect(examples.map((e) => e.href)).toContain("/tutorials/tuning-the-cache#code-tuning-max-entries");
    expect(examples.find((e) => e.href?.endsWith("#code-tuning-max-entries"))?.text).toMatch(/^Example: maxEntries/);
    await page.keyboard.press("Escape");
    await page.locator('[data-testid="search-dialog"]').waitFor({ state: "detached" });
    await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  });

  it("says so when nothing matches, and a slash typed in the editor stays in the editor", async () => {
    const { page } = await open("/tutorials/tuning-the-cache");
    await page.locator('[data-testid="search-button"]').click();
    await search(page, "zzzqqqxxyy");
    await expect(page.locator('[data-testid="search-status"]').textContent()).resolves.toBe(
      "No results for “zzzqqqxxyy”.",
    );
    await page.keyboard.press("Escape");
    const playground = page.locator('[data-example="tuning/ttl"]');
    await playground.scrollIntoViewIfNeeded();
    await playground.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
    await playground.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("/");
    await expect(page.locator('[data-testid="search-dialog"]').count()).resolves.toBe(0);
  });

  it.each(["light", "dark"] as const)(
    "the open dialog with results passes axe in the %s theme, and at 375 px",
    async (theme) => {
      const { page } = await open("/tutorials/tuning-the-cache", {
        colorScheme: theme,
        localStorage: { "cache-lab-theme": theme },
        viewport: { width: 375, height: 740 },
      });
      await page.locator("body").press("/");
      await search(page, "cache");
      expect(await axeViolations(page)).toEqual([]);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
    },
  );
});
