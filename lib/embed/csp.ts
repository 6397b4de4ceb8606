/**
 * Content-Security-Policy directives, as the docs page states them and the end-to-end test applies them
 * to the built site: what Cache Lab itself needs, and what a page embedding it needs.
 */

/**
 * The policy Cache Lab's pages (and so its embeds) work under. `'unsafe-inline'` scripts: the static
 * export's inline scripts (theme before first paint, the page data Next.js hands to React);
 * `'unsafe-eval'`: the sandbox worker turns the reader's code into a function; inline styles: Monaco
 * sets styles from script; `data:` fonts and images: Monaco's icon font and small inline images.
 * `connect-src 'self'` also holds in the sandbox worker (its script is served with this policy):
 * even a script that got past the worker's own lockdown could not reach another site. Shipped to
 * hosts as public/_headers (a test keeps the two equal) and as the README's nginx example.
 */
export const CACHE_LAB_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join("; ");

/** The directives a host page needs to show embeds from `origin` and load its resize script. */
export function hostCsp(origin: string): string {
  return [`frame-src ${origin}`, `script-src 'self' ${origin}`].join("; ");
}
