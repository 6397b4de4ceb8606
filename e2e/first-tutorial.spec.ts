import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness";
import { checkedPages } from "./harness/checked-pages";
import { runOnce, waitForRun } from "./harness/playground-actions";

// The first tutorial's playground, as its text tells the reader to use it: Run, Rerun a few times,
// move the slider to a new number and back.
const open = checkedPages();

describe("the first tutorial's playground", () => {
  it("counts reruns in session state, not in a plain variable, and a cached value keeps the run that worked it out", async () => {
    const { page } = await open("/tutorials/how-streamlit-reruns-and-caches");
    const playground = page.locator('[data-example="basics/rerun-counter"]');
    const output = playground.locator('[data-testid="output"]');
    const sentence = () => output.getByText(/squared is/).innerText();

    await runOnce(playground, 100_000);
    await expect(sentence()).resolves.toBe("3 squared is 9 (worked out during run 1)");
    for (const run of [2, 3]) {
      await output.getByRole("button", { name: "Rerun" }).click();
      await waitForRun(playground, run);
    }
    const text = await output.innerText();
    expect(text).toMatch(/Runs, counted in session state\s+3\s/);
    expect(text).toMatch(/Runs, counted in a plain variable\s+1\s/);
    await expect(sentence()).resolves.toBe("3 squared is 9 (worked out during run 1)");

    // A new number is a miss, worked out now; the old one is still in the cache.
    const slider = output.getByRole("slider");
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await waitForRun(playground, 4);
    await expect(sentence()).resolves.toBe("4 squared is 16 (worked out during run 4)");
    // The slider keeps the focus across the rerun it triggered: the next key moves it again.
    await page.waitForFunction(() => document.activeElement?.getAttribute("type") === "range", undefined, {
      timeout: 5_000,
    });
    await page.keyboard.press("ArrowLeft");
    await waitForRun(playground, 5);
    await expect(sentence()).resolves.toBe("3 squared is 9 (worked out during run 1)");
    expect(await axeViolations(page)).toEqual([]);
  });
});
