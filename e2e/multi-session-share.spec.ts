import LZString from "lz-string";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, siteUrl } from "./harness";
import { checkedPages } from "./harness/checked-pages";

// Share, Embed, schedule errors and session badges of the multi-session playgrounds, as a reader
// uses them: edit, share, open the link or the embed in a fresh browser, press Run.
const TUTORIAL = "/tutorials/concurrent-sessions";
const EXAMPLE = "concurrency/lost-update";
const TITLE = "A read, a write, and a session in between";
const MARKER = 'st.text("shared by a test");';
// Not the tutorial's schedule ("A until line 8, ..."): A stops after its read instead of before its write.
const SCHEDULE = "A until line 7, then B, then A";

const open = checkedPages();

const multiSession = (page: Page) => page.locator(`[data-testid="multi-session"][data-example="${EXAMPLE}"]`);

/** Scrolls to the playground and waits for its live client (the page first shows a static shell). */
async function reach(page: Page): Promise<Locator> {
  await page.evaluate(
    (selector) => document.querySelector(selector)?.scrollIntoView({ block: "center" }),
    `[data-example="${EXAMPLE}"]`,
  );
  const root = multiSession(page);
  await root.locator('[data-testid="run-all"]').waitFor({ timeout: 30_000 });
  return root;
}

const pane = (root: Locator, name: string) => root.locator(`[data-testid="session-pane"][data-session="${name}"]`);
const badge = (root: Locator, name: string) => pane(root, name).locator('[data-testid="session-run-count"]');

async function waitForRun(root: Locator, name: string, n: number): Promise<void> {
  await pane(root, name)
    .locator(`xpath=self::*[@data-run-number="${n}"][@data-running="false"]`)
    .waitFor({ timeout: 60_000 });
}

async function editorText(root: Locator): Promise<string> {
  await root.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
  return root.locator(".monaco-editor .view-lines").evaluate((el) => (el.textContent ?? "").replace(/\u00a0/g, " "));
}

/** Runs all sessions at once and returns the timeline as the reader reads it. */
async function runAllAtOnce(root: Locator): Promise<string[]> {
  await root.locator('[data-testid="run-all"]').click();
  await waitForRun(root, "A", 1);
  await waitForRun(root, "B", 1);
  return root.locator('[data-testid="timeline-step"]').allInnerTexts();
}

/** Adds the marker line to the code and types the schedule, as a reader would. */
async function edit(page: Page, root: Locator): Promise<void> {
  await editorText(root);
  await root.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText(MARKER);
  await root.locator('[data-testid="schedule"]').fill(SCHEDULE);
}

/** The server is up and nothing ran: had anything run on open, a pane would count a run. */
async function expectNothingRan(root: Locator): Promise<void> {
  await root.locator("xpath=self::*[@data-phase='ready']").waitFor({ timeout: 100_000 });
  for (const name of ["A", "B"]) {
    expect(await pane(root, name).getAttribute("data-run-number")).toBe("0");
    expect(await badge(root, name).innerText()).toBe("Not run yet");
  }
  expect(await root.locator('[data-testid="timeline-step"]').count()).toBe(0);
}

/** Checks the reader got the author's sessions, schedule and code, not run, marked as shared. */
async function expectSharedSetup(root: Locator): Promise<void> {
  await root.locator('[data-testid="shared-badge"]').waitFor({ timeout: 30_000 });
  expect(
    await root
      .locator('[data-testid="session-pane"]')
      .evaluateAll((panes) => panes.map((p) => p.getAttribute("data-session"))),
  ).toEqual(["A", "B"]);
  expect(await root.locator('[data-testid="schedule"]').inputValue()).toBe(SCHEDULE);
  expect(await editorText(root)).toContain(MARKER);
  await expectNothingRan(root);
}

const pathOf = (link: string) => link.slice(new URL(link).origin.length);

/** The iframe's `src` in an embed snippet, entities decoded. */
function srcOf(snippet: string): string {
  const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1] ?? "";
  return src
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&amp;/g, "&");
}

describe("multi-session playground: share, embed, schedule, badges", () => {
  it("shares sessions, schedule and code by link: a fresh browser gets them, runs nothing, and on Run gives the same timeline", async () => {
    const author = await open(TUTORIAL);
    const root = await reach(author.page);
    await edit(author.page, root);
    const timeline = await runAllAtOnce(root);
    // A stops after reading (before line 7), so B reads the same 0: both write 1, and the marker shows.
    expect(timeline.length).toBeGreaterThan(4);
    await pane(root, "A").locator('[data-testid="session-output"]', { hasText: "shared by a test" }).waitFor();

    await root.locator('[data-testid="share"]').click();
    const link = await root.locator('[data-testid="share-link"]').inputValue();
    expect(link.startsWith(siteUrl(TUTORIAL))).toBe(true);
    expect(link).toMatch(/#code\/[A-Za-z0-9+\-$]+\?example=concurrency%2Flost-update&multi=[A-Za-z0-9%\-$]+$/);

    const reader = await open(pathOf(link));
    const shared = await reach(reader.page);
    await expectSharedSetup(shared);
    expect(await shared.locator('[data-testid="shared-notice"]').innerText()).toMatch(/It has not run/);
    expect(await runAllAtOnce(shared)).toEqual(timeline);

    // Back to the example's code: the tutorial's schedule and code, and the link leaves the address bar.
    await shared.locator('[data-testid="back-to-own"]').click();
    await shared.locator('[data-testid="shared-badge"]').waitFor({ state: "detached" });
    expect(await shared.locator('[data-testid="schedule"]').inputValue()).toBe("A until line 8, then B, then A");
    expect(await editorText(shared)).not.toContain(MARKER);
    expect(new URL(reader.page.url()).hash).toBe("");
  });

  it("embeds the same way: the embed URL opens the sessions, schedule and code under the example's title, and runs only on Run", async () => {
    const author = await open(TUTORIAL);
    const root = await reach(author.page);
    await edit(author.page, root);
    const timeline = await runAllAtOnce(root);
    await root.locator('[data-testid="embed"]').click();
    await root.locator('[data-testid="embed-carries-edits"]').waitFor();
    // "Run on load" is ticked too: an embed never runs code it was handed in its address.
    await root.getByLabel("Run on load").check();
    const src = srcOf(await root.locator('[data-testid="embed-snippet"]').inputValue());
    expect(src).toMatch(/\/embed\/concurrency\/lost-update\?autorun=1#code\/.+&multi=/);

    const reader = await open(pathOf(src));
    expect(await reader.page.title()).toBe(`${TITLE} (embedded playground) · Cache Lab`);
    expect(await reader.page.locator('[data-testid="playground"]').count()).toBe(0);
    const embedded = multiSession(reader.page);
    expect(await embedded.locator("h3").innerText()).toContain(TITLE);
    await expectSharedSetup(embedded);
    // An embed has no Share or Embed of its own.
    expect(await embedded.locator('[data-testid="share"]').count()).toBe(0);
    expect(await runAllAtOnce(embedded)).toEqual(timeline);
  });

  it("the plain embed shows the tutorial's sessions and schedule, and its autorun runs the example's own code", async () => {
    const { page } = await open(`/embed/${EXAMPLE}?autorun=1`);
    const root = multiSession(page);
    expect(await page.title()).toBe(`${TITLE} (embedded playground) · Cache Lab`);
    expect(await root.locator('[data-testid="schedule"]').inputValue()).toBe("A until line 8, then B, then A");
    await waitForRun(root, "A", 1);
    await waitForRun(root, "B", 1);
    // The lost update: both sessions read 0 and write 1.
    for (const name of ["A", "B"])
      expect(await pane(root, name).locator('[data-testid="session-output"] p.text-3xl').innerText()).toBe("1");
    expect(await page.locator('[data-testid="open-in-cache-lab"]').getAttribute("href")).toBe(
      "/tutorials/concurrent-sessions#playground-concurrency-lost-update",
    );
  });

  it("refuses a damaged or newer multi field with a message, and shows the example's own code and schedule", async () => {
    // Links made here as the site makes them, then damaged: the code part is sound, the multi field is not.
    const compress = (text: string) => encodeURIComponent(LZString.compressToEncodedURIComponent(text));
    const front = `${TUTORIAL}#code/${LZString.compressToEncodedURIComponent(`${MARKER}\n`)}?example=${encodeURIComponent(EXAMPLE)}`;
    const field = (value: unknown) => compress(JSON.stringify(value));
    const sound = field({ v: 1, sessions: ["A", "B"], schedule: SCHEDULE });
    for (const [bad, message] of [
      [`${front}&multi=${sound.slice(0, sound.length - 12)}`, /damaged: its sessions and schedule/],
      [
        `${front}&multi=${field({ v: 1, sessions: ["A", "Z"], schedule: SCHEDULE })}`,
        /sessions this playground cannot have/,
      ],
      [
        `${front}&multi=${field({ v: 2, sessions: ["A", "B"], schedule: "A" })}`,
        /made by a newer version of Cache Lab/,
      ],
    ] as const) {
      const reader = await open(bad);
      const shown = await reach(reader.page);
      const refused = shown.locator('[data-testid="share-refused"]');
      await refused.waitFor({ timeout: 30_000 });
      expect(await refused.innerText()).toMatch(message);
      expect(await refused.innerText()).toMatch(/Showing the example's own code instead\./);
      expect(await shown.locator('[data-testid="shared-badge"]').count()).toBe(0);
      expect(await editorText(shown)).not.toContain(MARKER);
      expect(await shown.locator('[data-testid="schedule"]').inputValue()).toBe("A until line 8, then B, then A");
      await expectNothingRan(shown);
    }
    // The same link with a sound field opens, so the refusals above were about the field alone.
    const reader = await open(`${front}&multi=${sound}`);
    await expectSharedSetup(await reach(reader.page));
  });

  it("refuses a schedule naming a missing session or line, says which part, under the field, and runs nothing", async () => {
    const { page } = await open(TUTORIAL);
    const root = await reach(page);
    const schedule = root.locator('[data-testid="schedule"]');
    await schedule.fill("A until line 99, then C");
    for (const button of ["run-all", "step-start"]) {
      await root.locator(`[data-testid="${button}"]`).click();
      const error = root.locator('[data-testid="schedule-error"]');
      await error.waitFor();
      expect(await error.innerText()).toBe(
        'This schedule cannot run: "line 99" is past the end of the code, which has 10 lines; "C" is not a session here: the sessions are A and B. Nothing ran.',
      );
      // Tied to the field: read out with it, and marked invalid.
      expect(await schedule.getAttribute("aria-invalid")).toBe("true");
      expect(await schedule.getAttribute("aria-describedby")).toBe(await error.getAttribute("id"));
      await expectNothingRan(root);
    }
    // Mending it takes the message away, and the run goes.
    await schedule.fill("A until line 8, then B, then A");
    expect(await root.locator('[data-testid="schedule-error"]').isVisible()).toBe(false);
    await runAllAtOnce(root);
  });

  it("badges follow the steps: Running, then Finished, never 'Not run yet' beside a stepped session", async () => {
    const { page } = await open(TUTORIAL);
    const root = await reach(page);
    await root.locator('[data-testid="step-start"]').click();
    await root.locator('[data-testid="timeline-step"]').first().waitFor({ timeout: 60_000 });
    expect(await badge(root, "A").innerText()).toBe("Running (run 1)");
    expect(await badge(root, "B").innerText()).toBe("Waiting for its turn");
    const next = root.locator('[data-testid="next-step"]');
    const seen = new Set<string>();
    for (let n = 2; n <= 30; n++) {
      await next.click();
      await root.locator(`[data-testid="timeline-step"]:nth-child(${n})`).waitFor();
      for (const name of ["A", "B"]) {
        const stepped = (await root.locator(`[data-testid="timeline-step"][data-session="${name}"]`).count()) > 0;
        const text = await badge(root, name).innerText();
        if (stepped) expect(text).toMatch(/^(Running|Finished) \(run 1\)$/);
        seen.add(`${name}: ${text}`);
      }
      // B ran to its end while A still waits before its write.
      if (seen.has("B: Finished (run 1)")) break;
    }
    expect(seen).toContain("B: Running (run 1)");
    expect(seen).toContain("B: Finished (run 1)");
    expect(await badge(root, "A").innerText()).toBe("Running (run 1)");
    await root.locator('[data-testid="run-to-end"]').click();
    await waitForRun(root, "A", 1);
    expect(await badge(root, "A").innerText()).toBe("Run 1");
    expect(await badge(root, "B").innerText()).toBe("Run 1");
  });

  it("the new controls are accessible in light and dark, and fit a 375 px screen", async () => {
    for (const theme of ["light", "dark"] as const) {
      const { page } = await open(TUTORIAL, { localStorage: { "cache-lab-theme": theme }, colorScheme: theme });
      const root = await reach(page);
      await root.locator('[data-testid="schedule"]').fill("A until line 99, then C");
      await root.locator('[data-testid="run-all"]').click();
      await root.locator('[data-testid="schedule-error"]').waitFor();
      await root.locator('[data-testid="share"]').click();
      await root.locator('[data-testid="share-panel"]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await root.locator('[data-testid="embed"]').click();
      await root.locator('[data-testid="embed-carries-edits"]').waitFor();
      expect(await axeViolations(page)).toEqual([]);

      const link = await (async () => {
        await root.locator('[data-testid="share"]').click();
        return root.locator('[data-testid="share-link"]').inputValue();
      })();
      const embed = await open(`/embed/${EXAMPLE}?theme=${theme}${new URL(link).hash}`, { colorScheme: theme });
      await multiSession(embed.page).locator('[data-testid="shared-badge"]').waitFor({ timeout: 30_000 });
      expect(await axeViolations(embed.page)).toEqual([]);
    }
    for (const path of [TUTORIAL, `/embed/${EXAMPLE}`]) {
      const { page } = await open(path, { viewport: { width: 375, height: 740 } });
      const root = await reach(page);
      await root.locator('[data-testid="schedule"]').fill("A until line 99, then C, then D, then E until line 1234567");
      await root.locator('[data-testid="run-all"]').click();
      await root.locator('[data-testid="schedule-error"]').waitFor();
      for (const which of ["share", "embed"]) {
        if ((await root.locator(`[data-testid="${which}"]`).count()) === 0) continue;
        await root.locator(`[data-testid="${which}"]`).click();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    }
  });
});
