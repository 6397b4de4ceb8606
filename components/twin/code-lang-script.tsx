/** localStorage key holding the language the reader reads playground code in ("ts" or "python"). */
export const CODE_LANG_STORAGE_KEY = "cache-lab-code-lang";

/** The attribute on <html> that says which language playgrounds show; CSS reads it. */
export const CODE_LANG_ATTRIBUTE = "data-code-lang";

// Runs before first paint, like the theme script, so a reader who chose Python sees the Python
// views at once instead of after hydration (nothing jumps).
const script = `(function(){try{if(localStorage.getItem(${JSON.stringify(CODE_LANG_STORAGE_KEY)})==="python")document.documentElement.setAttribute(${JSON.stringify(CODE_LANG_ATTRIBUTE)},"python")}catch(e){}})()`;

/** The inline script that applies the reader's remembered code language before the page is painted. */
export function CodeLangScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
