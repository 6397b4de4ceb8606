import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeViolations } from "./harness";
import { checkedPages } from "./harness/checked-pages";
import { replaceCode, runOnce } from "./harness/playground-actions";

// What readers expect of any playground: console output in a terminal pane under the output, and
// st.markdown drawn as Streamlit draws it, with raw HTML shown as text unless the script allows it
// (and even then, nothing in it runs). Driven on the built site, as a reader types and runs.
const open = checkedPages();
const PAGE = "/tutorials/mutating-cached-values";
const EXAMPLE = '[data-example="mutation/uber-cache-data"]';

// One line per statement: Monaco closes a typed "{" itself, and a line break after it would leave
// that "}" behind (the harness types the code as a reader would).
const PRINTS = `const square = st.cacheData((n: number) => { console.log("computing", n); return n * n; });
console.log("rows:", 3, { a: 1 });
console.warn("careful");
st.write(square(4));
console.error("failed", [1, 2]);
`;

// "\\n" here is "\n" in the script: a line break inside its strings.
const MARKDOWN = `st.markdown("| Column | Rows |\\n|---|--:|\\n| Lat | 10 |");
st.markdown("- [x] loaded\\n- [ ] cached\\n\\n~~old~~ new :tada:");
st.markdown('<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>');
st.markdown('<img src=x onerror="window.__pwned=3" alt="allowed"> <b data-testid="allowed-bold">bold</b>', { unsafeAllowHtml: true });
`;

/** Each terminal line as [level, text]. */
function terminalLines(playground: Locator): Promise<[string | null, string][]> {
  return playground
    .locator('[data-testid="terminal"] li')
    .evaluateAll((items) =>
      items.map(
        (li) => [li.getAttribute("data-level"), li.lastElementChild?.textContent ?? ""] as [string | null, string],
      ),
    );
}

async function typeAndRun(page: Page, code: string): Promise<Locator> {
  const playground = page.locator(EXAMPLE);
  await replaceCode(page, playground, code);
  // The first run also loads the worker and danfojs, which a busy machine makes slow.
  await runOnce(playground, 100_000);
  return playground;
}

describe("terminal pane and st.markdown on the built site", () => {
  it("shows console.log, warn and error under the output with their level, and a rerun replaces them", async () => {
    const { page } = await open(PAGE);
    const playground = await typeAndRun(page, PRINTS);
    const terminal = playground.locator('[data-testid="terminal"]');
    expect(await terminal.getAttribute("aria-label")).toMatch(/^Terminal of /);
    expect(await terminal.innerText()).toContain("what Streamlit prints where the server runs");
    expect(await terminalLines(playground)).toEqual([
      ["log", "rows: 3 { a: 1 }"],
      ["warn", "careful"],
      ["log", "computing 4"],
      ["error", "failed [ 1, 2 ]"],
    ]);
    // The same script again: its lines replace the last run's, and the cache hit prints nothing.
    await runOnce(playground);
    expect(await terminalLines(playground)).toEqual([
      ["log", "rows: 3 { a: 1 }"],
      ["warn", "careful"],
      ["error", "failed [ 1, 2 ]"],
    ]);
    // A run that prints nothing leaves no terminal behind.
    await replaceCode(page, playground, 'st.write("quiet");\n');
    await runOnce(playground);
    expect(await terminal.count()).toBe(0);
  });

  it("draws Markdown tables, task lists, strikethrough and emoji; raw HTML is text unless allowed, and never runs", async () => {
    const { page, errors } = await open(PAGE);
    const playground = await typeAndRun(page, MARKDOWN);
    const output = playground.locator('[data-testid="output"]');
    // markdown-it loads after the first Markdown element: wait for what it draws.
    await output.locator("table").waitFor({ timeout: 30_000 });
    expect(await output.locator("table th").allInnerTexts()).toEqual(["Column", "Rows"]);
    expect(await output.locator("table td").allInnerTexts()).toEqual(["Lat", "10"]);
    const boxes = output.locator('input[type="checkbox"]');
    expect(await boxes.count()).toBe(2);
    expect(
      await boxes.evaluateAll((els) =>
        els.map((e) => [(e as HTMLInputElement).checked, (e as HTMLInputElement).disabled]),
      ),
    ).toEqual([
      [true, true],
      [false, true],
    ]);
    expect(await output.locator("s").innerText()).toBe("old");
    expect(await output.innerText()).toContain("new 🎉");

    const bodies = output.locator('[data-testid="markdown"]');
    await bodies.nth(3).waitFor();
    expect(await bodies.count()).toBe(4);
    // By default the HTML is shown as the text the script wrote.
    expect(await bodies.nth(2).innerText()).toBe(
      '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script>',
    );
    expect(await bodies.nth(2).locator("img, script").count()).toBe(0);
    // Allowed, it is drawn, without its handler.
    const img = bodies.nth(3).locator("img");
    expect(await img.getAttribute("alt")).toBe("allowed");
    expect(await img.getAttribute("onerror")).toBeNull();
    expect(await bodies.nth(3).locator('[data-testid="allowed-bold"]').innerText()).toBe("bold");
    // The broken image has failed to load (its error event is over): no handler ran.
    await page.waitForFunction(
      () => document.querySelector<HTMLImageElement>('[data-testid="markdown"] img')?.complete,
    );
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // The one error of the page is that image's failed load (src=x): it did load and fail, and no
    // handler ran. It is taken off the list the spec checks after each test.
    expect(errors).toEqual([expect.stringMatching(/^console: Failed to load resource: .*404/)]);
    errors.splice(0);
  });

  it("shows each session's own lines in its pane of the multi-session playground", async () => {
    const { page } = await open("/tutorials/concurrent-sessions");
    const selector = '[data-testid="multi-session"][data-example="concurrency/shared-counter"]';
    // The page ships a static shell first; scrolling near it loads the live client.
    await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: "center" }), selector);
    const root = page.locator(selector);
    await root.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
    await root.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(
      'const visits = st.cacheResource(() => ({ n: 0 }))();\nvisits.n += 1;\nconsole.log("visit", visits.n);\n',
    );
    await root.locator('[data-testid="run-all"]').click();
    for (const name of ["A", "B"])
      await root
        .locator(`[data-testid="session-pane"][data-session="${name}"][data-run-number="1"][data-running="false"]`)
        .waitFor({ timeout: 100_000 });
    const linesOf = (name: string) =>
      root.locator(`[data-testid="session-pane"][data-session="${name}"] [data-testid="terminal"] li`).allInnerTexts();
    // "A, then B": one shared object, so A prints visit 1 and B visit 2, each in its own pane only.
    expect((await linesOf("A")).map((t) => t.replace(/\s+/g, " "))).toEqual(["log visit 1"]);
    expect((await linesOf("B")).map((t) => t.replace(/\s+/g, " "))).toEqual(["log visit 2"]);
  });

  it.each(["light", "dark"] as const)(
    "is axe clean in %s after a run that prints and draws Markdown",
    async (theme) => {
      const { page, errors } = await open(PAGE, { colorScheme: theme, localStorage: { "cache-lab-theme": theme } });
      const playground = await typeAndRun(page, `${PRINTS}${MARKDOWN}`);
      await playground.locator('[data-testid="output"] table').waitFor({ timeout: 30_000 });
      await playground.locator('[data-testid="terminal"] li').first().waitFor();
      await page.waitForFunction(
        () => document.querySelector<HTMLImageElement>('[data-testid="markdown"] img')?.complete,
      );
      expect(await axeViolations(page)).toEqual([]);
      // The allowed image's failed load (src=x), as in the Markdown test.
      expect(errors).toEqual([expect.stringMatching(/^console: Failed to load resource: .*404/)]);
      errors.splice(0);
    },
  );
});
