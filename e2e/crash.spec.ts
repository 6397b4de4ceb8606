import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { encodeShareFragment } from "@/lib/share/share-link";
import { setExtraBrowserArgs, siteUrl } from "./harness";
import { checkedPages } from "./harness/checked-pages";

// A script that fills the memory does not just end its worker: Chromium takes the whole tab down.
// The page cannot report that, so the next page opened must, with the reader's code intact and
// without running it again on its own. A small heap makes the crash come in about a second
// (Chromium's default lets a worker grow for ten, and the run's time limit would stop it first).
setExtraBrowserArgs(["--js-flags=--max-old-space-size=512"]);

const TUTORIAL = "/tutorials/mutating-cached-values";
const EXAMPLE = "mutation/uber-cache-resource";
const MEMORY_HOG = "const hog: number[][] = [];\nwhile (true) hog.push(new Array(1_000_000).fill(Math.random()));\n";

const open = checkedPages();

async function editorReady(page: Page) {
  const playground = page.locator(`[data-example="${EXAMPLE}"]`);
  await playground.scrollIntoViewIfNeeded();
  await playground.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
  return playground;
}

const editorText = (page: Page) =>
  page
    .locator(`[data-example="${EXAMPLE}"] .monaco-editor .view-lines`)
    .evaluate((el) => (el.textContent ?? "").replace(/\u00a0/g, " "));

describe("a run that crashes the tab", () => {
  it("is reported by the next page, with the code kept and nothing run on its own, and the fixed code runs", async () => {
    const { page, context } = await open(TUTORIAL);
    const playground = await editorReady(page);
    await playground.locator('[data-testid="run"]').click();
    await playground.locator('[data-testid="run-count"][data-run-number="1"]').waitFor({ timeout: 30_000 });

    // Typed and run at once: no pause in which the usual debounced save would have happened.
    await playground.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+A");
    // Emptied first: with the text selected, a typed "(" would wrap the selection (Monaco's autoSurround).
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(MEMORY_HOG);
    const crashed = new Promise<void>((resolve) => page.once("crash", () => resolve()));
    await page.keyboard.press("ControlOrMeta+Enter");
    await crashed;

    // An embed of the same example that asks to run on load: after a crash it must not.
    const embed = await context.newPage();
    const errors: string[] = [];
    embed.on("pageerror", (error) => errors.push(error.message));
    await embed.goto(siteUrl(`/embed/${EXAMPLE}?autorun=1`));
    const notice = embed.locator(`[data-example="${EXAMPLE}"] [data-testid="crash-notice"]`);
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toMatch(
      /did not finish: the page closed or crashed while it ran .*has not run again, although this page asked to run it on its own/s,
    );
    await expect(editorText(embed)).resolves.toContain("while (true) hog.push");
    await embed
      .locator(`[data-example="${EXAMPLE}"] [data-testid="status-line"][data-phase="ready"]`)
      .waitFor({ timeout: 30_000 });
    expect(
      await embed.locator(`[data-example="${EXAMPLE}"] [data-testid="run-count"]`).getAttribute("data-run-number"),
    ).toBe("0");
    await embed.close();

    // The note is told once; the tutorial page keeps the code, and the fixed code runs.
    const next = await context.newPage();
    next.on("pageerror", (error) => errors.push(error.message));
    await next.goto(siteUrl(TUTORIAL));
    const again = await editorReady(next);
    await expect(editorText(next)).resolves.toContain("while (true) hog.push");
    expect(await again.locator('[data-testid="crash-notice"]').count()).toBe(0);
    await again.locator(".monaco-editor .view-lines").click();
    await next.keyboard.press("ControlOrMeta+A");
    await next.keyboard.insertText('st.text("fixed");\n');
    await again.locator('[data-testid="run"]').click();
    await again.locator('[data-testid="run-count"][data-run-number="1"]').waitFor({ timeout: 30_000 });
    await again.locator('[data-testid="output"] pre', { hasText: "fixed" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("after a share link's code crashed the tab, the next page never claims that code was kept", async () => {
    const { page, context } = await open(
      `${TUTORIAL}${encodeShareFragment({ example: EXAMPLE, code: MEMORY_HOG, autorun: false })}`,
    );
    const playground = await editorReady(page);
    await playground.locator('[data-testid="shared-badge"]').waitFor();
    const crashed = new Promise<void>((resolve) => page.once("crash", () => resolve()));
    await playground.locator('[data-testid="run"]').click();
    await crashed;

    // The tutorial without the link: the shared code was never saved, and the notice says so.
    const next = await context.newPage();
    const errors: string[] = [];
    next.on("pageerror", (error) => errors.push(error.message));
    await next.goto(siteUrl(TUTORIAL));
    await editorReady(next);
    const notice = next.locator(`[data-example="${EXAMPLE}"] [data-testid="crash-notice"]`);
    await notice.waitFor({ timeout: 30_000 });
    const text = await notice.textContent();
    expect(text).toMatch(
      /ran code from a share link .*never saved\. So it is not shown here: this is your own code for this example, and nothing has run\./s,
    );
    expect(text).not.toMatch(/as you left it/);
    await expect(editorText(next)).resolves.not.toContain("hog.push");
    expect(errors).toEqual([]);
  });

  it("is reported in a multi-session playground too, with the shared code kept", async () => {
    const { page, context } = await open("/tutorials/concurrent-sessions");
    const selector = '[data-testid="multi-session"][data-example="concurrency/lost-update"]';
    await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: "center" }), selector);
    const race = page.locator(selector);
    await race.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
    await race.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+A");
    // Emptied first: with the text selected, a typed "(" would wrap the selection (Monaco's autoSurround).
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(MEMORY_HOG);
    const crashed = new Promise<void>((resolve) => page.once("crash", () => resolve()));
    await race.locator('[data-testid="run-A"]').click();
    await crashed;

    const next = await context.newPage();
    await next.goto(siteUrl("/tutorials/concurrent-sessions"));
    await next.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: "center" }), selector);
    const again = next.locator(selector);
    await again.locator('[data-testid="crash-notice"]').waitFor({ timeout: 30_000 });
    await again.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
    expect(
      await again
        .locator(".monaco-editor .view-lines")
        .evaluate((el) => (el.textContent ?? "").replace(/\u00a0/g, " ")),
    ).toContain("while (true) hog.push");
  });

  it("is not reported after a reload in the middle of a run", async () => {
    const { page } = await open(TUTORIAL);
    const playground = await editorReady(page);
    await playground.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+A");
    // Emptied first: with the text selected, a typed "(" would wrap the selection (Monaco's autoSurround).
    await page.keyboard.press("Delete");
    await page.keyboard.insertText('await new Promise((resolve) => setTimeout(resolve, 3_000));\nst.text("slow");\n');
    await page.keyboard.press("ControlOrMeta+Enter");
    await playground.locator('[data-testid="status-line"]', { hasText: /running/i }).waitFor();
    await page.reload();
    await editorReady(page);
    await expect(editorText(page)).resolves.toContain('st.text("slow")');
    // Leaving the page on purpose took the run's note away: no later page will call it a crash.
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("cache-lab:run:"))),
    ).toEqual([]);
    expect(await page.locator(`[data-example="${EXAMPLE}"] [data-testid="crash-notice"]`).count()).toBe(0);
  });
});
