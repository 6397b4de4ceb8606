import { describe, expect, it } from "vitest";
import { siteUrl } from "./harness";
import { checkedPages } from "./harness/checked-pages";
import { editorReady, replaceCode, runOnce, waitForRun } from "./harness/playground-actions";

// What readers expect of any playground: copying its code, and seeing the error of a failed run.
const open = checkedPages();

describe("playground extras", () => {
  it("Copy code copies the code as it is in the editor, edits included, and says so", async () => {
    const { page, context } = await open("/tutorials/tuning-the-cache");
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(siteUrl("/")).origin });
    const playground = page.locator('[data-example="tuning/ttl"]');
    await editorReady(playground);
    // An edit at the very end, typed as a reader would.
    await playground.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText("\n// mine");
    await playground.locator('[data-testid="copy-code"]').click();
    await playground.locator('[data-testid="copy-code"]', { hasText: "Copied" }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.endsWith("\n// mine")).toBe(true);
    expect(copied).toContain("st.cacheData");
  });

  it("a failed run brings its error into view, as an alert", async () => {
    // A phone-sized window: the output sits well below the Run button.
    const { page } = await open("/tutorials/mutating-cached-values", { viewport: { width: 375, height: 640 } });
    const left = page.locator('[data-example="mutation/uber-cache-resource"]');
    await runOnce(left, 100_000);
    // Run 1 works: the status line has no error to go to.
    await expect(left.locator('[data-testid="show-error"]').count()).resolves.toBe(0);
    // Back to the top of the playground, as a reader pressing Rerun in the toolbar is.
    await left.locator('[data-testid="run"]').scrollIntoViewIfNeeded();
    await left.locator('[data-testid="run"]').click();
    await waitForRun(left, 2);
    const error = left.locator('[data-testid="exception"]');
    await expect(error.getAttribute("role")).resolves.toBe("alert");
    await expect(error.innerText()).resolves.toContain("KeyError");
    await page.waitForFunction(
      () => {
        const box = document.querySelector('[data-example="mutation/uber-cache-resource"] [data-testid="exception"]');
        const rect = box?.getBoundingClientRect();
        // A pixel of slack: scrolling aligns the box to the window edge at fractional positions.
        return rect !== undefined && rect.top >= -1 && rect.bottom <= window.innerHeight + 1;
      },
      undefined,
      { timeout: 5_000 },
    );
    // The reader scrolls back up to the toolbar: "Go to the error" in the status line brings it back, one tap.
    await left.locator('[data-testid="run"]').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -200));
    const errorOnScreen = () =>
      error.evaluate((box) => {
        const rect = box.getBoundingClientRect();
        return rect.top >= -1 && rect.bottom <= window.innerHeight + 1;
      });
    await expect(errorOnScreen()).resolves.toBe(false);
    await left.locator('[data-testid="status-line"] [data-testid="show-error"]').click();
    await page.waitForFunction(
      () => {
        const rect = document
          .querySelector('[data-example="mutation/uber-cache-resource"] [data-testid="exception"]')!
          .getBoundingClientRect();
        return rect.top >= -1 && rect.bottom <= window.innerHeight + 1;
      },
      undefined,
      { timeout: 5_000 },
    );
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).resolves.toBe("output");
  });

  it("a very long error message shows folded, and unfolds on request", async () => {
    const { page } = await open("/tutorials/tuning-the-cache");
    const playground = page.locator('[data-example="tuning/ttl"]');
    await replaceCode(page, playground, "throw new Error('ab'.repeat(5_000));\n");
    await runOnce(playground);
    const text = playground.locator('[data-testid="exception-text"]');
    await expect(text.textContent()).resolves.toBe(`Error: ${"ab".repeat(1_000)}…`);
    const unfold = playground.locator('[data-testid="exception-unfold"]');
    await expect(unfold.textContent()).resolves.toBe("Show the whole message (10,000 characters)");
    await unfold.click();
    await expect(text.textContent()).resolves.toBe(`Error: ${"ab".repeat(5_000)}`);
    await expect(unfold.getAttribute("aria-expanded")).resolves.toBe("true");
  });
});
