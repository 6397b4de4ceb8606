/**
 * Monaco renders a decoration's hover message as Markdown: a script's error message saying
 * `![x](https://elsewhere/pixel)` or `[docs](javascript:...)` would show an image (a request to
 * another site) or a link. Hover text from a script is therefore escaped to read as plain text.
 */

/** Longest hover text shown; the full message is in the output below the editor. */
const MAX_HOVER_LENGTH = 2_000;

/** `text` escaped so Markdown shows it literally: every ASCII punctuation mark gets a backslash. */
export function escapeMarkdown(text: string): string {
  // Backslash escapes also stop autolinks (`https\:\/\/...` is no URL) and HTML (`\<img`).
  return text.replace(/[!-/:-@[-`{-~]/g, "\\$&").replace(/\r?\n/g, "  \n");
}

/** A hover message (Monaco's IMarkdownString) that shows `text` as plain text, cut to a readable length. */
export function plainHover(text: string): {
  value: string;
  isTrusted: false;
  supportHtml: false;
  supportThemeIcons: false;
} {
  const shown =
    text.length > MAX_HOVER_LENGTH ? `${text.slice(0, MAX_HOVER_LENGTH)}… (cut; the output below has it all)` : text;
  return { value: escapeMarkdown(shown), isTrusted: false, supportHtml: false, supportThemeIcons: false };
}
