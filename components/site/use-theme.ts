"use client";

import { useSyncExternalStore } from "react";
import { applyTheme } from "./apply-theme";
import { THEME_STORAGE_KEY } from "./theme-script";

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

const isDarkNow = () => document.documentElement.classList.contains("dark");

/**
 * Whether the dark theme is showing. It follows the `dark` class on <html>, whoever changes it
 * (the toggle, or the system while no choice is stored). Server render and hydration assume light;
 * React re-renders with the real value right after.
 */
export function useIsDark(): boolean {
  return useSyncExternalStore(subscribe, isDarkNow, () => false);
}

/** Applies a theme and remembers it as the reader's choice. */
export function setTheme(theme: "light" | "dark"): void {
  applyTheme(theme === "dark");
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage can be unavailable (private mode, blocked); the choice then lasts for this page only.
  }
}
