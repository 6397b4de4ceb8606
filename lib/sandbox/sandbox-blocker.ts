/**
 * Why a playground cannot start its sandbox in this page, found before trying, or null. An embed in
 * an iframe whose `sandbox` lacks `allow-same-origin` has an opaque origin ("null"): it may not load
 * the site's module worker, nor use storage. A browser (or a policy) may offer no Worker at all.
 */
export function sandboxBlocker(): string | null {
  if (typeof Worker !== "function") return "this browser offers no Web Workers here, and the code runs in one";
  if (window.origin === "null") {
    return "the page showing it put it in an iframe sandbox without allow-same-origin, which blocks the Web Worker the code runs in and the storage that keeps your edits";
  }
  return null;
}

/** The one line a playground shows when it cannot run; `reason` comes from {@link sandboxBlocker} or a failed start. */
export function blockedText(reason: string): string {
  return `This playground cannot run here: ${reason}. Open it in Cache Lab to run it.`;
}
