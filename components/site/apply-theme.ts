/**
 * Puts the light or dark theme on <html> at once. Links, buttons and panels have colour transitions
 * for hover; without care a theme change would run them too, and for 150 ms parts of the page would
 * show dark-theme text on the light background (or the reverse): unreadable, and what axe catches.
 * So transitions are off (the `theme-switching` class, app/globals.css) while the new colours are
 * computed, and back on two frames later, once a frame has been styled with the new theme.
 *
 * Self-contained on purpose: the inline theme scripts (theme-script.tsx, embed-theme.tsx) embed its
 * source with `Function.prototype.toString`, so it may use only its parameter and browser globals.
 */
export function applyTheme(dark: boolean): void {
  const root = document.documentElement;
  root.classList.add("theme-switching");
  root.classList.toggle("dark", dark);
  root.style.colorScheme = dark ? "dark" : "light";
  // A computed value read now makes the browser style the page with the new theme at once.
  window.getComputedStyle(root).getPropertyValue("color");
  requestAnimationFrame(() => requestAnimationFrame(() => root.classList.remove("theme-switching")));
}

/** {@link applyTheme} as source, for an inline script: declares `applyTheme` in the script's scope. */
export const APPLY_THEME_SOURCE = `var applyTheme=${applyTheme.toString()};`;
