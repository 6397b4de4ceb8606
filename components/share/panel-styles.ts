/** Tailwind classes shared by the Share and Embed panels, matching the playground toolbar's buttons. */
export const PANEL =
  "flex flex-col gap-2 rounded border border-zinc-200 bg-zinc-50 p-3 text-sm dark:border-zinc-700 dark:bg-zinc-900";
/** A small button in a panel. */
export const PANEL_BUTTON =
  "self-start rounded border border-zinc-300 px-2.5 py-1 text-sm hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500 dark:border-zinc-600 dark:hover:bg-zinc-800";
/** A read-only text field holding a link or a snippet. */
export const PANEL_FIELD =
  "w-full rounded border border-zinc-300 bg-white p-2 font-mono text-xs text-zinc-900 focus-visible:outline-2 focus-visible:outline-sky-500 dark:border-zinc-600 dark:bg-zinc-950 dark:text-zinc-100";
