import type { Locator, Page } from "playwright-core";
import { expect, it } from "vitest";
import { siteUrl } from "./harness";
import { checkedPages } from "./harness/checked-pages";

// Share links on the tutorial with the Uber pair: make one, open it elsewhere, break one.
const TUTORIAL = "/tutorials/mutating-cached-values";
const EXAMPLE = "mutation/uber-cache-resource";
const MARKER = 'st.write("shared by a test");';

const open = checkedPages();

const playground = (page: Page, example = EXAMPLE) => page.locator(`[data-example="${example}"]`);

async function editorText(root: Locator): Promise<string> {
  await root.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
  return (await root.locator(".view-lines").innerText()).replace(/\u00a0/g, " ");
}

/** Types the marker line at the end of the example's code, and returns the share link the panel shows. */
async function makeLink(page: Page): Promise<string> {
  const root = playground(page);
  await root.scrollIntoViewIfNeeded();
  await editorText(root);
  await root.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText(MARKER);
  await root.locator('[data-testid="share"]').click();
  const link = await root.locator('[data-testid="share-link"]').inputValue();
  expect(link.startsWith(siteUrl(TUTORIAL))).toBe(true);
  return link;
}

const pathOf = (link: string) => link.slice(new URL(link).origin.length);

it("makes a link that opens the code, marked as shared and not run, with the original one click away", async () => {
  const author = await open(TUTORIAL);
  await author.context.grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: new URL(siteUrl("/")).origin,
  });
  const link = await makeLink(author.page);
  expect(link).toMatch(/#code\/[A-Za-z0-9+\-$]+\?example=mutation%2Fuber-cache-resource$/);
  await playground(author.page).locator('[data-testid="copy-share-link"]').click();
  await playground(author.page).locator('[data-testid="copy-share-link-status"]', { hasText: "Copied" }).waitFor();
  expect(await author.page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // A reader with a fresh browser opens the link.
  const reader = await open(pathOf(link));
  const root = playground(reader.page);
  await root.locator('[data-testid="shared-badge"]').waitFor();
  expect(await editorText(root)).toContain(MARKER);
  expect(
    await playground(reader.page, "mutation/uber-cache-data").locator('[data-testid="shared-badge"]').count(),
  ).toBe(0);
  // Idle with its server up: had the shared code run on its own, the phase would say "running".
  await root.scrollIntoViewIfNeeded();
  await root.locator('[data-testid="status-line"][data-phase="ready"]').waitFor({ timeout: 100_000 });
  expect(await root.locator('[data-testid="run-count"]').getAttribute("data-run-number")).toBe("0");

  expect(await root.locator('[data-testid="reset"]').isDisabled()).toBe(true);
  await root.locator('[data-testid="back-to-own"]', { hasText: "Back to the example's code" }).click();
  await root.locator('[data-testid="shared-badge"]').waitFor({ state: "detached" });
  expect(await editorText(root)).not.toContain(MARKER);
  expect(new URL(reader.page.url()).hash).toBe("");
});

it("refuses a damaged link with a message and shows the example's own code", async () => {
  const author = await open(TUTORIAL);
  const link = await makeLink(author.page);
  const [payload, query] = link.split("?example=");
  const damaged = `${payload.slice(0, payload.length - 40)}?example=${query}`;

  const reader = await open(pathOf(damaged));
  const root = playground(reader.page);
  await root.locator('[data-testid="share-refused"]').waitFor();
  expect(await root.locator('[data-testid="share-refused"]').innerText()).toMatch(
    /damaged.*Showing the example's own code instead/s,
  );
  expect(await root.locator('[data-testid="shared-badge"]').count()).toBe(0);
  expect(await editorText(root)).not.toContain(MARKER);
  expect(await editorText(root)).toContain("st.cacheResource");
});

it("never runs on open, even when the link asks and this reader has run the example before", async () => {
  const author = await open(TUTORIAL);
  const link = await makeLink(author.page);
  expect(link).not.toContain("autorun");
  expect(await playground(author.page).locator('[data-testid="share-panel"]').innerText()).toMatch(
    /It never runs on its own: whoever opens the link presses Run\./,
  );
  // An old link that asks, opened by the author, who has run this example in this browser.
  await playground(author.page).locator('[data-testid="run"]').click();
  await playground(author.page).locator('[data-testid="run-count"][data-run-number="1"]').waitFor({ timeout: 60_000 });
  const again = await author.context.newPage();
  await again.goto(`${link}&autorun=1`);
  await playground(again).locator('[data-testid="shared-badge"]').waitFor();
  expect(await playground(again).locator('[data-testid="shared-notice"]').innerText()).toMatch(
    /the link asks to run it on open, but code from a link never runs on its own/,
  );
  await playground(again).scrollIntoViewIfNeeded();
  // Idle with the server up: had the link's code run on its own, the phase would say "running" until it had.
  await playground(again).locator('[data-testid="status-line"][data-phase="ready"]').waitFor({ timeout: 60_000 });
  expect(await playground(again).locator('[data-testid="run-count"]').getAttribute("data-run-number")).toBe("0");
});
