import { createHighlighterCore, type HighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";

/**
 * Build-time syntax highlighting with shiki.
 *
 * Only a handful of grammars are loaded, so the build stays quick and nothing highlighting-related
 * ever reaches the browser. Both themes are rendered into CSS variables (`--shiki-light`,
 * `--shiki-dark`) so the theme toggle swaps colours with CSS alone, without re-highlighting.
 */

/** Languages a code block may name, mapped to the grammar that highlights them. */
const LANGUAGE_ALIASES: Record<string, string> = {
  ts: "typescript",
  typescript: "typescript",
  tsx: "tsx",
  js: "javascript",
  javascript: "javascript",
  py: "python",
  python: "python",
  sh: "bash",
  shell: "bash",
  bash: "bash",
  json: "json",
  csv: "csv",
  diff: "diff",
};

/** Names that mean "no highlighting": the code is shown as plain text. */
const PLAIN_LANGUAGES = new Set(["", "text", "txt", "plaintext", "console", "output"]);

// The "default" GitHub themes keep comments and punctuation above 4.5:1 contrast on their own
// backgrounds in both modes, which the accessibility checks require.
const LIGHT_THEME = "github-light-default";
const DARK_THEME = "github-dark-default";

let highlighterPromise: Promise<HighlighterCore> | undefined;

function getHighlighter(): Promise<HighlighterCore> {
  highlighterPromise ??= createHighlighterCore({
    themes: [import("shiki/themes/github-light-default.mjs"), import("shiki/themes/github-dark-default.mjs")],
    langs: [
      import("shiki/langs/typescript.mjs"),
      import("shiki/langs/tsx.mjs"),
      import("shiki/langs/javascript.mjs"),
      import("shiki/langs/python.mjs"),
      import("shiki/langs/bash.mjs"),
      import("shiki/langs/json.mjs"),
      import("shiki/langs/csv.mjs"),
      import("shiki/langs/diff.mjs"),
    ],
    // The JavaScript regex engine avoids loading Oniguruma's WebAssembly during the build.
    engine: createJavaScriptRegexEngine(),
  });
  return highlighterPromise;
}

/**
 * Resolves a fence language (as written after ```) to a loaded grammar, or `"text"` for plain text.
 * Throws for a language that is not loaded, so a typo in a tutorial fails the build instead of
 * silently losing its colours.
 */
export function resolveLanguage(lang: string | undefined): string {
  const key = (lang ?? "").trim().toLowerCase();
  if (PLAIN_LANGUAGES.has(key)) return "text";
  const grammar = LANGUAGE_ALIASES[key];
  if (!grammar) {
    const known = [...Object.keys(LANGUAGE_ALIASES), ...PLAIN_LANGUAGES].filter(Boolean).sort();
    throw new Error(`Code block language "${lang}" is not supported. Use one of: ${known.join(", ")}.`);
  }
  return grammar;
}

/**
 * Highlights `code` and returns shiki's HTML: a `<pre class="shiki">` whose spans carry both
 * themes' colours as CSS variables. A trailing newline is dropped so blocks do not end in a blank line.
 */
export async function highlightToHtml(code: string, lang?: string): Promise<string> {
  const highlighter = await getHighlighter();
  return highlighter.codeToHtml(code.replace(/\n$/, ""), {
    lang: resolveLanguage(lang),
    themes: { light: LIGHT_THEME, dark: DARK_THEME },
    defaultColor: false,
  });
}
