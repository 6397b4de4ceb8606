/**
 * The HTML a documentation author pastes to embed a playground, built in one place so the Embed
 * dialog, the docs page and the end-to-end test all use exactly the same attributes.
 */
import { embedQuery, type EmbedOptions } from "./embed-options";

/**
 * The iframe sandbox the embed needs, and nothing more: `allow-scripts` to run at all;
 * `allow-same-origin` so its module Web Worker, localStorage and IndexedDB work (without it the frame
 * has an opaque origin and cannot load a module worker from the site); `allow-popups` and
 * `allow-popups-to-escape-sandbox` so "Open in Cache Lab" opens the full site in a normal tab.
 */
export const EMBED_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";
/** Permissions policy of the iframe: the editor's Copy and Cut menu commands write to the clipboard. */
export const EMBED_ALLOW = "clipboard-write";
/** Height of the iframe before the host script resizes it, when the author sets none. */
export const DEFAULT_IFRAME_HEIGHT = 560;

/** The path of the embed of one example, e.g. `/embed/mutation/uber-cache-data`. */
export function embedPath(example: string): string {
  return `/embed/${example}`;
}

/** The path of the embed of a side-by-side pair, named by {@link pairName}. */
export function pairEmbedPath(pair: string): string {
  return `/embed/pair/${pair}`;
}

/** The name of a side-by-side pair in its embed URL: the two examples' file names joined by `-vs-`. */
export function pairName(left: string, right: string): string {
  const base = (name: string) => name.split("/").pop() ?? name;
  return `${base(left)}-vs-${base(right)}`;
}

/** What {@link embedSnippet} needs. */
export interface EmbedSnippetOptions {
  /** Origin of the Cache Lab site, e.g. "https://cache-lab.example". */
  origin: string;
  /** Path of the embed, from {@link embedPath} or {@link pairEmbedPath}. */
  path: string;
  /** Accessible name of the iframe, e.g. "Cache Lab playground: st.cacheData". */
  title: string;
  options?: Partial<EmbedOptions>;
  /** Add the `<script>` that resizes the iframe to its content (default true). */
  resizeScript?: boolean;
  /** A share fragment (`#code/...`) for the embed to open, as shared code that runs only on a click. */
  fragment?: string;
}

function attribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** The snippet: an iframe, and optionally the resize script, as HTML text. */
export function embedSnippet({
  origin,
  path,
  title,
  options = {},
  resizeScript = true,
  fragment = "",
}: EmbedSnippetOptions): string {
  const src = `${origin}${path}${embedQuery(options)}${fragment}`;
  const height = options.height ?? DEFAULT_IFRAME_HEIGHT;
  const iframe =
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%" loading="lazy" sandbox="${EMBED_SANDBOX}" allow="${EMBED_ALLOW}"></iframe>`;
  return resizeScript ? `${iframe}\n<script src="${attribute(origin)}/embed.js" async></script>` : iframe;
}
