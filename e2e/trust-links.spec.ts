import type { FrameLocator, Locator, Page } from "playwright-core";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createEditStore } from "@/lib/storage/edit-store";
import { memoryStorage } from "@/lib/storage/test-storage";
import { encodeShareFragment } from "@/lib/share/share-link";
import { siteUrl, type OpenedPage } from "./harness";
import { checkedPages } from "./harness/checked-pages";

// A stranger's share link, a docs site that frames our embed, two tabs: each tries to run code the
// reader did not ask for, or to destroy the reader's saved edit. All against the built site.
const TUTORIAL = "/tutorials/mutating-cached-values";
const EXAMPLE = "mutation/uber-cache-resource";
const EMBED = `/embed/${EXAMPLE}`;
const EDIT_KEY = `cache-lab:edit:${EXAMPLE}`;
// A page of another site that frames the embed: localhost, where the site is 127.0.0.1 (a public
// origin could not frame a local one at all). Its body is set by each test.
let hostBody = "";
const hostServer = http.createServer((_, response) =>
  response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(hostBody),
);
let HOST = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => hostServer.listen(0, "127.0.0.1", resolve));
  HOST = `http://localhost:${(hostServer.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => hostServer.close(resolve)));

const STRANGER = '(globalThis as any).leak = "left by a stranger";\nst.write("stranger ran");\n';
const MINE = 'st.write("leak: " + String((globalThis as any).leak));\n';

const open = checkedPages((url) => HOST !== "" && url.startsWith(HOST));

const linkTo = (path: string, code: string, autorun = false) =>
  `${path}${encodeShareFragment({ example: EXAMPLE, code, autorun })}`;

/** The value the edit store writes for `code`, to plant a saved edit as the site itself would. */
function savedEdit(original: string, code: string): string {
  const storage = memoryStorage();
  createEditStore(storage).save(EXAMPLE, original, code);
  return storage.map.get(EDIT_KEY) ?? "";
}

/** Shows `iframe` (HTML attributes) on the host page. Its route, added last, wins over the harness's block. */
async function frameOnHost({ page, context }: OpenedPage, iframe: string): Promise<FrameLocator> {
  hostBody = `<!doctype html><html lang="en"><title>Docs</title><body><iframe title="Playground" width="1000" height="900" ${iframe}></iframe></body></html>`;
  await context.route(`${HOST}/**`, (route) => route.continue());
  await page.goto(`${HOST}/?${Date.now()}`);
  return page.frameLocator('iframe[title="Playground"]');
}

const root = (scope: Page | FrameLocator) => scope.locator(`[data-example="${EXAMPLE}"]`);
const runNumber = async (playground: Locator) =>
  Number(await playground.locator('[data-testid="run-count"]').getAttribute("data-run-number"));
/**
 * Idle with its server up: had anything run on its own, the phase would still say "running". Also
 * waited for before a click on Run, so a slow start on a busy machine does not eat the run's time limit.
 */
const serverReady = (playground: Locator) =>
  playground.locator('[data-testid="status-line"][data-phase="ready"]').waitFor({ timeout: 100_000 });

async function editorText(playground: Locator): Promise<string> {
  await playground.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 60_000 });
  return playground.locator(".view-lines").evaluate((el) => (el.textContent ?? "").replace(/\u00a0/g, " "));
}

async function typeAll(page: Page, playground: Locator, code: string): Promise<void> {
  await editorText(playground);
  await playground.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  // Emptied first: with the text selected, a typed "(" would wrap the selection (Monaco's autoSurround).
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

/** Opens `path` as a new document (a link followed from elsewhere), not as a jump within the page. */
async function openFresh(page: Page, path: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(siteUrl(path));
}

const storedEdit = (page: Page) => page.evaluate((key) => window.localStorage.getItem(key), EDIT_KEY);

it("a framed embed runs nothing but the example's own code without a click: not a link's code, a message, or a saved edit", async () => {
  const host = await open("/");
  const frame = await frameOnHost(host, `src="${siteUrl(linkTo(`${EMBED}?autorun=1`, STRANGER, true))}"`);
  const playground = root(frame);
  await playground.locator('[data-testid="shared-badge"]').waitFor({ timeout: 30_000 });
  expect(await playground.locator('[data-testid="shared-notice"]').innerText()).toMatch(
    /It has not run: it runs only when you press Run \(the link asks to run it on open, but code from a link never runs on its own\)/,
  );
  // The host page tries to make it run by message too.
  await host.page.evaluate(() => {
    const target = document.querySelector("iframe")?.contentWindow;
    for (const type of ["run", "autorun", "rerun"]) target?.postMessage({ source: "cache-lab", v: 1, type }, "*");
  });
  await serverReady(playground);
  expect(await runNumber(playground)).toBe(0);
  expect(await playground.locator('[data-testid="output"]').innerText()).not.toContain("stranger ran");

  // A click inside the frame runs it: the reader asked.
  await serverReady(playground);
  await playground.locator('[data-testid="run"]').click();
  await playground.locator('[data-testid="output"]', { hasText: "stranger ran" }).waitFor({ timeout: 60_000 });

  // That run unlocked nothing: in the same browser, the same link with autorun on the site itself
  // still waits for a click.
  const site = await host.context.newPage();
  await site.goto(siteUrl(linkTo(TUTORIAL, STRANGER, true)));
  await root(site).locator('[data-testid="shared-badge"]').waitFor();
  await root(site).scrollIntoViewIfNeeded();
  await serverReady(root(site));
  expect(await runNumber(root(site))).toBe(0);

  // A saved edit in the site's storage (a stranger's code the reader once kept, say) is not autorun
  // either. Opened at top level: this browser gives a cross-site frame no storage at all.
  const withEdit = await open(`${EMBED}?autorun=1`, {
    localStorage: { [EDIT_KEY]: savedEdit("not the original", STRANGER) },
  });
  await root(withEdit.page).locator('[data-testid="autorun-skipped"]').waitFor({ timeout: 30_000 });
  expect(await editorText(root(withEdit.page))).toContain("stranger ran");
  await serverReady(root(withEdit.page));
  expect(await runNumber(root(withEdit.page))).toBe(0);

  // The example's own code is what autorun is for: framed, with no edit, it runs on its own.
  const clean = await frameOnHost(host, `src="${siteUrl(`${EMBED}?autorun=1`)}"`);
  await root(clean).locator('[data-testid="run-count"][data-run-number="1"]').waitFor({ timeout: 100_000 });
  expect(await root(clean).locator('[data-testid="output"]').innerText()).toContain("Raw data");
});

it("a share link over a saved edit leaves the edit alone, and shared and own code never share a server", async () => {
  const { page } = await open(TUTORIAL);
  const playground = root(page);
  await playground.scrollIntoViewIfNeeded();
  await typeAll(page, playground, MINE);
  await expect.poll(() => storedEdit(page), { timeout: 10_000 }).toContain("leak: ");
  const saved = await storedEdit(page);

  // The stranger's link opens in the same browser: the shared code is shown, the edit is kept apart.
  await openFresh(page, linkTo(TUTORIAL, STRANGER));
  await playground.locator('[data-testid="shared-badge"]').waitFor();
  expect(await editorText(playground)).toContain("stranger ran");
  expect(await playground.locator('[data-testid="shared-notice"]').innerText()).toMatch(
    /Your own edit of this example is kept apart[\s\S]*Keep this code as my edit\s*saves it in place of your own edit[\s\S]*Back to my edit\s*closes the shared code and shows your edit again/,
  );
  expect(await playground.locator('[data-testid="reset"]').isDisabled()).toBe(true);
  // Typing into the shared code changes the link's draft, never the saved edit.
  await playground.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText('\nst.write("typed into the shared code");');
  await expect
    .poll(() => page.evaluate(() => window.location.hash), { timeout: 10_000 })
    .not.toBe(new URL(siteUrl(linkTo(TUTORIAL, STRANGER))).hash);
  expect(await storedEdit(page)).toBe(saved);

  // The stranger's code runs on a click and leaves something behind in its server.
  await serverReady(playground);
  await playground.locator('[data-testid="run"]').click();
  await playground
    .locator('[data-testid="output"]', { hasText: "typed into the shared code" })
    .waitFor({ timeout: 60_000 });

  // Back to the reader's own code: a fresh server, so what the script left there is gone.
  await playground.locator('[data-testid="back-to-own"]').click();
  await playground.locator('[data-testid="shared-badge"]').waitFor({ state: "detached" });
  expect(await editorText(playground)).toContain("leak: ");
  expect(await playground.locator('[data-testid="notice"]').innerText()).toMatch(
    /Fresh server: caches empty\. Nothing the shared code did is left in it\./,
  );
  expect(new URL(page.url()).hash).toBe("");
  expect(await storedEdit(page)).toBe(saved);
  await serverReady(playground);
  await playground.locator('[data-testid="run"]').click();
  await playground.locator('[data-testid="output"]', { hasText: "leak: undefined" }).waitFor({ timeout: 60_000 });

  // The reader may keep a link's code on purpose: then, and only then, it replaces the edit.
  await openFresh(page, linkTo(TUTORIAL, STRANGER));
  await playground.locator('[data-testid="keep-shared"]').click();
  await playground.locator('[data-testid="shared-badge"]').waitFor({ state: "detached" });
  expect(await storedEdit(page)).toContain("stranger ran");
  expect(await editorText(playground)).toContain("stranger ran");
});

it("Reset code starts a fresh server: nothing a script left behind reaches the example's own code", async () => {
  const { page } = await open(TUTORIAL);
  const playground = root(page);
  await playground.scrollIntoViewIfNeeded();
  await typeAll(page, playground, `${STRANGER}${MINE}`);
  await serverReady(playground);
  await playground.locator('[data-testid="run"]').click();
  await playground
    .locator('[data-testid="output"]', { hasText: "leak: left by a stranger" })
    .waitFor({ timeout: 60_000 });
  // Without a fresh start, what the script left stays for later runs of other code.
  await typeAll(page, playground, MINE);
  await playground.locator('[data-testid="run"]').click();
  await playground.locator('[data-testid="run-count"][data-run-number="2"]').waitFor({ timeout: 60_000 });
  expect(await playground.locator('[data-testid="output"]').innerText()).toContain("leak: left by a stranger");
  await playground.locator('[data-testid="reset"]').click();
  await playground.locator('[data-testid="reset-confirm"]').click();
  await playground
    .locator('[data-testid="notice"]', {
      hasText: "Fresh server: caches empty. The example's own code starts from scratch.",
    })
    .waitFor();
  // New code that looks for the leftover.
  await typeAll(page, playground, MINE);
  await serverReady(playground);
  await playground.locator('[data-testid="run"]').click();
  await playground.locator('[data-testid="output"]', { hasText: "leak: undefined" }).waitFor({ timeout: 60_000 });
});

it("two tabs on one example: a tab takes the other's saved edit only when it had nothing of its own, and otherwise asks", async () => {
  const first = await open(TUTORIAL);
  const second = await first.context.newPage();
  await second.goto(siteUrl(TUTORIAL));
  const a = root(first.page);
  const b = root(second);
  await a.scrollIntoViewIfNeeded();
  await b.scrollIntoViewIfNeeded();
  await editorText(b);

  // Tab A edits; tab B had nothing of its own, so it shows A's edit, and says so.
  await typeAll(first.page, a, 'st.write("edit made in tab A");\n');
  await b.locator('[data-testid="updated-from-other-tab"]').waitFor({ timeout: 10_000 });
  // Monaco draws the new text in a later frame than the one that shows the notice.
  await expect.poll(() => editorText(b), { timeout: 10_000 }).toContain("edit made in tab A");

  // Tab B types over it; A's code is exactly what was saved, so A follows.
  await typeAll(second, b, 'st.write("edit made in tab B");\n');
  await a.locator('[data-testid="updated-from-other-tab"]').waitFor({ timeout: 10_000 });
  await expect.poll(() => editorText(a), { timeout: 10_000 }).toContain("edit made in tab B");

  // Typed at the same moment: the browser tells tab A of B's save while A holds unsaved code of its
  // own. Simulated in A with the event a browser sends (the race is too narrow to hit on purpose).
  const theirs = savedEdit("unused", 'st.write("tab B, racing");\n');
  await typeAll(first.page, a, 'st.write("tab A, racing");\n');
  await first.page.evaluate(
    ([key, oldValue, newValue]) => {
      window.localStorage.setItem(key, newValue);
      window.dispatchEvent(new StorageEvent("storage", { key, oldValue, newValue, storageArea: window.localStorage }));
    },
    [EDIT_KEY, savedEdit("unused", 'st.write("edit made in tab B");\n'), theirs] as const,
  );
  await a.locator('[data-testid="other-tab"]').waitFor();
  expect(await a.locator('[data-testid="other-tab"]').innerText()).toMatch(/Until you choose, this tab saves nothing/);
  // A's typing is not saved over B's meanwhile, not even by a run (which saves at once otherwise).
  await first.page.keyboard.insertText('st.write("more from A");\n');
  await serverReady(a);
  await a.locator('[data-testid="run"]').click();
  await a.locator('[data-testid="output"]', { hasText: "more from A" }).waitFor({ timeout: 60_000 });
  expect(await storedEdit(first.page)).toBe(theirs);
  expect(await editorText(a)).toContain("tab A, racing");
  // Keeping A's code saves it; tab B, which held exactly the code A replaced, follows.
  await a.locator('[data-testid="keep-this-tab"]').click();
  await a.locator('[data-testid="other-tab"]').waitFor({ state: "detached" });
  await expect.poll(() => storedEdit(first.page)).toContain("more from A");
  await expect.poll(() => editorText(b), { timeout: 10_000 }).toContain("more from A");
});

it("in an iframe sandbox that forbids workers and storage, the embed says so in one line", async () => {
  const host = await open("/");
  const frame = await frameOnHost(host, `sandbox="allow-scripts" src="${siteUrl(EMBED)}"`);
  const playground = root(frame);
  const notice = playground.locator('[data-testid="notice"]');
  await notice.waitFor({ timeout: 30_000 });
  expect(await notice.innerText()).toBe(
    "This playground cannot run here: the page showing it put it in an iframe sandbox without allow-same-origin, which blocks the Web Worker the code runs in and the storage that keeps your edits. Open it in Cache Lab to run it.",
  );
  expect(await playground.locator('[data-testid="status-line"]').getAttribute("data-phase")).toBe("unavailable");
  // Run says it again rather than spinning.
  await playground.locator('[data-testid="run"]').click();
  expect(await playground.locator('[data-testid="status-line"]').getAttribute("data-phase")).toBe("unavailable");
  expect(await notice.count()).toBe(1);
});

it("error text in the editor's hover is plain text: no link, no image, no request", async () => {
  const { page, externalRequests } = await open(TUTORIAL);
  const playground = root(page);
  await playground.scrollIntoViewIfNeeded();
  await typeAll(
    page,
    playground,
    'throw new Error("see ![pixel](http://elsewhere.test/pixel.png) and [the docs](http://elsewhere.test/docs) <img src=http://elsewhere.test/x.png>");\n',
  );
  await serverReady(playground);
  await playground.locator('[data-testid="run"]').click();
  await playground.locator('[data-testid="run-count"][data-run-number="1"]').waitFor({ timeout: 60_000 });
  await playground.locator(".view-line").first().locator("span > span").first().hover();
  const hover = page.locator(".monaco-hover", { hasText: "elsewhere.test/pixel.png" }).first();
  await hover.waitFor({ timeout: 10_000 });
  expect(await hover.innerText()).toContain(
    "![pixel](http://elsewhere.test/pixel.png) and [the docs](http://elsewhere.test/docs) <img src=http://elsewhere.test/x.png>",
  );
  expect(await hover.locator("img, a[href*='elsewhere']").count()).toBe(0);
  expect(externalRequests).toEqual([]);
});
