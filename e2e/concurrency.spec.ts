import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { axeViolations, openPage, type OpenPageOptions } from "./harness";
import { checkedPages } from "./harness/checked-pages";
import { phoneEditor, replacePhoneCode } from "./harness/playground-actions";

// "Concurrent sessions", driven as a reader would: two sessions of one server per playground.
const TUTORIAL = "/tutorials/concurrent-sessions";

const openChecked = checkedPages();
const open = (options?: OpenPageOptions) => openChecked(TUTORIAL, options);

const playground = (page: Page, example: string) =>
  page.locator(`[data-testid="multi-session"][data-example="concurrency/${example}"]`);
/**
 * Brings a playground into view and waits for its live client: the page ships a static shell (same
 * data-example, no controls) and loads the client when it nears the viewport. Scrolled from the page
 * itself, because the shell element is replaced once the client arrives.
 */
async function reach(page: Page, example: string): Promise<Locator> {
  await page.evaluate(
    (selector) => document.querySelector(selector)?.scrollIntoView({ block: "center" }),
    `[data-example="concurrency/${example}"]`,
  );
  const root = playground(page, example);
  await root.waitFor({ timeout: 30_000 });
  return root;
}

const pane = (root: Locator, name: string) => root.locator(`[data-testid="session-pane"][data-session="${name}"]`);

/** Waits until the session has finished run `n`. */
async function waitForRun(root: Locator, name: string, n: number): Promise<void> {
  await pane(root, name)
    .locator(`xpath=self::*[@data-run-number="${n}"][@data-running="false"]`)
    .waitFor({ timeout: 60_000 });
}

/** The big number of the session's st.metric. */
async function metricOf(root: Locator, name: string): Promise<string> {
  return (await pane(root, name).locator('[data-testid="session-output"] p.text-3xl').innerText()).trim();
}

async function runAlone(root: Locator, name: string, n: number): Promise<void> {
  await root.locator(`[data-testid="run-${name}"]`).click();
  await waitForRun(root, name, n);
}

async function stepCount(root: Locator): Promise<number> {
  return root.locator('[data-testid="timeline-step"]').count();
}

async function editorReady(root: Locator): Promise<void> {
  await root.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
}

/** The editor's visible text, with Monaco's non-breaking spaces turned back into spaces. */
const editorText = (root: Locator) =>
  root.locator(".monaco-editor .view-lines").evaluate((el) => (el.textContent ?? "").replace(/\u00a0/g, " "));

/** Replaces the shared code, as a reader selecting all and pasting would. */
async function replaceCode(page: Page, root: Locator, code: string): Promise<void> {
  await editorReady(root);
  await root.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  // Emptied first: with the text selected, a typed "(" would wrap the selection (Monaco's autoSurround).
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

/**
 * Code shorter than the tutorial's schedule ("A until line 8, ...") needs a schedule that fits it: a
 * line past the end of the code is refused before anything runs.
 */
async function scheduleFitting(root: Locator): Promise<void> {
  await root.locator('[data-testid="schedule"]').fill("A, then B");
}

/** The text of the editor lines Monaco draws with decoration class `mark`, top to bottom. */
async function markedLines(root: Locator, mark: string): Promise<string[]> {
  return root.evaluate((el, cls) => {
    const tops = new Set(
      [...el.querySelectorAll<HTMLElement>(`.view-overlays .${cls}`)].map(
        (m) => (m.parentElement as HTMLElement).style.top,
      ),
    );
    return [...el.querySelectorAll<HTMLElement>(".view-lines .view-line")]
      .filter((line) => tops.has(line.style.top))
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => (line.textContent ?? "").replace(/\u00a0/g, " ").trim());
  }, mark);
}

describe("Concurrent sessions", () => {
  it("scenario 1: with cacheResource A sees 2, B sees 3, A's rerun 4; with cacheData 2, 2, 2", async () => {
    const { page } = await open();
    const shared = await reach(page, "shared-counter");
    const seen: string[] = [];
    for (const [name, n] of [
      ["A", 1],
      ["B", 1],
      ["A", 2],
    ] as const) {
      await runAlone(shared, name, n);
      seen.push(await metricOf(shared, name));
    }
    expect(seen).toEqual(["2", "3", "4"]);

    const copied = await reach(page, "shared-counter-data");
    const copies: string[] = [];
    for (const [name, n] of [
      ["A", 1],
      ["B", 1],
      ["A", 2],
    ] as const) {
      await runAlone(copied, name, n);
      copies.push(await metricOf(copied, name));
    }
    expect(copies).toEqual(["2", "2", "2"]);
  });

  it("scenario 2: A's run drops Lat; B's first run fails with KeyError 'Lat'", async () => {
    const { page } = await open();
    const uber = await reach(page, "uber-shared-frame");
    await runAlone(uber, "A", 1);
    expect(await metricOf(uber, "A")).toMatch(/^40\.\d{4}$/);
    await expect(pane(uber, "A").locator('[data-testid="exception"]').count()).resolves.toBe(0);
    await runAlone(uber, "B", 1);
    expect(await pane(uber, "B").locator('[data-testid="exception-text"]').innerText()).toContain("KeyError: 'Lat'");
  });

  it("scenario 3: the schedule loses an update; stepping grows the timeline one step at a time; a restart replays it", async () => {
    const { page } = await open();
    const race = await reach(page, "lost-update");
    expect(await race.locator('[data-testid="schedule"]').inputValue()).toBe("A until line 8, then B, then A");

    await race.locator('[data-testid="step-start"]').click();
    await race.locator('[data-testid="timeline-step"]').first().waitFor({ timeout: 60_000 });
    expect(await stepCount(race)).toBe(1);
    const live = race.locator('[data-testid="timeline-live"]');
    expect(await live.innerText()).toMatch(/^Step 1: session A ran line 2/);
    // The editor marks where the stepped run waits: A paused before line 3, its first cached call.
    await editorReady(race);
    const pausedAt = race.locator('[data-testid="editor"]');
    await expect(pausedAt.getAttribute("data-paused-line")).resolves.toBe("3");
    await expect(markedLines(race, "playground-paused-line")).resolves.toEqual([
      expect.stringContaining("getCounter()"),
    ]);
    const next = race.locator('[data-testid="next-step"]');
    for (let n = 2; n <= 6; n++) {
      await next.click();
      await race.locator(`[data-testid="timeline-step"]:nth-child(${n})`).waitFor();
      expect(await stepCount(race)).toBe(n);
      expect(await live.innerText()).toMatch(new RegExp(`^Step ${n}: `));
    }
    const sessions = await race
      .locator('[data-testid="timeline-step"]')
      .evaluateAll((items) => items.map((i) => i.getAttribute("data-session")));
    // A: line 2, line 3 (a plain cached call, one step), line 6, line 7 (reads 0); then B starts, at
    // line 2 and line 3.
    expect(sessions).toEqual(["A", "A", "A", "A", "B", "B"]);
    expect(await race.locator('[data-testid="step-saw"]').first().innerText()).toContain("read 0");
    // Steps 5 and 6 are B's: the mark follows it.
    const lastPaused = await pausedAt.getAttribute("data-paused-line");
    expect(Number(lastPaused)).toBeGreaterThan(0);
    await expect(markedLines(race, "playground-paused-line")).resolves.toHaveLength(1);
    await race.locator('[data-testid="run-to-end"]').click();
    await waitForRun(race, "A", 1);
    await waitForRun(race, "B", 1);
    expect([await metricOf(race, "A"), await metricOf(race, "B")]).toEqual(["1", "1"]);
    await expect(pausedAt.getAttribute("data-paused-line")).resolves.toBeNull();
    await expect(markedLines(race, "playground-paused-line")).resolves.toEqual([]);
    const steps = await race.locator('[data-testid="timeline-step"]').allInnerTexts();

    await race.locator('[data-testid="restart"]').click();
    await race.locator('[data-testid="run-all"]').click();
    await waitForRun(race, "A", 1);
    await waitForRun(race, "B", 1);
    expect([await metricOf(race, "A"), await metricOf(race, "B")]).toEqual(["1", "1"]);
    expect(await race.locator('[data-testid="timeline-step"]').allInnerTexts()).toEqual(steps);
  });

  it("scenario 4: with the lock, B waits and the count reaches 2 under the same schedule", async () => {
    const { page } = await open();
    const locked = await reach(page, "fix-lock");
    await locked.locator('[data-testid="run-all"]').click();
    await waitForRun(locked, "A", 1);
    await waitForRun(locked, "B", 1);
    expect([await metricOf(locked, "A"), await metricOf(locked, "B")]).toEqual(["1", "2"]);
    await expect(
      locked.locator('[data-testid="timeline-step"][data-status="blocked"][data-session="B"]').count(),
    ).resolves.toBe(1);
  });

  it("stops a promise that never settles within the time limit, says the server restarted, and the next run works", async () => {
    const { page } = await open();
    const race = await reach(page, "lost-update");
    await replaceCode(page, race, 'await new Promise(() => {});\nst.text("never shown");\n');
    await scheduleFitting(race);
    const started = Date.now();
    await race.locator('[data-testid="run-all"]').click();
    await race.locator('[data-testid="stop"]:not([disabled])').waitFor();
    const notice = race.locator('[data-testid="notice"]');
    await notice.waitFor({ timeout: 30_000 });
    expect(Date.now() - started).toBeLessThan(20_000);
    await expect(notice.textContent()).resolves.toMatch(
      /ran for more than \d+ s, so it was stopped\. The server was restarted, so its caches are empty/,
    );
    await expect(race.locator('[data-testid="stop"]').isDisabled()).resolves.toBe(true);

    await replaceCode(page, race, 'st.text("alive again");\n');
    await race.locator('[data-testid="run-all"]').click();
    await waitForRun(race, "A", 1);
    await waitForRun(race, "B", 1);
    await expect(race.locator('[data-testid="notice"]').count()).resolves.toBe(0);
    for (const name of ["A", "B"])
      await pane(race, name).locator('[data-testid="session-output"]', { hasText: "alive again" }).waitFor();
  });

  it("Stop ends an endless loop inside a cached function at once", async () => {
    const { page } = await open();
    const race = await reach(page, "lost-update");
    // One line: Monaco would close the brackets of a typed "{" + newline itself.
    await replaceCode(page, race, "const spin = st.cacheData(() => { while (true) {} });\nawait spin();\n");
    await scheduleFitting(race);
    await race.locator('[data-testid="run-all"]').click();
    await race.locator('[data-testid="stop"]:not([disabled])').click();
    await expect(race.locator('[data-testid="notice"]').textContent()).resolves.toMatch(
      /^You stopped the run\. The server was restarted/,
    );
    await expect(race.locator('[data-testid="run-all"]').isDisabled()).resolves.toBe(false);
  });

  it("an edit survives a reload, Reset brings back the original, and a syntax error is marked", async () => {
    const { page } = await open();
    const shared = await reach(page, "shared-counter");
    await editorReady(shared);
    const original = await editorText(shared);
    await shared.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText('\nst.text("edited by the reader");');
    await runAlone(shared, "A", 1);
    await pane(shared, "A").locator('[data-testid="session-output"]', { hasText: "edited by the reader" }).waitFor();

    await page.reload();
    const reloaded = await reach(page, "shared-counter");
    await editorReady(reloaded);
    await expect(editorText(reloaded)).resolves.toContain("edited by the reader");
    await reloaded.locator('[data-testid="reset"]').click();
    await reloaded.locator('[data-testid="reset-confirm"]').click();
    await expect(editorText(reloaded)).resolves.toBe(original);
    await expect(reloaded.locator('[data-testid="reset"]').isDisabled()).resolves.toBe(true);
    await page.reload();
    const again = await reach(page, "shared-counter");
    await editorReady(again);
    await expect(editorText(again)).resolves.toBe(original);

    const broken = again;
    await replaceCode(page, broken, 'st.text("fine");\nconst = 1;\n');
    await broken.locator('[data-testid="run-all"]').click();
    await waitForRun(broken, "B", 1);
    for (const name of ["A", "B"]) {
      await expect(pane(broken, name).locator('[data-testid="exception-line"]').innerText()).resolves.toContain(
        "Line 2",
      );
    }
    await expect(markedLines(broken, "playground-error-line")).resolves.toEqual(["const = 1;"]);
  });

  it("a button clicked in one pane reruns that session only, with the click", async () => {
    const { page } = await open();
    const shared = await reach(page, "shared-counter");
    await replaceCode(page, shared, 'st.text(st.button("Add") ? "clicked" : "not clicked");\n');
    await shared.locator('[data-testid="run-all"]').click();
    await waitForRun(shared, "B", 1);
    await pane(shared, "A").getByRole("button", { name: "Add" }).click();
    await waitForRun(shared, "A", 2);
    await expect(pane(shared, "A").locator('[data-testid="session-output"]').innerText()).resolves.toMatch(
      /(^|\n)clicked/,
    );
    await expect(pane(shared, "B").getAttribute("data-run-number")).resolves.toBe("1");
    await expect(pane(shared, "B").locator('[data-testid="session-output"]').innerText()).resolves.toContain(
      "not clicked",
    );
  });

  it("steps by keyboard alone on a phone: focus moves to Next step, and the phone editor marks and names the paused line", async () => {
    const { page } = await open({ viewport: { width: 375, height: 740 } });
    const race = await reach(page, "lost-update");
    const content = await phoneEditor(race);
    await race.locator('[data-testid="step-start"]').focus();
    await page.keyboard.press("Enter");
    await race.locator('[data-testid="timeline-step"]').first().waitFor({ timeout: 60_000 });
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("next-step");
    await expect(race.locator('[data-testid="paused-line"]').innerText()).resolves.toBe(
      "Session A paused before line 3.",
    );
    const lines = await content.locator(".cm-line").allTextContents();
    await expect(content.locator(".cm-line.playground-paused-line").allTextContents()).resolves.toEqual([lines[2]]);
    await page.keyboard.press("Enter");
    await race.locator('[data-testid="timeline-step"]:nth-child(2)').waitFor();
    await page.keyboard.press("Enter");
    await race.locator('[data-testid="timeline-step"]:nth-child(3)').waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("next-step");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("run-to-end");
    await page.keyboard.press("Enter");
    await waitForRun(race, "B", 1);
    await expect(race.locator('[data-testid="multi-status"]').innerText()).resolves.toBe(
      "Done. Session A: run 1; Session B: run 1.",
    );
    await expect(race.locator('[data-testid="paused-line"]').count()).resolves.toBe(0);
    await expect(content.locator(".cm-line.playground-paused-line").count()).resolves.toBe(0);
  });

  it("a loop that steps thousands of times keeps the page usable: the timeline shows 1,000 steps and says how many more ran", async () => {
    const { page } = await open({ viewport: { width: 390, height: 800 }, touch: true });
    const race = await reach(page, "lost-update");
    await replacePhoneCode(page, race, "for (let i = 0; i < 20_000; i++) {\n  st.text(`line ${i}`);\n}\n");
    await scheduleFitting(race);
    await race.locator('[data-testid="run-all"]').click();
    await waitForRun(race, "A", 1);
    await waitForRun(race, "B", 1);
    await expect(race.locator('[data-testid="timeline-step"]').count()).resolves.toBe(1_000);
    await expect(race.locator('[data-testid="timeline-limit"]').textContent()).resolves.toMatch(
      /^The timeline shows the first 1,000 steps; [\d,]+ more ran after them\.$/,
    );
    // The scheduler's own guard against endless interleaved loops ended both runs, and says so.
    for (const name of ["A", "B"]) {
      await expect(pane(race, name).locator('[data-testid="exception-text"]').textContent()).resolves.toMatch(
        /^StepLimitError: this interleaved run took 5000 steps/,
      );
    }
    // The page still answers at once: the next run starts and finishes.
    await replacePhoneCode(page, race, 'st.text("small again");\n');
    await race.locator('[data-testid="run-A"]').click();
    await waitForRun(race, "A", 2);
    await expect(race.locator('[data-testid="timeline-limit"]').count()).resolves.toBe(0);
  });

  it("is accessible in light and dark, and fits a 375 px screen", async () => {
    for (const theme of ["light", "dark"] as const) {
      const { page, close } = await openPage(TUTORIAL, {
        localStorage: { "cache-lab-theme": theme },
        colorScheme: theme,
      });
      const race = await reach(page, "lost-update");
      await race.locator('[data-testid="step-start"]').click();
      await race.locator('[data-testid="timeline-step"]').first().waitFor({ timeout: 60_000 });
      expect(await axeViolations(page)).toEqual([]);
      await close();
    }
    const { page } = await open({ viewport: { width: 375, height: 740 } });
    const race = await reach(page, "lost-update");
    await race.locator('[data-testid="run-all"]').click();
    await waitForRun(race, "B", 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
});
