import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeViolations, holdScriptChunks, type OpenPageOptions } from "./harness";
import { checkedPages } from "./harness/checked-pages";
import {
  editorReady,
  phoneEditor,
  phoneEditorText,
  replaceCode,
  replacePhoneCode,
  runOnce,
  waitForRun,
} from "./harness/playground-actions";

// The tutorial with the Uber pair, driven the way a reader drives it.
const TUTORIAL = "/tutorials/mutating-cached-values";
const KEY_ERROR = `KeyError: "['Lat'] not found in axis"`;

const openChecked = checkedPages();
const open = (options?: OpenPageOptions) => openChecked(TUTORIAL, options);

const left = (page: Page) => page.locator('[data-example="mutation/uber-cache-resource"]');
const right = (page: Page) => page.locator('[data-example="mutation/uber-cache-data"]');

/** The text of the editor line(s) Monaco marks as the error line. */
async function markedLineText(playground: Locator): Promise<string> {
  return playground.evaluate((root) => {
    const marks = [...root.querySelectorAll<HTMLElement>(".view-overlays .playground-error-line")];
    const tops = new Set(marks.map((m) => (m.parentElement as HTMLElement).style.top));
    return [...root.querySelectorAll<HTMLElement>(".view-lines .view-line")]
      .filter((line) => tops.has(line.style.top))
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => line.textContent ?? "")
      .join("")
      .replace(/\u00a0/g, " ");
  });
}

/** Whether any script the page loaded is Monaco's (the chunks are re-read from the browser's cache). */
const monacoLoaded = (page: Page) =>
  page.evaluate(async () => {
    const scripts = performance
      .getEntriesByType("resource")
      .map((entry) => entry.name)
      .filter((url) => new URL(url).pathname.endsWith(".js"));
    for (const url of scripts) if ((await (await fetch(url)).text()).includes("MonacoEnvironment")) return true;
    return false;
  });

/** The editor's visible text, with Monaco's non-breaking spaces turned back into spaces. */
const editorText = (playground: Locator) =>
  playground.locator(".monaco-editor .view-lines").evaluate((el) => (el.textContent ?? "").replace(/\u00a0/g, " "));

const tableColumns = (playground: Locator) =>
  playground
    .locator('[data-testid="output"] [data-testid="dataframe"]')
    .evaluateAll((tables) =>
      tables.map((t) => [...t.querySelectorAll("thead th")].slice(1).map((th) => th.textContent)),
    );

/** Opens the tutorial and runs the left side twice, so it is stuck on the KeyError that only emptying the caches cures. */
async function leftStuckOnKeyError(): Promise<Locator> {
  const { page } = await open();
  const playground = left(page);
  await playground.scrollIntoViewIfNeeded();
  await runOnce(playground);
  await runOnce(playground);
  await expect(playground.locator('[data-testid="exception-text"]').textContent()).resolves.toBe(KEY_ERROR);
  return playground;
}

describe("the Uber pair", () => {
  it("left: run 1 shows the table with and without Lat; run 2 fails at the drop line, marked, with run 1's warning", async () => {
    const { page } = await open();
    const playground = left(page);
    await editorReady(playground);
    await runOnce(playground);
    expect(await tableColumns(playground)).toEqual([
      ["Date/Time", "Lat", "Lon", "Base"],
      ["Date/Time", "Lon", "Base"],
    ]);
    await expect(playground.locator('[data-testid="mutation-warning"]').count()).resolves.toBe(1);
    await runOnce(playground);
    await expect(playground.locator('[data-testid="exception-text"]').textContent()).resolves.toBe(KEY_ERROR);
    await expect(playground.locator('[data-testid="exception-line"]').textContent()).resolves.toMatch(/^Line 14\b/);
    await expect(
      playground.locator('[data-testid="earlier-warning"] [data-testid="mutation-warning"]').textContent(),
    ).resolves.toMatch(/column removed: Lat/);
    expect(await markedLineText(playground)).toBe('df.drop({ columns: ["Lat"], inplace: true });');
    await expect(playground.locator('[data-testid="run-count"]').textContent()).resolves.toBe("Run 2");
  });

  it("right: three runs, each without an error and with both tables; Run both runs both sides", async () => {
    const { page } = await open();
    const playground = right(page);
    await playground.scrollIntoViewIfNeeded();
    for (let run = 1; run <= 3; run++) {
      await runOnce(playground);
      await expect(playground.locator('[data-testid="exception"]').count()).resolves.toBe(0);
      expect(await tableColumns(playground)).toEqual([
        ["Date/Time", "Lat", "Lon", "Base"],
        ["Date/Time", "Lon", "Base"],
      ]);
    }
    await page.locator('[data-testid="run-both"]').click();
    await waitForRun(left(page), 1);
    await waitForRun(playground, 4);
  });

  it("Clear cache lets the left side work once again", async () => {
    const playground = await leftStuckOnKeyError();
    await playground.locator('[data-testid="clear-cache"]').click();
    await playground.locator('[data-testid="notice"]', { hasText: "Caches cleared" }).waitFor();
    await runOnce(playground);
    await expect(playground.locator('[data-testid="exception"]').count()).resolves.toBe(0);
    expect((await tableColumns(playground))[0]).toEqual(["Date/Time", "Lat", "Lon", "Base"]);
  });
});

describe("Restart server", () => {
  it("empties the caches too: the left side works once again, and the reader is told", async () => {
    const playground = await leftStuckOnKeyError();
    await playground.locator('[data-testid="restart"]').click();
    await expect(playground.locator('[data-testid="notice"]').textContent()).resolves.toMatch(
      /server was restarted, so its caches are empty/,
    );
    await expect(playground.locator('[data-testid="run-count"]').textContent()).resolves.toBe("Not run yet");
    await runOnce(playground);
    await expect(playground.locator('[data-testid="exception"]').count()).resolves.toBe(0);
    await expect(playground.locator('[data-testid="run-count"]').textContent()).resolves.toBe("Run 1");
  });
});

describe("editing", () => {
  it("an edit reruns, survives a reload, and Reset brings back the original", async () => {
    const { page } = await open();
    const playground = left(page);
    await editorReady(playground);
    await playground.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText('\nst.text("edited by the reader");');
    await page.keyboard.press("ControlOrMeta+Enter");
    await waitForRun(playground, 1);
    await playground.locator('[data-testid="output"] pre', { hasText: "edited by the reader" }).waitFor();

    await page.reload();
    const reloaded = left(page);
    await editorReady(reloaded);
    await expect(editorText(reloaded)).resolves.toContain("edited by the reader");
    await runOnce(reloaded);
    await reloaded.locator('[data-testid="output"] pre', { hasText: "edited by the reader" }).waitFor();

    await reloaded.locator('[data-testid="reset"]').click();
    await reloaded.locator('[data-testid="reset-confirm"]').click();
    await expect(editorText(reloaded)).resolves.not.toContain("edited by the reader");
    await expect(reloaded.locator('[data-testid="reset"]').isDisabled()).resolves.toBe(true);
    await page.reload();
    await editorReady(left(page));
    await expect(editorText(left(page))).resolves.not.toContain("edited by the reader");
  });

  it("a syntax error shows its line in the output and in the editor", async () => {
    const { page } = await open();
    const playground = right(page);
    await replaceCode(page, playground, 'st.text("fine");\nconst broken = ;\n');
    await runOnce(playground);
    await expect(playground.locator('[data-testid="exception-text"]').textContent()).resolves.toMatch(/^SyntaxError: /);
    await expect(playground.locator('[data-testid="exception-line"]').textContent()).resolves.toMatch(/^Line 2\b/);
    expect(await markedLineText(playground)).toBe("const broken = ;");
  });

  it("a run that draws 100,000 elements shows the first 2,000 and says so, and the page stays usable", async () => {
    const { page } = await open();
    const playground = right(page);
    await replaceCode(
      page,
      playground,
      'for (let i = 0; i < 100_000; i++) st.text(`line ${i}`);\nst.text("x".repeat(1_000_000));\n',
    );
    await runOnce(playground);
    const output = playground.locator('[data-testid="output"]');
    await expect(output.locator("pre").count()).resolves.toBe(2_000);
    await expect(output.locator("pre").last().textContent()).resolves.toBe("line 1999");
    await expect(output.locator('[data-testid="output-limit"]').textContent()).resolves.toMatch(
      /shows the first 2,000 of the 100,001 elements this run drew/,
    );
    // Another control still answers, and a long text alone is cut with a note.
    await replaceCode(page, playground, 'st.text("x".repeat(1_000_000));\n');
    await runOnce(playground);
    await expect(output.locator("pre").textContent()).resolves.toMatch(
      /^x{100000}\n… 900,000 more characters not shown/,
    );
  });

  it("an error a timer throws after the run is reported, and the server keeps running with its caches", async () => {
    const { page } = await open();
    const playground = right(page);
    const code = [
      "const load = st.cacheData(() => [1, 2, 3]);",
      "st.text(`length ${(await load()).length}`);",
      'setTimeout(() => { throw new RangeError("thrown by a timer"); }, 50);',
      "",
    ].join("\n");
    await replaceCode(page, playground, code);
    await runOnce(playground);
    const notice = playground.locator('[data-testid="notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /^After the run had ended, code it left behind .* threw RangeError: thrown by a timer at line 3\. .*caches are kept\.$/,
    );
    await playground.locator('[data-testid="output"] pre', { hasText: "length 3" }).waitFor();
    // Run 2 on the same server (a restarted one would count from 1 again), and a cache hit.
    await runOnce(playground);
    await expect(playground.locator('[data-testid="run-count"]').textContent()).resolves.toBe("Run 2");
    await inspectorHit(playground);
  });
});

/**
 * Presses Ctrl+Space once a second until Monaco's suggestion list (drawn in an overflow layer, so
 * looked for in the whole page) shows `text`: the TypeScript worker may still be loading on a busy
 * machine, and answers a later request.
 */
async function askUntilListed(page: Page, text: string): Promise<void> {
  const row = page.locator(".suggest-widget .monaco-list-row", { hasText: text });
  for (let attempt = 0; attempt < 30 && !(await row.isVisible()); attempt++) {
    await page.keyboard.press("Control+Space");
    await page.waitForTimeout(1_000);
  }
  await row.waitFor({ timeout: 5_000 });
}

describe("IntelliSense", () => {
  it("completes st and dfd from the library's own declarations after a typing pause", async () => {
    const { page } = await open();
    const playground = right(page);
    await editorReady(playground);
    await playground.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText("\nst.cache");
    await askUntilListed(page, "cacheResource");

    // dfd comes from danfojs' own declarations, reached through the library's types.
    await page.keyboard.press("Escape");
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText("\nconst frame = new dfd.DataFrame({ a: [1] });\nframe.dro");
    // `st.` is answered before the worker (e2e/completions.spec.ts); a frame's members need the worker itself.
    await askUntilListed(page, "DataFrame.drop");
  });
});

describe("the sandbox", () => {
  it("stops `while (true) {}` within the time limit, says the server restarted, and the next run works", async () => {
    const { page } = await open();
    const playground = right(page);
    await replaceCode(page, playground, "while (true) {}\n");
    const started = Date.now();
    await playground.locator('[data-testid="run"]').click();
    // The page stays responsive while the worker spins: another playground's controls still work.
    await left(page).locator('[data-testid="reset"]').isDisabled();
    const notice = playground.locator('[data-testid="notice"]');
    await notice.waitFor({ timeout: 20_000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(15_000);
    await expect(notice.textContent()).resolves.toMatch(
      /ran for more than 10 s, so it was stopped\. The server was restarted, so its caches are empty/,
    );
    await replaceCode(page, playground, 'st.text("alive again");\n');
    await runOnce(playground);
    await playground.locator('[data-testid="output"] pre', { hasText: "alive again" }).waitFor();
  });

  it("Stop ends a run at once", async () => {
    const { page } = await open();
    const playground = right(page);
    await replaceCode(page, playground, "while (true) {}\n");
    await playground.locator('[data-testid="run"]').click();
    await playground.locator('[data-testid="stop"]:not([disabled])').click();
    await expect(playground.locator('[data-testid="notice"]').textContent()).resolves.toMatch(/^You stopped the run\./);
  });

  it("renders a 1,000,000-row frame virtualized; the table scrolls and the page stays usable", async () => {
    const { page } = await open();
    const playground = right(page);
    await replaceCode(
      page,
      playground,
      "st.write(new dfd.DataFrame({ n: Array.from({ length: 1_000_000 }, (_, i) => i * 2) }));\n",
    );
    await runOnce(playground);
    await expect(playground.locator('[data-testid="dataframe-shape"]').textContent()).resolves.toBe(
      "1,000,000 rows × 1 columns",
    );
    const rendered = await playground.locator('[data-testid="dataframe"] tbody tr:not([aria-hidden])').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(100);
    const scroller = playground.locator('[data-testid="dataframe-scroll"]');
    await scroller.evaluate((el) => el.scrollTo({ top: 500_000 * 28 }));
    await playground.locator('[data-testid="dataframe"] tbody th', { hasText: /^500000$/ }).waitFor();
    await expect(
      playground.locator('[data-testid="dataframe"] tbody tr', { hasText: /^500000\s*1000000$/ }).count(),
    ).resolves.toBe(1);
    // Another control still answers at once.
    const other = left(page);
    await other.scrollIntoViewIfNeeded();
    await runOnce(other);
  });
});

describe("reruns", () => {
  it("patch the output in place: nodes stay, the table keeps its scroll, rows fetched earlier never show, the input keeps focus", async () => {
    const { page } = await open();
    const playground = right(page);
    await replaceCode(
      page,
      playground,
      [
        'const scale = Number(st.textInput("Scale", { value: "2" }));',
        'st.text("Rows times the scale");',
        "st.write(new dfd.DataFrame({ n: Array.from({ length: 2_000 }, (_, i) => i * scale) }));",
        "",
      ].join("\n"),
    );
    await runOnce(playground);
    const output = playground.locator('[data-testid="output"]');
    const scroller = playground.locator('[data-testid="dataframe-scroll"]');
    // Row 1,500 is past the 500 rows a table arrives with: it is fetched from the sandbox.
    await scroller.evaluate((el) => el.scrollTo({ top: 1_500 * 28 }));
    const row1500 = playground.locator('[data-testid="dataframe"] tbody tr', {
      has: page.locator("th", { hasText: /^1500$/ }),
    });
    await expect(row1500.textContent()).resolves.toBe("15003000");
    await output.evaluate((root) => {
      for (const el of root.querySelectorAll("pre, [data-testid='dataframe-scroll'], input"))
        (el as HTMLElement).dataset.before = "yes";
    });
    const scrolled = await scroller.evaluate((el) => el.scrollTop);

    const input = playground.locator('input[type="text"][data-widget-id]');
    await input.fill("3");
    await input.press("Enter");
    await waitForRun(playground, 2);
    await expect(row1500.textContent()).resolves.toBe("15004500");
    const kept = await output.evaluate((root) =>
      [...root.querySelectorAll("pre, [data-testid='dataframe-scroll'], input")].map(
        (el) => (el as HTMLElement).dataset.before ?? "new",
      ),
    );
    expect(kept).toEqual(["yes", "yes", "yes"]);
    await expect(scroller.evaluate((el) => el.scrollTop)).resolves.toBe(scrolled);
    await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // (The check the phone test relies on sees Monaco where it is loaded.)
    await expect(monacoLoaded(page)).resolves.toBe(true);
  });
});

/** Opens the playground's cache inspector and waits for its last run to show a cache hit. */
async function inspectorHit(playground: Locator): Promise<void> {
  const inspector = playground.locator('[data-testid="inspector"]');
  await inspector.locator("summary").click();
  await inspector.locator('[data-testid="inspector-step"][data-kind="hit"]').waitFor();
}

/** Presses Tab until the left playground's Run button has the focus; fails after 80 presses. */
async function tabToLeftRun(page: Page): Promise<void> {
  let found = false;
  for (let i = 0; i < 80 && !found; i++) {
    await page.keyboard.press("Tab");
    found = await page.evaluate(() => {
      const active = document.activeElement;
      return (
        active?.getAttribute("data-testid") === "run" &&
        active.closest('[data-example="mutation/uber-cache-resource"]') !== null
      );
    });
  }
  expect(found).toBe(true);
}

describe("keyboard", () => {
  it("reaches Run with Tab alone and runs with Enter; R in the output reruns", async () => {
    const { page } = await open();
    const playground = left(page);
    await tabToLeftRun(page);
    await page.keyboard.press("Enter");
    await waitForRun(playground, 1);
    await playground.locator('[data-testid="output"]').focus();
    await page.keyboard.press("r");
    await waitForRun(playground, 2);
    await expect(playground.locator('[data-testid="exception-text"]').textContent()).resolves.toBe(KEY_ERROR);
  });

  it("keeps the focus on Run when the live playground takes over from the server-rendered one", async () => {
    const { page } = await open();
    // The playground's own code stays out until the focus is on the server-rendered Run button,
    // then comes in under it.
    const chunks = await holdScriptChunks(page);
    await tabToLeftRun(page);
    await expect(page.evaluate(() => document.activeElement?.closest("[data-shell]") !== null)).resolves.toBe(true);
    await expect.poll(() => chunks.held()).toBeGreaterThan(0);
    await chunks.release();
    await page.locator('[data-example="mutation/uber-cache-resource"]:not([data-shell])').waitFor();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const active = document.activeElement;
          const live = active?.closest('[data-example="mutation/uber-cache-resource"]');
          return (
            active?.getAttribute("data-testid") === "run" &&
            live !== null &&
            live !== undefined &&
            !live.hasAttribute("data-shell")
          );
        }),
      )
      .toBe(true);
    await page.keyboard.press("Enter");
    await waitForRun(left(page), 1);
  });
});

describe("accessibility", () => {
  it.each(["light", "dark"] as const)(
    "has no serious axe violations with both sides run, in the %s theme",
    async (colorScheme) => {
      const { page } = await open({ colorScheme });
      await expect(page.evaluate(() => document.documentElement.classList.contains("dark"))).resolves.toBe(
        colorScheme === "dark",
      );
      await editorReady(left(page));
      await editorReady(right(page));
      await page.locator('[data-testid="run-both"]').click();
      await waitForRun(left(page), 1);
      await waitForRun(right(page), 1);
      await runOnce(left(page));
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});

describe("phone-sized screens: the CodeMirror editor", () => {
  const PHONE = { viewport: { width: 375, height: 740 }, touch: true };
  const activeInEditor = (page: Page) => page.evaluate(() => !!document.activeElement?.closest(".cm-editor"));

  it("shows line numbers, is labelled, runs typed code with Ctrl+Enter, lets Tab out, and keeps edits over a reload", async () => {
    const { page } = await open(PHONE);
    const playground = right(page);
    const content = await phoneEditor(playground);
    await expect(playground.locator(".monaco-editor").count()).resolves.toBe(0);
    // Phones never download Monaco, not even the early start wide screens get.
    await expect(monacoLoaded(page)).resolves.toBe(false);
    await expect(
      playground
        .getByRole("textbox", { name: /^Code of the .* example\. Ctrl\+Enter or Cmd\+Enter runs it\.$/ })
        .count(),
    ).resolves.toBe(1);
    // One number per line, on screen beside the code.
    const lineCount = await playground.locator(".cm-content .cm-line").count();
    const numbers = playground.locator(".cm-lineNumbers .cm-gutterElement:visible");
    await expect(numbers.allTextContents()).resolves.toEqual(
      expect.arrayContaining(Array.from({ length: lineCount }, (_, i) => String(i + 1))),
    );
    expect((await numbers.filter({ hasText: /^1$/ }).boundingBox())!.width).toBeGreaterThan(0);

    await content.tap();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type('st.text("from a phone");');
    await page.keyboard.press("Enter");
    await page.keyboard.type('st.text("second line");');
    await expect(phoneEditorText(playground)).resolves.toBe('st.text("from a phone");\nst.text("second line");');
    await page.keyboard.press("Control+Enter");
    await waitForRun(playground, 1);
    await playground.locator('[data-testid="output"] pre', { hasText: "from a phone" }).waitFor();
    // Ctrl+Enter ran the code and added no line to it.
    await expect(phoneEditorText(playground)).resolves.toBe('st.text("from a phone");\nst.text("second line");');

    // No keyboard trap: Tab moves on from the editor, Shift+Tab comes back to it.
    await expect(activeInEditor(page)).resolves.toBe(true);
    await page.keyboard.press("Tab");
    await expect(activeInEditor(page)).resolves.toBe(false);
    await page.keyboard.press("Shift+Tab");
    await expect(activeInEditor(page)).resolves.toBe(true);

    // An edit that was never run is kept too.
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type(" // kept");
    await page.reload();
    await phoneEditor(playground);
    await expect(phoneEditorText(playground)).resolves.toBe(
      'st.text("from a phone");\nst.text("second line"); // kept',
    );
  });

  it("marks the error line of a failed run, and long lines wrap instead of widening the page at 320 px", async () => {
    const { page } = await open({ viewport: { width: 320, height: 640 }, touch: true });
    const playground = right(page);
    const long = `st.text("${"a long line that a phone has to wrap ".repeat(4).trim()}");`;
    await replacePhoneCode(page, playground, `${long}\nconst n = 1;\nmissingFunction(n);\nst.text("after");\n`);
    await runOnce(playground);
    await expect(playground.locator('[data-testid="exception-text"]').textContent()).resolves.toMatch(
      /^ReferenceError/,
    );
    await expect(playground.locator(".cm-line.playground-error-line").allTextContents()).resolves.toEqual([
      "missingFunction(n);",
    ]);
    await expect(playground.locator('[data-testid="error-line-note"]').textContent()).resolves.toBe(
      "Line 3: ReferenceError",
    );
    // In a script longer than the editor, the editor scrolls itself to a failing line far down.
    const filler = Array.from({ length: 45 }, (_, i) => `st.text("line ${i + 1}");`).join("\n");
    await replacePhoneCode(page, playground, `${filler}\nmissingFunction(1);\n`);
    await page.keyboard.press("ControlOrMeta+Home");
    await runOnce(playground);
    const marked = playground.locator(".cm-line.playground-error-line");
    await expect(marked.textContent()).resolves.toBe("missingFunction(1);");
    const [lineBox, scrollerBox] = [await marked.boundingBox(), await playground.locator(".cm-scroller").boundingBox()];
    expect(lineBox!.y).toBeGreaterThanOrEqual(scrollerBox!.y);
    expect(lineBox!.y + lineBox!.height).toBeLessThanOrEqual(scrollerBox!.y + scrollerBox!.height);
    // The error is fixed and run again: the mark goes.
    await replacePhoneCode(page, playground, `${long}\n`);
    await runOnce(playground);
    await expect(playground.locator(".cm-line.playground-error-line").count()).resolves.toBe(0);
    // The long line is drawn on several rows, and nothing scrolls sideways.
    const line = playground.locator(".cm-line").first();
    expect((await line.boundingBox())!.height).toBeGreaterThan(19 * 2);
    await expect(
      playground.locator(".cm-scroller").evaluate((el) => el.scrollWidth - el.clientWidth),
    ).resolves.toBeLessThanOrEqual(0);
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).resolves.toBeLessThanOrEqual(0);
  });

  it.each(["light", "dark"] as const)(
    "has no serious accessibility problem in the %s theme, with an error line marked",
    async (theme) => {
      const { page } = await open({ ...PHONE, colorScheme: theme, localStorage: { "cache-lab-theme": theme } });
      const playground = right(page);
      // Every colour the editor uses sits on the marked line: keyword, type, function, string, number,
      // comment. Forty more lines make the editor scroll inside, which axe checks as a scrolling region.
      const more = Array.from({ length: 40 }, (_, i) => `st.text("line ${i + 3}");`).join("\n");
      await replacePhoneCode(
        page,
        playground,
        `st.text("before");\nconst n: number = missingFunction("text", 1, true); // a comment\n${more}\n`,
      );
      await runOnce(playground);
      await playground.locator(".cm-line.playground-error-line").waitFor();
      await expect(
        playground.locator(".cm-scroller").evaluate((el) => el.scrollHeight - el.clientHeight),
      ).resolves.toBeGreaterThan(0);
      for (const token of ["keyword", "type", "function", "string", "number", "comment"]) {
        await expect(
          playground.locator(`.cm-line.playground-error-line .tok-${token}`).count(),
        ).resolves.toBeGreaterThan(0);
      }
      expect(await axeViolations(page)).toEqual([]);
    },
  );
});

describe("Streamlit's rules, typed as a reader types them", () => {
  it("a plain cached call needs no await, a clear works without await, and the finer errors show their full type", async () => {
    const { page } = await open();
    const playground = right(page);
    const counter = [
      "const createList = st.cacheResource(function createList() { return [1, 2, 3]; });",
      "const l = createList();",
      "l[0] += 1;",
      "st.text(`first ${l[0]}`);",
    ].join("\n");
    await replaceCode(page, playground, `${counter}\n`);
    await runOnce(playground);
    await playground.locator('[data-testid="output"] pre', { hasText: "first 2" }).waitFor();
    await runOnce(playground);
    await playground.locator('[data-testid="output"] pre', { hasText: "first 3" }).waitFor();
    // Cleared without await: the very next line computes a fresh list.
    await replaceCode(
      page,
      playground,
      `${counter.replace("const l = createList();", "createList.clear();\nconst l = createList();")}\n`,
    );
    await runOnce(playground);
    await playground.locator('[data-testid="output"] pre', { hasText: "first 2" }).waitFor();

    await replaceCode(
      page,
      playground,
      'const f = st.cacheData(function f() { return 1; }, { ttl: "5 parsecs" });\nf();\n',
    );
    await runOnce(playground);
    await expect(playground.locator('[data-testid="exception-text"]').textContent()).resolves.toBe(
      "StreamlitBadTimeStringError: Time string doesn't look right. It should be formatted as`'1d2h34m'` or `2 days`, for example. Got: 5 parsecs",
    );
    await expect(playground.locator('[data-testid="exception-line"]').textContent()).resolves.toMatch(/^Line 2\b/);

    await replaceCode(
      page,
      playground,
      'const pick = st.cacheData(function pick() { return st.checkbox("Show"); });\nst.text(`picked ${pick()}`);\n',
    );
    await runOnce(playground);
    await expect(playground.locator('[data-testid="exception-text"]').first().textContent()).resolves.toMatch(
      /^CachedWidgetWarning: Your script uses a widget command in a cached function/,
    );
    await playground.locator('[data-testid="output"] pre', { hasText: "picked false" }).waitFor();
  });
});
