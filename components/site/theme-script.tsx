import { APPLY_THEME_SOURCE } from "./apply-theme";

/** localStorage key holding the reader's explicit theme choice ("light" or "dark"). */
export const THEME_STORAGE_KEY = "cache-lab-theme";

// Runs before first paint: apply the stored choice, else the system's, and keep following the
// system while the reader has made no choice. Kept tiny and dependency-free on purpose.
const script = `(function(){${APPLY_THEME_SOURCE}var k=${JSON.stringify(THEME_STORAGE_KEY)},m=window.matchMedia("(prefers-color-scheme: dark)"),a=applyTheme;function s(){try{return localStorage.getItem(k)}catch(e){return null}}var t=s();a(t?t==="dark":m.matches);m.addEventListener("change",function(e){if(!s())a(e.matches)})})()`;

/** The inline script that sets the theme class on <html> before the page is painted (no flash). */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
