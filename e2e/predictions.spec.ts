import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeViolations } from "./harness";
import { checkedPages } from "./harness/checked-pages";
import { runOnce } from "./harness/playground-actions";

// "Predict, run, check" on each teaching tutorial: one answer right and one wrong, each graded from
// the run it started, with the sentence saying why and a link to the section that teaches it.
const open = checkedPages();

/** Brings the playground into view and waits for its live question (the static shell has none). */
async function question(page: Page, selector: string): Promise<Locator> {
  await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: "center" }), selector);
  const panel = page.locator(`${selector} [data-testid="predict"]`);
  await panel.waitFor({ timeout: 60_000 });
  return panel;
}

/** Clicks one answer (which runs the code) and returns what the page says once that run is graded. */
async function answer(panel: Locator, value: string): Promise<{ verdict: string; text: string; href: string | null }> {
  await panel.locator(`button[data-answer="${value}"]`).click();
  const result = panel.locator('[data-testid="predict-result"]');
  await result.locator('[data-testid="predict-verdict"]').waitFor({ timeout: 100_000 });
  return {
    verdict: await result.locator('[data-testid="predict-verdict"]').innerText(),
    text: await result.innerText(),
    href: await result.getByRole("link").getAttribute("href"),
  };
}

/** The link goes to a heading on this page. */
async function expectSection(page: Page, href: string | null, heading: string): Promise<void> {
  expect(href).toMatch(/^#/);
  await expect(page.locator(`${href}`).innerText()).resolves.toContain(heading);
}

describe("predict, run, check", () => {
  it("How Streamlit reruns: a miss predicted right on run 1, then wrong on run 2 (a hit)", async () => {
    const { page } = await open("/tutorials/how-streamlit-reruns-and-caches");
    const panel = await question(page, '[data-example="basics/rerun-counter"]');
    await expect(panel.innerText()).resolves.toContain("Will this run's call to square be a cache hit or a miss?");
    const right = await answer(panel, "miss");
    expect(right.verdict).toBe("Right.");
    expect(right.text).toContain("A miss: nothing was stored yet for n = 3, so the body of square ran.");
    await expectSection(page, right.href, "Caching a function");
    // The sidebar counts it among this tutorial's right answers...
    const marks = page.locator(
      '[data-testid="sidebar"] a[href$="/tutorials/how-streamlit-reruns-and-caches"] [data-testid="tutorial-marks"]',
    );
    await marks.filter({ hasText: "1 right answer" }).waitFor({ timeout: 10_000 });
    const wrong = await answer(panel, "miss");
    expect(wrong.verdict).toBe("Not quite.");
    expect(wrong.text).toContain("A hit: square had a stored value for n = 3");
    expect(wrong.href).toBe("#caching-a-function");
    // ...until the same question is answered wrong: the last answer is the one that counts.
    await page.waitForFunction(
      () => {
        const marks = document.querySelector(
          '[data-testid="sidebar"] a[href$="/tutorials/how-streamlit-reruns-and-caches"] [data-testid="tutorial-marks"]',
        );
        return marks?.textContent?.includes("1 playground run") && !marks.textContent.includes("right answer");
      },
      undefined,
      { timeout: 10_000 },
    );
  });

  it("Mutating cached values: the shared frame fails on run 2; st.cacheData hands out a copy", async () => {
    const { page } = await open("/tutorials/mutating-cached-values");
    const resource = '[data-testid="playground"][data-example="mutation/uber-cache-resource"]';
    const left = await question(page, resource);
    const wrong = await answer(left, "fails");
    expect(wrong.verdict).toBe("Not quite.");
    expect(wrong.text).toContain("This run ran to the end without an error.");
    await expectSection(page, wrong.href, "What happens on each run with st.cacheResource");
    const right = await answer(left, "fails");
    expect(right.verdict).toBe("Right.");
    expect(right.text).toMatch(/This run failed at line \d+: KeyError: "\['Lat'\] not found in axis"/);

    // "Same object or a copy" compares two runs: it is offered once there is a run to compare with.
    const data = '[data-testid="playground"][data-example="mutation/uber-cache-data"]';
    const right2 = await question(page, data);
    expect(await right2.locator("button[data-answer]").count()).toBe(0);
    await runOnce(page.locator(data), 100_000);
    const wrongCopy = await answer(right2, "same");
    expect(wrongCopy.verdict).toBe("Not quite.");
    expect(wrongCopy.text).toMatch(/A copy: loadData handed this run object #\d+, not last run's #\d+/);
    await expectSection(page, wrongCopy.href, "Why st.cacheData avoids it");
    const rightCopy = await answer(right2, "copy");
    expect(rightCopy.verdict).toBe("Right.");
  });

  it("Tuning the cache: ttl's first run is a miss (predicted wrong), the next a hit (predicted right)", async () => {
    const { page } = await open("/tutorials/tuning-the-cache");
    const panel = await question(page, '[data-example="tuning/ttl"]');
    const wrong = await answer(panel, "hit");
    expect(wrong.verdict).toBe("Not quite.");
    expect(wrong.text).toContain("A miss: nothing was stored yet for url = ");
    await expectSection(page, wrong.href, "ttl: how long an entry lives");
    const right = await answer(panel, "hit");
    expect(right.verdict).toBe("Right.");
    expect(right.text).toContain("A hit: pickupsPerHour had a stored value");
  });

  it("Concurrent sessions: session B fails on the frame A changed, predicted wrong then right", async () => {
    const { page } = await open("/tutorials/concurrent-sessions");
    const panel = await question(page, '[data-testid="multi-session"][data-example="concurrency/uber-shared-frame"]');
    await expect(panel.innerText()).resolves.toContain("Will session B's run fail?");
    const wrong = await answer(panel, "works");
    expect(wrong.verdict).toBe("Not quite.");
    expect(wrong.text).toMatch(/Session B's run failed at line \d+: KeyError:/);
    await expectSection(page, wrong.href, "Scenario 2: one session breaks another");
    const right = await answer(panel, "fails");
    expect(right.verdict).toBe("Right.");
  });

  // Light on the side-by-side pair, dark on a phone-wide single playground. (The pair itself grows
  // wider than a 375 px screen once a side has run, with or without its question: not checked here.)
  it("a graded question is accessible in light and dark, and fits a 375 px screen", async () => {
    const cases = [
      {
        theme: "light",
        path: "/tutorials/mutating-cached-values",
        at: '[data-example="mutation/uber-cache-resource"]',
      },
      {
        theme: "dark",
        path: "/tutorials/how-streamlit-reruns-and-caches",
        at: '[data-example="basics/rerun-counter"]',
      },
    ] as const;
    for (const { theme, path, at } of cases) {
      const { page } = await open(path, {
        localStorage: { "cache-lab-theme": theme },
        colorScheme: theme,
        viewport: theme === "dark" ? { width: 375, height: 740 } : undefined,
      });
      const graded = await answer(await question(page, at), theme === "light" ? "works" : "hit");
      expect(graded.verdict).toMatch(/^(Right|Not quite)\.$/);
      expect(await axeViolations(page)).toEqual([]);
      if (theme === "dark")
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
    }
  });
});
