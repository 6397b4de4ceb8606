import { APPLY_THEME_SOURCE } from "@/components/site/apply-theme";

/**
 * Applies an embed's `theme` option before the first paint: an inline script at the top of the embed
 * page. It overrides the site's stored choice (the host decides the look of its embed) and, for `auto`,
 * follows the reader's system setting as it changes.
 */
const script = `(function(){${APPLY_THEME_SOURCE}var t=new URLSearchParams(location.search).get("theme"),m=window.matchMedia("(prefers-color-scheme: dark)");if(t!=="light"&&t!=="dark")t="auto";function a(){applyTheme(t==="auto"?m.matches:t==="dark")}a();m.addEventListener("change",function(){setTimeout(a,0)})})()`;

/** The inline theme script of embed pages. */
export function EmbedThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
