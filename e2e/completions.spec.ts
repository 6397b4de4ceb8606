import { expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { checkedPages } from "./harness/checked-pages";
import { editorReady, runOnce } from "./harness/playground-actions";

// Completions for `st.` and `dfd.` come first: before the TypeScript worker (1 MB and more) has
// even been asked for, `st.` lists its members with their signatures; once the worker is there,
// it answers everything, and `st.` still lists each member once.

const open = checkedPages();
const TUTORIAL = "/tutorials/mutating-cached-values";
const EXAMPLE = "mutation/uber-cache-data";

/** Records each script that holds TypeScript's language service (the worker's), when it arrived. */
function watchTypeScriptWorker(page: Page): number[] {
  const arrivals: number[] = [];
  page.context().on("response", async (response) => {
    if (!response.url().endsWith(".js")) return;
    try {
      if ((await response.body()).includes("createLanguageService")) arrivals.push(Date.now());
    } catch {
      // A response without a body (redirect, aborted) carries no script.
    }
  });
  return arrivals;
}

/** The rows of Monaco's suggestion list whose name is exactly `name` (drawn in an overflow layer, so page-wide). */
const suggestionRows = (page: Page, name: string) =>
  page.locator(".suggest-widget .monaco-list-row", {
    has: page.locator(".label-name", { hasText: new RegExp(`^${name}$`) }),
  });

/** The editor's visible text, with Monaco's non-breaking spaces turned back into spaces. */
const editorText = (playground: Locator) =>
  playground.locator(".monaco-editor .view-lines").evaluate((el) => (el.textContent ?? "").replace(/\u00a0/g, " "));

/** Moves the caret to the end of the code and starts a new line, closing any open list first. */
async function newLineAtEnd(page: Page, playground: Locator): Promise<void> {
  await page.keyboard.press("Escape");
  await playground.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
}

it("lists st's members before the TypeScript worker is asked for, and once it has loaded, without duplicates", async () => {
  // Opened on the landing page first, so the response watcher is in place before the tutorial loads.
  const opened = await open("/");
  const { page } = opened;
  const tsWorker = watchTypeScriptWorker(page);
  await opened.goto(TUTORIAL);
  const playground = page.locator(`[data-example="${EXAMPLE}"]`);
  await editorReady(playground);

  // Before the worker: `st.` lists the members at once, from the generated lists.
  await newLineAtEnd(page, playground);
  await page.keyboard.type("st.");
  // `.first()`: should both providers answer, the duplicate is reported below, not as a locator error.
  await suggestionRows(page, "cacheResource").first().waitFor({ timeout: 10_000 });
  expect(tsWorker, "the TypeScript worker was loaded before the list showed").toEqual([]);
  await page.keyboard.type("cache");
  const cacheData = suggestionRows(page, "cacheData");
  await cacheData.waitFor();
  await suggestionRows(page, "cacheResource").waitFor();
  // The focused row shows its signature.
  await expect(cacheData.locator(".details-label").textContent()).resolves.toBe(
    "(property) StApi.cacheData: CacheDataApi",
  );
  await page.keyboard.press("Enter");
  await expect.poll(() => editorText(playground)).toMatch(/st\.cacheData$/);
  expect(tsWorker, "the TypeScript worker was loaded while st. was completed").toEqual([]);

  // A run lets the worker load; a completion only TypeScript can give shows it has answered.
  await page.keyboard.insertText("(() => 1);");
  await runOnce(playground);
  await newLineAtEnd(page, playground);
  await page.keyboard.insertText("const frame = new dfd.DataFrame({ a: [1] });\nframe.dro");
  const drop = suggestionRows(page, "drop");
  for (let attempt = 0; attempt < 30 && !(await drop.isVisible()); attempt++) {
    await page.keyboard.press("Control+Space");
    await page.waitForTimeout(1_000);
  }
  await drop.waitFor({ timeout: 5_000 });
  expect(tsWorker.length, "the TypeScript worker loaded").toBeGreaterThan(0);

  // From TypeScript now: st.cacheData once, not once from each source.
  await newLineAtEnd(page, playground);
  await page.keyboard.type("st.cacheD");
  await cacheData.waitFor({ timeout: 10_000 });
  await page.waitForTimeout(500);
  await expect(cacheData.count()).resolves.toBe(1);
  await expect(page.locator(".suggest-widget .monaco-list-row").count()).resolves.toBe(1);
});

it("in a comment, where TypeScript offers nothing, Ctrl+Space offers the code's own words (Monaco's editor worker)", async () => {
  const { page } = await open(TUTORIAL);
  const playground = page.locator(`[data-example="${EXAMPLE}"]`);
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  await editorReady(playground);
  const before = workers.length;
  await newLineAtEnd(page, playground);
  await page.keyboard.insertText("const pickupHour = 1;\n// pickupH");
  await page.keyboard.press("Control+Space");
  // The list comes from the editor worker, a Web Worker started for it (the page has no copy of it).
  await suggestionRows(page, "pickupHour").waitFor({ timeout: 15_000 });
  expect(workers.length, "a worker was started for the word list").toBeGreaterThan(before);
  await page.keyboard.press("Enter");
  await expect.poll(() => editorText(playground)).toMatch(/\/\/ pickupHour$/);
});
