/**
 * When Monaco may start its TypeScript worker (IntelliSense, 1.4 MB gzipped): after a first run, or
 * when the reader pauses while typing, but never before a sandbox of the page can run code, so the
 * worker never competes with Monaco and danfojs for the CPU while the reader waits to press Run.
 * A module of its own, without Monaco, so the sandbox runner can report readiness cheaply.
 */

let markRunnable: () => void = () => {};
const runnable = new Promise<void>((resolve) => {
  markRunnable = resolve;
});

let allow: () => void = () => {};
/** Resolves once the TypeScript worker may start. */
export const languageServiceAllowed = new Promise<void>((resolve) => {
  allow = resolve;
});

/** The window event fired when a sandbox of the page first has danfojs loaded (the service worker registers after it). */
export const CODE_RUNNABLE_EVENT = "cache-lab:code-runnable";

let announced = false;

/** A sandbox of the page has loaded danfojs: code typed now can run. */
export function markCodeRunnable(): void {
  markRunnable();
  if (announced || typeof window === "undefined") return;
  announced = true;
  window.dispatchEvent(new Event(CODE_RUNNABLE_EVENT));
}

/**
 * Asks for the TypeScript worker. After a run it starts at once; after a typing pause it waits
 * until the code is runnable. Idempotent; resolves when it is allowed.
 */
export function requestLanguageService(reason: "first-run" | "typing-pause"): Promise<void> {
  if (reason === "first-run") allow();
  else void runnable.then(allow);
  return languageServiceAllowed;
}

/** How long the reader must stop typing before the TypeScript worker is asked for. */
export const TYPING_PAUSE_MS = 1_000;
