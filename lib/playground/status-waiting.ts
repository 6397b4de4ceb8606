/** The status line before anything happened; its own module, so the static shell takes only this line. */
export const WAITING_TEXT = "Press Run to start the server";
