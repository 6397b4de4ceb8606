import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { checkedPages } from "./harness/checked-pages";
import { waitForRun } from "./harness/playground-actions";

// A reader with the keyboard alone, from the top of a tutorial: Tab to Run, Enter, then Share and
// Embed (each opened, walked and closed with Escape), then past the editor to the cache inspector.
// At every step the focus is on a control, and it shows.

const open = checkedPages();

/** Why the focus is not visibly on a control (null when it is): on the page body, hidden, or unmarked. */
function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "the focus fell to the page";
    const name = `${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    // Monaco keeps the focus in a hidden textarea and marks the whole editor as focused instead.
    const editor = el.closest(".monaco-editor");
    if (editor) return editor.classList.contains("focused") ? null : `${name}: the editor does not show its focus`;
    if (!el.matches(":focus-visible")) return `${name} is focused but not :focus-visible`;
    const marked = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
    };
    // A visually hidden control (the language radios) shows its focus on its label.
    if (!marked(el) && !marked(el.closest("label"))) return `${name} shows no focus ring`;
    const box = (el.classList.contains("sr-only") ? (el.closest("label") ?? el) : el).getBoundingClientRect();
    if (box.bottom <= 0 || box.top >= window.innerHeight) return `${name} is off screen`;
    return null;
  });
}

/** Presses Tab (or Shift+Tab) until the focus is on (or in) `target`, checking the focus at every stop. */
async function tabTo(page: Page, target: Locator, what: string, { back = false, max = 120 } = {}): Promise<number> {
  const stops: string[] = [];
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    expect(await focusProblem(page), `Tab stop ${presses} on the way to ${what}`).toBeNull();
    if (await target.evaluate((el) => el.contains(document.activeElement))) return presses;
    stops.push(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? "none"));
  }
  throw new Error(`${what} was not reached in ${max} presses of Tab; the last stops: ${stops.slice(-4).join(" | ")}`);
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);
const focusIsInside = (root: Locator) => root.evaluate((el) => el.contains(document.activeElement));

/** Opens a Share or Embed panel with Enter, walks it with Tab both ways, and closes it with Escape. */
async function walkPanel(page: Page, playground: Locator, which: "share" | "embed"): Promise<void> {
  const button = playground.locator(`[data-testid="${which}"]`);
  await page.keyboard.press("Enter");
  const panel = playground.locator('[data-testid="focus-panel"]');
  await panel.locator(`[data-testid="${which}-panel"]`).waitFor();
  await expect(button.getAttribute("aria-expanded")).resolves.toBe("true");
  // It took the focus: its first field (the link, selected for copying, in Share).
  await expect(focusIsInside(panel)).resolves.toBe(true);
  expect(await focusProblem(page)).toBeNull();
  // Tab and Shift+Tab go round inside it, however many times they are pressed.
  for (const key of ["Tab", "Shift+Tab"]) {
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(key);
      await expect(focusIsInside(panel), `${which} panel, ${key} ${i + 1}`).resolves.toBe(true);
      expect(await focusProblem(page)).toBeNull();
    }
  }
  await page.keyboard.press("Escape");
  await panel.waitFor({ state: "detached" });
  await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  expect(await focusProblem(page)).toBeNull();
}

describe("keyboard only", () => {
  it("from the top of a tutorial through Run, Share, Embed, the editor and the inspector, the focus always shows", async () => {
    const { page } = await open("/tutorials/mutating-cached-values");
    const playground = page.locator('[data-testid="playground"]').first();
    const name = await playground.getAttribute("data-example");
    const byName = () => page.locator(`[data-testid="playground"][data-example="${name}"]`);

    await tabTo(page, byName().locator('[data-testid="run"]'), "Run");
    await page.keyboard.press("Enter");
    // Run says it is busy, but keeps the focus: Enter again later reruns from the same place.
    await waitForRun(byName(), 1, 60_000);
    await expect(focusedTestId(page)).resolves.toBe("run");
    expect(await focusProblem(page)).toBeNull();
    await page.keyboard.press("Enter");
    await waitForRun(byName(), 2, 60_000);
    await expect(focusedTestId(page)).resolves.toBe("run");

    await tabTo(page, byName().locator('[data-testid="share"]'), "Share");
    await walkPanel(page, byName(), "share");
    await tabTo(page, byName().locator('[data-testid="embed"]'), "Embed");
    await walkPanel(page, byName(), "embed");

    // Into the editor: Tab indents there; Escape, then Tab, moves on.
    await tabTo(page, byName().locator(".monaco-editor"), "the editor");
    const before = await byName().locator(".monaco-editor .view-lines").innerText();
    await page.keyboard.press("Escape");
    const summary = byName().locator('[data-testid="inspector"] summary');
    await tabTo(page, summary, "the cache inspector");
    await expect(byName().locator(".monaco-editor .view-lines").innerText()).resolves.toBe(before);
    await page.keyboard.press("Enter");
    await byName().locator('[data-testid="inspector"] [data-testid="clock-control"]').waitFor();
    await expect(byName().locator('[data-testid="inspector"]').getAttribute("open")).resolves.toBe("");
    // And back up to Run with Shift+Tab, through the editor (Escape first) the other way.
    await tabTo(page, byName().locator(".monaco-editor"), "the editor, going back", { back: true });
    await page.keyboard.press("Escape");
    await tabTo(page, byName().locator('[data-testid="run"]'), "Run, going back", { back: true });
  });

  it("a multi-session playground's Run all at once keeps the focus through its run", async () => {
    const { page } = await open("/tutorials/concurrent-sessions");
    const multi = page.locator('[data-testid="multi-session"]').first();
    const runAll = multi.locator('[data-testid="run-all"]');
    // The live playground (with its controls) comes in when it nears the window.
    await multi.scrollIntoViewIfNeeded();
    await runAll.waitFor();
    await runAll.focus();
    await page.keyboard.press("Enter");
    await multi.locator('[data-testid="session-pane"][data-run-number="1"][data-running="false"]').first().waitFor({
      timeout: 60_000,
    });
    await expect(focusedTestId(page)).resolves.toBe("run-all");
    expect(await focusProblem(page)).toBeNull();
  });
});
