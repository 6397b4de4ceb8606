/** What a reader does with a playground on the built site: wait for its editor, type, run. */
import type { Locator, Page } from "playwright-core";

/** Waits until the playground's run counter shows `n`. */
export async function waitForRun(playground: Locator, n: number, timeout = 30_000): Promise<void> {
  await playground.locator(`[data-testid="run-count"][data-run-number="${n}"]`).waitFor({ timeout });
}

/** Clicks Run and waits for the next run number (a first run also waits for the worker to load danfojs). */
export async function runOnce(playground: Locator, timeout = 30_000): Promise<void> {
  const before = Number(await playground.locator('[data-testid="run-count"]').getAttribute("data-run-number"));
  await playground.locator('[data-testid="run"]').click();
  await waitForRun(playground, before + 1, timeout);
}

/** Scrolls to the playground and waits until its Monaco editor is ready for typing. */
export async function editorReady(playground: Locator): Promise<void> {
  await playground.scrollIntoViewIfNeeded();
  await playground.locator('[data-testid="editor"][data-ready="true"] .monaco-editor').waitFor({ timeout: 30_000 });
}

/** Replaces the whole editor text, as a reader selecting all and pasting would. */
export async function replaceCode(page: Page, playground: Locator, code: string): Promise<void> {
  await editorReady(playground);
  await playground.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  // Emptied first: with the text selected, a typed "(" would wrap the selection (Monaco's autoSurround).
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}

/** Scrolls to the playground and returns its phone editor (CodeMirror's text area) once it is ready. */
export async function phoneEditor(playground: Locator): Promise<Locator> {
  await playground.scrollIntoViewIfNeeded();
  const content = playground.locator('[data-testid="editor"][data-editor="codemirror"][data-ready="true"] .cm-content');
  await content.waitFor({ timeout: 30_000 });
  return content;
}

/** The phone editor's text, line by line (CodeMirror draws one .cm-line per line). */
export async function phoneEditorText(playground: Locator): Promise<string> {
  const lines = await playground.locator(".cm-content .cm-line").allTextContents();
  return lines.join("\n");
}

/**
 * Replaces the whole phone editor text as a reader would: tap into the code, select all, delete,
 * then paste `code` (pasted, not typed, so Enter's auto-indent does not indent it twice).
 */
export async function replacePhoneCode(page: Page, playground: Locator, code: string): Promise<void> {
  const content = await phoneEditor(playground);
  await content.tap();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(code);
}
