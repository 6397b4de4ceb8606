import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness";
import { checkedPages } from "./harness/checked-pages";
import { editorReady, runOnce } from "./harness/playground-actions";

// The "Try it" items' Show solution and Apply fix, and the reader's progress in the sidebar and on
// the landing page.
const open = checkedPages();
const MUTATION = "/tutorials/mutating-cached-values";
const FIRST = "/tutorials/how-streamlit-reruns-and-caches";

const left = (page: Page) => page.locator('[data-example="mutation/uber-cache-resource"][data-testid="playground"]');
const editorText = (playground: Locator) =>
  playground.locator(".monaco-editor .view-lines").evaluate((el) => (el.textContent ?? "").replace(/\u00a0/g, " "));
const sidebarLink = (page: Page, slug: string) => page.locator(`[data-testid="sidebar"] a[href="/tutorials/${slug}"]`);

describe("Show solution and Apply fix", () => {
  it("shows the diff, applies the fix to the playground, which then runs cleanly twice, and Reset code undoes it", async () => {
    const { page } = await open(MUTATION);
    const playground = left(page);
    await editorReady(playground);
    // The panel loads as its item nears the viewport; its buttons are drawn before that.
    await page.getByRole("button", { name: "Show solution" }).first().scrollIntoViewIfNeeded();
    const solution = page.locator('[data-testid="solution"]').first();
    await solution.waitFor();

    await solution.getByRole("button", { name: "Show solution" }).click();
    const diff = solution.locator('[data-testid="solution-diff"]');
    await expect(diff.locator("del").allInnerTexts()).resolves.toEqual(["− const df = await loadData(DATA_URL);"]);
    await expect(diff.locator("ins").allInnerTexts()).resolves.toEqual([
      "+ const df = (await loadData(DATA_URL)).copy();",
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await solution.getByRole("button", { name: "Apply fix" }).click();
    await solution.getByText("Your code already matches the solution.").waitFor();
    await expect(solution.locator('[data-testid="solution-status"]').innerText()).resolves.toMatch(/Reset code/);
    // The live playground above took the fix at once, as the reader's edit.
    await expect(editorText(playground)).resolves.toContain("const df = (await loadData(DATA_URL)).copy();");
    await runOnce(playground, 100_000);
    await runOnce(playground);
    await expect(playground.locator('[data-testid="exception"]').count()).resolves.toBe(0);

    // Saved like typing: a reload keeps it, and Reset code brings the original back.
    await page.reload();
    const reloaded = left(page);
    await editorReady(reloaded);
    await expect(editorText(reloaded)).resolves.toContain(".copy();");
    await reloaded.locator('[data-testid="reset"]').click();
    await reloaded.locator('[data-testid="reset-confirm"]').click();
    await expect(editorText(reloaded)).resolves.not.toContain(".copy();");
    // Pressed on the item's shell, before its panel has loaded: the panel opens once it is in.
    await page.getByRole("button", { name: "Show solution" }).first().click();
    const again = page.locator('[data-testid="solution"]').first();
    await again.locator('[data-testid="solution-diff"] ins').waitFor();
    await expect(again.locator('[data-testid="solution-diff"] ins').allInnerTexts()).resolves.toEqual([
      "+ const df = (await loadData(DATA_URL)).copy();",
    ]);
  });

  it("is axe clean in dark mode with a solution open", async () => {
    const { page } = await open(MUTATION, { colorScheme: "dark" });
    await page.getByRole("button", { name: "Show solution" }).nth(1).scrollIntoViewIfNeeded();
    const solution = page.locator('[data-testid="solution"]').nth(1);
    await solution.waitFor();
    await solution.getByRole("button", { name: "Show solution" }).click();
    await expect(solution.locator('[data-testid="solution-diff"] del').count()).resolves.toBe(2);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe("progress", () => {
  it("marks a tutorial read and its playground run, keeps them over a reload, says where to continue, and resets", async () => {
    const opened = await open("/");
    const { page } = opened;
    // Before any progress the landing page offers only the start.
    await expect(page.locator('[data-testid="continue"]').count()).resolves.toBe(0);
    const second = await page.locator('[data-testid="tutorial-list"] a').nth(1).getAttribute("href");
    const secondTitle = (
      await page.locator('[data-testid="tutorial-list"] a').nth(1).locator("span").nth(1).innerText()
    ).trim();

    // "Read" needs the page open for 30 s and its end on screen: the test moves the page's clock on.
    await page.clock.install();
    await opened.goto(FIRST);
    const link = sidebarLink(page, "how-streamlit-reruns-and-caches");
    await page.locator('[data-testid="read-marker"]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await expect(link.locator('[data-testid="tutorial-marks"]').count()).resolves.toBe(0);
    await page.clock.fastForward(31_000);
    await link.locator('[data-testid="tutorial-marks"]', { hasText: "✓ Read" }).waitFor();

    const playground = page.locator('[data-example="basics/rerun-counter"]');
    await playground.scrollIntoViewIfNeeded();
    await runOnce(playground, 100_000);
    await link.locator('[data-testid="tutorial-marks"]', { hasText: "1 playground run" }).waitFor();

    await page.reload();
    const marks = sidebarLink(page, "how-streamlit-reruns-and-caches").locator('[data-testid="tutorial-marks"]');
    await expect(marks.textContent()).resolves.toBe("Your progress: ✓ Read · 1 playground run");
    await expect(
      sidebarLink(page, "mutating-cached-values").locator('[data-testid="tutorial-marks"]').count(),
    ).resolves.toBe(0);

    await opened.goto("/");
    const continueLink = page.locator('[data-testid="continue"]');
    await continueLink.waitFor();
    await expect(continueLink.innerText()).resolves.toBe(`Continue with “${secondTitle}”`);
    await expect(continueLink.getAttribute("href")).resolves.toBe(second);

    await opened.goto(FIRST);
    page.once("dialog", (dialog) => void dialog.accept());
    await page.locator('[data-testid="sidebar"]').getByRole("button", { name: "Reset progress" }).click();
    await expect(page.locator('[data-testid="tutorial-marks"]').count()).resolves.toBe(0);
    await page.reload();
    await page.locator('[data-testid="sidebar"] a').first().waitFor();
    await expect(page.locator('[data-testid="tutorial-marks"]').count()).resolves.toBe(0);
    await opened.goto("/");
    await expect(page.locator('[data-testid="continue"]').count()).resolves.toBe(0);
  });
});
