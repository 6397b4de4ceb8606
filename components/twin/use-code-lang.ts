"use client";

import { useSyncExternalStore } from "react";
import { CODE_LANG_ATTRIBUTE, CODE_LANG_STORAGE_KEY } from "./code-lang-script";

/** The languages a playground's code can be read in. */
export type CodeLang = "ts" | "python";

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: [CODE_LANG_ATTRIBUTE] });
  return () => observer.disconnect();
}

const langNow = (): CodeLang =>
  document.documentElement.getAttribute(CODE_LANG_ATTRIBUTE) === "python" ? "python" : "ts";

/**
 * The language every playground on the site shows, shared through an attribute on <html> so all
 * playgrounds of a page switch together. Server render and hydration assume TypeScript.
 */
export function useCodeLang(): CodeLang {
  return useSyncExternalStore(subscribe, langNow, () => "ts");
}

/** Shows playgrounds in `lang` on this page and remembers it for the whole site. */
export function setCodeLang(lang: CodeLang): void {
  if (lang === "python") document.documentElement.setAttribute(CODE_LANG_ATTRIBUTE, "python");
  else document.documentElement.removeAttribute(CODE_LANG_ATTRIBUTE);
  try {
    localStorage.setItem(CODE_LANG_STORAGE_KEY, lang);
  } catch {
    // Storage can be unavailable (private mode, blocked); the choice then lasts for this page only.
  }
}
