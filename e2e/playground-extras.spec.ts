import { describe, expect, it } from "vitest";
import { siteUrl } from "./harness";
import { checkedPages } from "./harness/checked-pages";
import { editorReady, runOnce, waitForRun } from "./harness/playground-actions";

// Two things readers expect of any playground: copying its code, and seeing the error of a failed run.
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
  });
});
