import fs from "node:fs";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeViolations, REPO_ROOT } from "./harness";
import { checkedPages } from "./harness/checked-pages";

const open = checkedPages();
const PLAYGROUNDS = '[data-testid="playground"], [data-testid="multi-session"]';
const TUTORIALS_WITH_PLAYGROUNDS = {
  "/tutorials/mutating-cached-values": 2,
  "/tutorials/tuning-the-cache": 6,
  "/tutorials/concurrent-sessions": 9,
};

const exampleFile = (name: string, ext: "ts" | "py") =>
  fs.readFileSync(path.join(REPO_ROOT, "content", "examples", `${name}.${ext}`), "utf8");
const tsBody = (name: string) => exampleFile(name, "ts").split("// ---- example ----\n")[1];
/** The 1-based line of `text` in the example's TypeScript (as the reader sees it) or its Python. */
const lineOf = (source: string, text: string) => source.split("\n").findIndex((line) => line.includes(text)) + 1;

const byExample = (page: Page, name: string) => page.locator(`[data-example="${name}"]`);
const twinFrame = (playground: Locator) => playground.locator('[data-testid="code-twin"]');

async function choose(playground: Locator, lang: "TypeScript" | "Python"): Promise<void> {
  await playground.locator('[data-testid="lang-toggle"]').getByText(lang, { exact: true }).click();
}

async function editorReady(playground: Locator): Promise<void> {
  await playground.scrollIntoViewIfNeeded();
  await playground.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
}

/** Waits until the twin frame marks exactly these lines (space-separated numbers, "" for none). */
async function waitForMarks(playground: Locator, ts: string, py: string): Promise<void> {
  const frame = twinFrame(playground);
  await frame
    .locator(`xpath=self::*[@data-twin-ts="${ts}" and @data-twin-py="${py}"]`)
    .waitFor({ timeout: 15_000 })
    .catch(async () => {
      throw new Error(
        `expected ts="${ts}" py="${py}", got ts="${await frame.getAttribute("data-twin-ts")}" py="${await frame.getAttribute("data-twin-py")}"`,
      );
    });
}

/** The marked Python lines, read from the highlighted code itself. */
const markedPythonLines = (playground: Locator) =>
  playground
    .locator('[data-testid="python-view"] pre.shiki code > .line')
    .evaluateAll((lines) => lines.flatMap((line, i) => (line.classList.contains("twin-line") ? [i + 1] : [])));

describe("the TypeScript | Python toggle", () => {
  it.each(Object.entries(TUTORIALS_WITH_PLAYGROUNDS))(
    "%s: every playground has the toggle, and Python shows every twin on the page",
    async (tutorial, count) => {
      const { page } = await open(tutorial);
      const playgrounds = page.locator(PLAYGROUNDS);
      await expect(playgrounds.count()).resolves.toBe(count);
      for (const playground of await playgrounds.all()) {
        await expect(playground.locator('[data-testid="lang-toggle"] input[type="radio"]').count()).resolves.toBe(2);
        await expect(playground.locator('[data-testid="python-view"]').isVisible()).resolves.toBe(false);
      }
      await choose(playgrounds.first(), "Python");
      for (const playground of await playgrounds.all()) {
        const name = (await playground.getAttribute("data-example"))!;
        const view = playground.locator('[data-testid="python-view"]');
        await view.waitFor({ state: "visible" });
        const shown = await view.locator("pre.shiki").evaluate((pre) => pre.textContent ?? "");
        expect(shown.trim()).toBe(exampleFile(name, "py").trim());
        await expect(playground.locator('[data-testid="lang-toggle"] input[value="python"]').isChecked()).resolves.toBe(
          true,
        );
      }
    },
  );

  it("is keyboard reachable and labelled, and the choice survives a reload and another page", async () => {
    const { page, goto } = await open("/tutorials/tuning-the-cache");
    const playground = byExample(page, "tuning/ttl");
    const tsRadio = playground.locator('[data-testid="lang-toggle"] input[value="ts"]');
    await tsRadio.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.evaluate(() => document.documentElement.getAttribute("data-code-lang"))).resolves.toBe("python");
    await expect(playground.locator('[data-testid="lang-toggle"] legend').textContent()).resolves.toContain("ttl");
    await page.reload();
    // Set before any script of the page ran: the Python view is there from the first paint.
    await expect(page.evaluate(() => document.documentElement.getAttribute("data-code-lang"))).resolves.toBe("python");
    await byExample(page, "tuning/ttl").locator('[data-testid="python-view"]').waitFor({ state: "visible" });
    await expect(
      byExample(page, "tuning/ttl").locator('[data-testid="lang-toggle"] input[value="python"]').isChecked(),
    ).resolves.toBe(true);
    await goto("/tutorials/mutating-cached-values");
    await byExample(page, "mutation/uber-cache-data")
      .locator('[data-testid="python-view"]')
      .waitFor({ state: "visible" });
    await choose(byExample(page, "mutation/uber-cache-data"), "TypeScript");
    await page.reload();
    await expect(
      byExample(page, "mutation/uber-cache-data").locator('[data-testid="python-view"]').isVisible(),
    ).resolves.toBe(false);
  });
});

/** Opens a tutorial with Python chosen; gives one example's playground and its two sources. */
async function openInPython(tutorial: string, name: string, waitForEditor: boolean) {
  const { page } = await open(tutorial, { localStorage: { "cache-lab-code-lang": "python" } });
  const playground = byExample(page, name);
  if (waitForEditor) await editorReady(playground);
  else await playground.scrollIntoViewIfNeeded();
  return { page, playground, ts: tsBody(name), py: exampleFile(name, "py") };
}

describe("twin lines", () => {
  it("hovering a Python line marks its TypeScript twin in the editor, and hovering the editor marks the Python", async () => {
    const { playground, ts, py } = await openInPython(
      "/tutorials/mutating-cached-values",
      "mutation/uber-cache-resource",
      true,
    );
    const dropTs = lineOf(ts, "df.drop(");
    const dropPy = lineOf(py, "df.drop(");
    await playground
      .locator('[data-testid="python-view"] pre.shiki code > .line')
      .nth(dropPy - 1)
      .hover();
    await waitForMarks(playground, String(dropTs), String(dropPy));
    await expect(markedPythonLines(playground)).resolves.toEqual([dropPy]);
    // Monaco draws the twin's mark as a whole-line decoration at the drop line's height.
    const markedText = () =>
      playground.evaluate((root) => {
        const tops = new Set(
          [...root.querySelectorAll<HTMLElement>(".view-overlays .twin-line")].map(
            (m) => (m.parentElement as HTMLElement).style.top,
          ),
        );
        return [...root.querySelectorAll<HTMLElement>(".view-lines .view-line")]
          .filter((l) => tops.has(l.style.top))
          .map((l) => (l.textContent ?? "").replace(/\u00a0/g, " "));
      });
    await expect.poll(markedText).toEqual(['df.drop({ columns: ["Lat"], inplace: true });']);

    // The cached function's line in the editor: the decorator and the def both light up.
    const cachedTs = lineOf(ts, "st.cacheResource(");
    await playground.locator(".monaco-editor .view-line", { hasText: "st.cacheResource(" }).hover();
    await waitForMarks(
      playground,
      String(cachedTs),
      `${lineOf(py, "@st.cache_resource")} ${lineOf(py, "def load_data")}`,
    );
  });

  it("the caret in the editor and the arrow keys in the Python view mark twins, also after an edit moves the lines", async () => {
    const { page, playground, ts, py } = await openInPython("/tutorials/tuning-the-cache", "tuning/max-entries", true);
    // The reader adds two lines at the top: every TypeScript line moves down by two.
    await playground.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+Home");
    await page.keyboard.insertText('st.title("Mine");\nconst extra = 1;\n');
    const evictTs = lineOf(ts, "(DATA_URL, 23)") + 2;
    const evictPy = lineOf(py, "(DATA_URL, 23)");
    await playground.locator(".monaco-editor .view-line", { hasText: "(DATA_URL, 23)" }).click();
    await waitForMarks(playground, String(evictTs), String(evictPy));
    // The caret moved with the keyboard (long lines wrap, so Up from here is the line above).
    await page.keyboard.press("ArrowUp");
    await waitForMarks(playground, String(evictTs - 1), String(lineOf(py, "(DATA_URL, 8))  # hit")));

    // Keyboard in the Python view: Up and Down walk its lines.
    const view = playground.locator('[data-testid="python-view"] [role="group"]');
    // The mouse leaves the code first: focusing the view may scroll the page, and a Python line that
    // comes to rest under a still mouse is hovered, which would move the mark before the keys do.
    await page.mouse.move(0, 0);
    await waitForMarks(playground, "", "");
    await view.focus();
    const optionPy = lineOf(py, "max_entries=2");
    for (let i = 0; i < optionPy; i++) await page.keyboard.press("ArrowDown");
    // The decorator line: its option's line, and (as it decorates the function) the function's lines.
    const fnLines = [
      lineOf(ts, "st.cacheData("),
      lineOf(ts, "async function pickupsInHour"),
      lineOf(ts, "maxEntries: 2"),
    ];
    await waitForMarks(playground, fnLines.map((line) => line + 2).join(" "), String(optionPy));
    await expect(view.getAttribute("aria-label")).resolves.toMatch(/Python twin of .*read-only/);
  });

  it("a multi-session playground and the static code before the editor loads pair lines too", async () => {
    const { playground, ts, py } = await openInPython("/tutorials/concurrent-sessions", "concurrency/fix-lock", false);
    const lockPy = lineOf(py, "lock.acquire()");
    await playground
      .locator('[data-testid="python-view"] pre.shiki code > .line')
      .nth(lockPy - 1)
      .hover();
    await waitForMarks(playground, String(lineOf(ts, "lock.acquire()")), String(lockPy));
  });
});

describe("Download app", () => {
  async function download(page: Page, playground: Locator): Promise<Record<string, string>> {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      playground.locator('[data-testid="download-app"]').click(),
    ]);
    const zip = unzipSync(new Uint8Array(fs.readFileSync(await file.path())));
    await playground.locator('[data-testid="download-status"]', { hasText: "Downloaded" }).waitFor();
    return Object.fromEntries(
      Object.entries(zip).map(([name, bytes]) => [
        name,
        name.endsWith(".csv") ? `${bytes.length} bytes: ${strFromU8(bytes.slice(0, 40))}` : strFromU8(bytes),
      ]),
    );
  }

  it("gives a zip with app.py (the twin), requirements.txt, the CSV and a README, and notes the reader's edits", async () => {
    const name = "mutation/uber-cache-data";
    const { page } = await open("/tutorials/mutating-cached-values");
    const playground = byExample(page, name);
    await editorReady(playground);
    const files = await download(page, playground);
    const folder = "cache-lab-mutation-uber-cache-data";
    expect(Object.keys(files).sort()).toEqual([
      `${folder}/README.txt`,
      `${folder}/app.py`,
      `${folder}/requirements.txt`,
      `${folder}/uber-raw-data-sep14-10k.csv`,
    ]);
    expect(files[`${folder}/app.py`]).toBe(exampleFile(name, "py"));
    expect(files[`${folder}/requirements.txt`]).toBe("streamlit==1.61.*\npandas\n");
    const csv = fs.readFileSync(path.join(REPO_ROOT, "public", "data", "uber-raw-data-sep14-10k.csv"));
    expect(files[`${folder}/uber-raw-data-sep14-10k.csv`]).toBe(
      `${csv.length} bytes: ${csv.subarray(0, 40).toString("utf8")}`,
    );

    // An edit to the TypeScript is noted at the top of app.py, as Python comments.
    await playground.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText('\nst.text("mine");');
    const edited = (await download(page, playground))[`${folder}/app.py`];
    expect(edited).toContain('#   + st.text("mine");');
    expect(edited.endsWith(exampleFile(name, "py"))).toBe(true);
  });
});

describe("accessibility", () => {
  it.each(["light", "dark"] as const)(
    "the Python views, toggles and buttons pass axe in the %s theme",
    async (theme) => {
      const { page } = await open("/tutorials/mutating-cached-values", {
        colorScheme: theme,
        localStorage: { "cache-lab-code-lang": "python", "cache-lab-theme": theme },
      });
      const playground = byExample(page, "mutation/uber-cache-resource");
      await playground.scrollIntoViewIfNeeded();
      await playground.locator('[data-testid="python-view"] pre.shiki code > .line').nth(3).hover();
      expect(await axeViolations(page)).toEqual([]);
    },
  );

  it("at 375 px the Python view sits under the code without widening the page, and a tap in the code marks twins", async () => {
    const { page } = await open("/tutorials/tuning-the-cache", {
      viewport: { width: 375, height: 740 },
      touch: true,
      localStorage: { "cache-lab-code-lang": "python" },
    });
    const playground = byExample(page, "tuning/ttl");
    await playground.scrollIntoViewIfNeeded();
    // Once the live playground (CodeMirror on phones) has taken over, nothing moves any more.
    await playground.locator('[data-testid="editor"][data-ready="true"] .cm-content').waitFor();
    await playground.locator('[data-testid="python-view"]').waitFor({ state: "visible" });
    const [ts, py] = await Promise.all([
      playground.locator('[data-testid="twin-ts"]').boundingBox(),
      playground.locator('[data-testid="python-view"]').boundingBox(),
    ]);
    expect(py!.y).toBeGreaterThanOrEqual(ts!.y + ts!.height);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(375);
    // A tap in the phone editor puts the caret on a line, which marks its Python twin.
    await playground.locator(".cm-line", { hasText: "st.subheader(" }).tap();
    const name = "tuning/ttl";
    await waitForMarks(
      playground,
      String(lineOf(tsBody(name), "st.subheader(")),
      String(lineOf(exampleFile(name, "py"), "st.subheader(")),
    );
  });
});
