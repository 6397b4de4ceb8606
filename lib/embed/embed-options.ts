/**
 * The options of an embed, carried in its query string, e.g. `/embed/mutation/uber-cache-data?theme=dark&readonly=1`.
 * Unknown or malformed values fall back to the default rather than failing: a typo in someone's
 * docs should still show a working playground.
 */

/** Colour theme of an embed; `auto` follows the reader's system setting. */
export type EmbedTheme = "light" | "dark" | "auto";
/** How an embed of a pair arranges its two playgrounds; `single` shows one at a time with tabs. */
export type EmbedLayout = "single" | "side-by-side" | "stacked";

/** Everything an embed can be told through its URL. */
export interface EmbedOptions {
  theme: EmbedTheme;
  /** The code cannot be edited (Run and the other controls still work). */
  readonly: boolean;
  /** Run the code as soon as the embed is on screen. */
  autorun: boolean;
  /** Arrangement of a pair's two playgrounds; ignored by single-example embeds. */
  layout: EmbedLayout;
  /** Initial height in CSS pixels: the embed is at least this tall, and the snippet's iframe starts at it. */
  height: number | null;
}

/** The options an embed has when its URL says nothing. */
export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  theme: "auto",
  readonly: false,
  autorun: false,
  layout: "side-by-side",
  height: null,
};

/** Smallest and largest `height` accepted; outside it the option is ignored. */
export const EMBED_HEIGHT_RANGE = { min: 120, max: 4000 } as const;

const THEMES: readonly EmbedTheme[] = ["light", "dark", "auto"];
const LAYOUTS: readonly EmbedLayout[] = ["single", "side-by-side", "stacked"];

function flag(value: string | null): boolean {
  return value === "" || value === "1" || value === "true";
}

/** Reads the options from a query string (with or without `?`). */
export function parseEmbedOptions(search: string | URLSearchParams): EmbedOptions {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const theme = params.get("theme");
  const layout = params.get("layout");
  const heightText = params.get("height");
  const height = heightText !== null && /^\d{1,5}$/.test(heightText) ? Number(heightText) : NaN;
  return {
    theme: THEMES.includes(theme as EmbedTheme) ? (theme as EmbedTheme) : DEFAULT_EMBED_OPTIONS.theme,
    readonly: flag(params.get("readonly")),
    autorun: flag(params.get("autorun")),
    layout: LAYOUTS.includes(layout as EmbedLayout) ? (layout as EmbedLayout) : DEFAULT_EMBED_OPTIONS.layout,
    height: height >= EMBED_HEIGHT_RANGE.min && height <= EMBED_HEIGHT_RANGE.max ? height : null,
  };
}

/** The query string (with `?`, or "" when all options are defaults) that {@link parseEmbedOptions} reads back. */
export function embedQuery(options: Partial<EmbedOptions>): string {
  const params = new URLSearchParams();
  if (options.theme && options.theme !== DEFAULT_EMBED_OPTIONS.theme) params.set("theme", options.theme);
  if (options.readonly) params.set("readonly", "1");
  if (options.autorun) params.set("autorun", "1");
  if (options.layout && options.layout !== DEFAULT_EMBED_OPTIONS.layout) params.set("layout", options.layout);
  if (options.height) params.set("height", String(Math.round(options.height)));
  const text = params.toString();
  return text ? `?${text}` : "";
}
