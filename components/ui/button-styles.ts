/**
 * The classes of the playground buttons, in one place: the toolbar, the multi-session controls,
 * Share and Embed, and the static shell drawn before a playground loads all use these, so a
 * restyle reaches every one of them.
 */
// aria-disabled looks the same as disabled: a button that disables itself when pressed (Run) uses it,
// so the keyboard focus stays on it instead of falling to the page.
const BASE =
  "rounded border px-2.5 py-1 text-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-500 disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50";

/** A plain playground button. */
export const BUTTON = `${BASE} border-zinc-300 hover:bg-zinc-100 dark:border-zinc-600 dark:hover:bg-zinc-800`;

/** The one main action (Run), red as Streamlit's. */
export const RUN_BUTTON = `${BASE} border-red-700 bg-red-700 font-semibold text-white hover:bg-red-800`;

/** The frame around every playground, live or not yet loaded. */
export const PLAYGROUND_FRAME =
  "playground not-prose my-6 flex min-w-0 flex-col rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-700 dark:bg-zinc-950";

/** A button that opens a panel, shown pressed while its panel is open. */
export const TOGGLE_BUTTON = `${BUTTON} aria-expanded:bg-zinc-100 dark:aria-expanded:bg-zinc-800`;
